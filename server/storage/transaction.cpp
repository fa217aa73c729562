#include "transaction.h"

#include "query.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

#include <thread>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

using namespace Qt::StringLiterals;

namespace kontor::server::storage {

Transaction::Transaction(Database& db, TxMode mode)
    : m_db(db)
{
    m_db.exec(db.isSqlite() && mode == TxMode::Write ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
    m_open = true;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
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

void Transaction::commit()
{
    // Per firm: take a block of sequence numbers from the firm's counter, then record each
    // touched record once with its newest number. The counter row stays locked until COMMIT,
    // so the firm's changes commit in sequence order and a reader never skips one.
    QHash<QUuid, QList<const Touch*>> byFirm;
    for (const Touch& t : m_touches)
        byFirm[t.firmId].append(&t);
    for (auto it = byFirm.cbegin(); it != byFirm.cend(); ++it) {
        const QList<const Touch*>& touches = it.value();
        Query seq(m_db, u"UPDATE firms SET change_seq = change_seq + :n WHERE firm_id = :firm "
                        "RETURNING change_seq"_s);
        seq.bind(u":n"_s, qint64(touches.size())).bind(u":firm"_s, it.key()).exec();
        if (!seq.next())
            continue;
        qint64 next = seq.integer(0) - touches.size();
        Query upsert(m_db, u"INSERT INTO change_log (firm_id, seq, entity, entity_id, deleted) "
                           "VALUES (:firm, :seq, :entity, :id, :deleted) "
                           "ON CONFLICT (firm_id, entity, entity_id) DO UPDATE SET "
                           "seq = excluded.seq, deleted = excluded.deleted"_s);
        for (const Touch* t : touches) {
            upsert.bind(u":firm"_s, t->firmId)
                .bind(u":seq"_s, ++next)
                .bind(u":entity"_s, t->entity)
                .bind(u":id"_s, t->id)
                .bind(u":deleted"_s, t->deleted)
                .exec();
        }
    }
    m_db.exec(u"COMMIT"_s);
    m_open = false;
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
