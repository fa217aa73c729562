#include "transaction.h"

#include "query.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSet>

#include <thread>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

using namespace Qt::StringLiterals;

namespace kontor::server::storage {

Transaction::Transaction(Database& db, TxMode mode)
    : m_db(db)
{
    m_db.requireNoOpenResults();
    m_db.exec(db.isSqlite() && mode == TxMode::Write ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
    m_open = true;
    m_db.m_inTransaction = true;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    m_db.m_inTransaction = false;
    try {
        m_db.exec(u"ROLLBACK"_s);
    } catch (const StorageError& e) {
        qCWarning(lcStorage) << "rollback failed:" << e.what();
    }
}

void Transaction::touch(const QUuid& firmId, const QString& entity, const QUuid& id, bool deleted)
{
    m_touches.append(Touch{firmId, entity, id, deleted});
}

void Transaction::onCommitted(std::function<void()> callback)
{
    m_callbacks.append(std::move(callback));
}

namespace {

// Writes @p touches with consecutive sequence numbers after @p first, several rows per
// statement (a push of 1,000 operations touches 2,000 records). Chunk sizes are fixed so the
// prepared statements stay few.
void writeChangeLog(Database& db, const QUuid& firmId, const QList<const Touch*>& touches,
                    qint64 first)
{
    qsizetype done = 0;
    while (done < touches.size()) {
        const qsizetype left = touches.size() - done;
        const qsizetype chunk = left >= 100 ? 100 : left >= 10 ? 10 : 1;
        // A placeholder name per row, also for the firm (see Query): with one :f for all rows
        // QtSql's matching of values to placeholders took half of this statement's time.
        QStringList rows;
        for (qsizetype i = 0; i < chunk; ++i)
            rows.append(u"(:f%1, :s%1, :e%1, :i%1, :d%1)"_s.arg(i));
        Query upsert(db, u"INSERT INTO change_log (firm_id, seq, entity, entity_id, deleted) "
                         "VALUES "_s +
                             rows.join(u", "_s) +
                             u" ON CONFLICT (firm_id, entity, entity_id) DO UPDATE SET "
                             "seq = excluded.seq, deleted = excluded.deleted"_s);
        for (qsizetype i = 0; i < chunk; ++i) {
            const Touch* t = touches.at(done + i);
            const QString n = QString::number(i);
            upsert.bind(u":f"_s + n, firmId)
                .bind(u":s"_s + n, first + done + i + 1)
                .bind(u":e"_s + n, t->entity)
                .bind(u":i"_s + n, t->id)
                .bind(u":d"_s + n, t->deleted);
        }
        upsert.exec();
        done += chunk;
    }
}

} // namespace

void Transaction::commit()
{
    // Per firm: take a block of sequence numbers from the firm's counter, then record each
    // touched record once with its newest number. The counter row stays locked until COMMIT,
    // so the firm's changes commit in sequence order and a reader never skips one.
    QHash<QUuid, QList<const Touch*>> byFirm;
    QSet<std::pair<QString, QUuid>> seen;
    for (auto t = m_touches.crbegin(); t != m_touches.crend(); ++t) {
        if (!seen.contains({t->entity, t->id})) { // the last touch of a record wins
            seen.insert({t->entity, t->id});
            byFirm[t->firmId].prepend(&*t);
        }
    }
    for (auto it = byFirm.cbegin(); it != byFirm.cend(); ++it) {
        Query seq(m_db, u"UPDATE firms SET change_seq = change_seq + :n WHERE firm_id = :firm "
                        "RETURNING change_seq"_s);
        seq.bind(u":n"_s, qint64(it.value().size())).bind(u":firm"_s, it.key()).exec();
        if (seq.next())
            writeChangeLog(m_db, it.key(), it.value(), seq.integer(0) - it.value().size());
    }
    m_db.exec(u"COMMIT"_s);
    m_open = false;
    m_db.m_inTransaction = false;
    for (const auto& callback : std::as_const(m_callbacks))
        callback();
}

Transaction::Savepoint::Savepoint(Transaction& tx)
    : m_tx(tx)
    , m_name(u"sp%1"_s.arg(++tx.m_savepoints))
    , m_touches(tx.m_touches.size())
    , m_callbacks(tx.m_callbacks.size())
{
    m_tx.m_db.exec(u"SAVEPOINT "_s + m_name);
}

Transaction::Savepoint::~Savepoint()
{
    if (m_done)
        return;
    try {
        m_tx.m_db.exec(u"ROLLBACK TO SAVEPOINT "_s + m_name);
        m_tx.m_db.exec(u"RELEASE SAVEPOINT "_s + m_name);
    } catch (const StorageError& e) {
        qCWarning(lcStorage) << "rollback to savepoint failed:" << e.what();
    }
    m_tx.m_touches.resize(m_touches);
    m_tx.m_callbacks.resize(m_callbacks);
}

void Transaction::Savepoint::release()
{
    m_tx.m_db.exec(u"RELEASE SAVEPOINT "_s + m_name);
    m_done = true;
}

void retryPause(Database& db, const StorageError& e, int attempt)
{
    qCInfo(lcStorage) << "retrying transaction (attempt" << attempt + 1 << "):" << e.what();
    if (e.connectionLost()) {
        QString error;
        if (!db.reopen(&error))
            qCWarning(lcStorage) << "reconnect failed:" << error;
    }
    const int ms = QRandomGenerator::global()->bounded(5, 20) * attempt;
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

} // namespace kontor::server::storage
