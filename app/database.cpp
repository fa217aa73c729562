#include "database.h"

#include <QAtomicInteger>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

#include <algorithm>
#include <mutex>

Q_LOGGING_CATEGORY(lcStore, "kontor.store")

using namespace Qt::StringLiterals;

namespace kontor::app {

QList<QStringList> schemaMigrations(); // migrations.cpp: one list of statements per version

namespace {
QAtomicInteger<quint64> connectionCounter;
} // namespace

bool Database::configureSqlite()
{
    static std::once_flag once;
    static bool configured = false;
    std::call_once(once, [] {
        // Refused (SQLITE_MISUSE) once SQLite is initialised.
        configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
        if (!configured)
            qCDebug(lcStore) << "SQLite was in use before its settings could be made";
    });
    return configured;
}

Database::~Database()
{
    close();
}

bool Database::open(const QString& path, Durability durability)
{
    close();
    configureSqlite();
    m_path = path;
    m_connectionName = u"kontor-store-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        m_error = m_db.lastError().text();
        qCWarning(lcStore) << "cannot open" << path << m_error;
        close();
        return false;
    }
    if (!applyPragmas(durability) || !migrate()) {
        close();
        return false;
    }
    return true;
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_statements.clear(); // queries must go before their connection
    for (sqlite3_stmt* s : std::as_const(m_prepared))
        sqlite3_finalize(s);
    m_prepared.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

namespace {

/// Whether run() binds @p value itself, and how Qt's SQLite driver would.
bool bindsItself(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Double:
    case QMetaType::QString:
    case QMetaType::QByteArray:
        return true;
    default:
        return value.isNull();
    }
}

int bind(sqlite3_stmt* s, int index, const QVariant& value)
{
    if (value.isNull())
        return sqlite3_bind_null(s, index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
        return sqlite3_bind_int(s, index, value.toInt());
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(s, index, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(s, index, value.toDouble());
    case QMetaType::QString: {
        const QString* text = static_cast<const QString*>(value.constData());
        if (text->isNull())
            return sqlite3_bind_null(s, index);
        // Read in place: @p value outlives the step, and the bindings are cleared after it.
        return sqlite3_bind_text16(s, index, text->unicode(), int(text->size() * sizeof(QChar)),
                                   SQLITE_STATIC);
    }
    default: { // QByteArray (bindsItself() lets no other type through)
        const QByteArray* bytes = static_cast<const QByteArray*>(value.constData());
        if (bytes->isNull())
            return sqlite3_bind_null(s, index);
        return sqlite3_bind_blob(s, index, bytes->constData(), int(bytes->size()), SQLITE_STATIC);
    }
    }
}

void release(sqlite3_stmt* s, bool owned)
{
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    if (owned)
        sqlite3_finalize(s);
}

/// Qt's way, for values bind() leaves alone.
bool execBound(Statement& q, const QVariantList& values)
{
    for (const QVariant& v : values)
        q->addBindValue(v);
    return q.exec();
}

void logFailure(const QString& sql, sqlite3_stmt* s)
{
    qCWarning(lcStore) << "SQL failed:" << sql.left(120) << sqlite3_errmsg(sqlite3_db_handle(s));
}

} // namespace

/// The statement of @p sql, prepared once (a statement beyond the cache's size is @p owned by
/// the caller), with @p values bound; null (logged) when that failed.
sqlite3_stmt* Database::bound(const QString& sql, const QVariantList& values, bool* owned)
{
    *owned = false;
    sqlite3_stmt* s = m_prepared.value(sql);
    if (!s) {
        sqlite3* handle = sqliteHandle(m_db);
        if (!handle) {
            qCWarning(lcStore) << "SQL failed:" << sql.left(120) << "(no SQLite connection)";
            return nullptr;
        }
        const QByteArray utf8 = sql.toUtf8();
        const char* rest = nullptr;
        if (sqlite3_prepare_v3(handle, utf8.constData(), int(utf8.size()),
                               SQLITE_PREPARE_PERSISTENT, &s, &rest) != SQLITE_OK) {
            qCWarning(lcStore) << "cannot prepare:" << sql.left(120) << sqlite3_errmsg(handle);
            sqlite3_finalize(s);
            return nullptr;
        }
        // One statement, as Qt's driver demands: none (only a comment) or a second is refused.
        if (!s || !QByteArrayView(rest).trimmed().isEmpty()) {
            qCWarning(lcStore) << "cannot prepare:" << sql.left(120) << "is not one statement";
            sqlite3_finalize(s);
            return nullptr;
        }
        constexpr qsizetype maxCached = 256; // statements with generated IN (…) lists vary
        if (m_prepared.size() < maxCached)
            m_prepared.insert(sql, s);
        else
            *owned = true;
    }
    if (sqlite3_bind_parameter_count(s) != values.size()) {
        qCWarning(lcStore) << "SQL failed:" << sql.left(120) << "has"
                           << sqlite3_bind_parameter_count(s) << "parameters, given"
                           << values.size();
        release(s, *owned);
        return nullptr;
    }
    for (int i = 0; i < values.size(); ++i) {
        if (bind(s, i + 1, values.at(i)) != SQLITE_OK) {
            logFailure(sql, s);
            release(s, *owned);
            return nullptr;
        }
    }
    return s;
}

bool Database::run(const QString& sql, const QVariantList& values)
{
    if (!std::all_of(values.cbegin(), values.cend(), bindsItself)) {
        Statement q(*this, sql);
        return execBound(q, values);
    }
    bool owned = false;
    sqlite3_stmt* s = bound(sql, values, &owned);
    if (!s)
        return false;
    const auto done = qScopeGuard([s, owned] { release(s, owned); });
    int rc = sqlite3_step(s);
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(s);
    if (rc == SQLITE_DONE)
        return true;
    logFailure(sql, s);
    return false;
}

std::optional<QList<qint64>> Database::integers(const QString& sql, const QVariantList& values)
{
    QList<qint64> out;
    if (!std::all_of(values.cbegin(), values.cend(), bindsItself)) {
        Statement q(*this, sql);
        if (!execBound(q, values))
            return std::nullopt;
        while (q->next()) {
            for (int c = 0; c < q->record().count(); ++c)
                out.append(q->value(c).toLongLong());
        }
        return out;
    }
    bool owned = false;
    sqlite3_stmt* s = bound(sql, values, &owned);
    if (!s)
        return std::nullopt;
    const auto done = qScopeGuard([s, owned] { release(s, owned); });
    const int columns = sqlite3_column_count(s);
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        for (int c = 0; c < columns; ++c)
            out.append(sqlite3_column_int64(s, c));
    }
    if (rc == SQLITE_DONE)
        return out;
    logFailure(sql, s);
    return std::nullopt;
}

int Database::schemaVersion()
{
    return int(schemaMigrations().size());
}

bool Database::applyPragmas(Durability durability)
{
    // Per connection: SQLite forgets these when a connection closes (WAL mode is persistent,
    // but setting it again is free and repairs a file created by another tool). In WAL mode a
    // committed transaction survives a crash of the application either way; synchronous = FULL
    // also syncs the WAL at each commit, so a change the user saw saved survives a power cut
    // too. That costs one fsync per commit: nothing at the pace people type (drafts are saved
    // after a pause, see app/README.md), while the sync worker writes large pages it can fetch
    // again and keeps NORMAL.
    const QStringList pragmas = {
        u"PRAGMA journal_mode = WAL"_s,
        durability == Durability::Full ? u"PRAGMA synchronous = FULL"_s
                                       : u"PRAGMA synchronous = NORMAL"_s,
        u"PRAGMA foreign_keys = ON"_s,
        u"PRAGMA busy_timeout = 10000"_s, // the other connection's transaction is short
        u"PRAGMA temp_store = MEMORY"_s,
        u"PRAGMA cache_size = -16000"_s, // 16 MB page cache
    };
    for (const QString& p : pragmas) {
        if (!execSql(m_db, p)) {
            m_error = m_db.lastError().text();
            return false;
        }
    }
    return true;
}

bool Database::migrate()
{
    const QList<QStringList> migrations = schemaMigrations();
    QSqlQuery q(m_db);
    Transaction tx(m_db);
    if (!tx.isActive() || !q.exec(u"PRAGMA user_version"_s) || !q.next()) {
        m_error = m_db.lastError().text();
        return false;
    }
    const int current = q.value(0).toInt();
    if (current > migrations.size()) {
        m_error = u"The local data was written by a newer Kontor (schema %1)."_s.arg(current);
        return false;
    }
    for (int v = current; v < migrations.size(); ++v) {
        for (const QString& statement : migrations.at(v)) {
            if (!execSql(m_db, statement)) {
                m_error = m_db.lastError().text();
                return false;
            }
        }
    }
    if (current != migrations.size() &&
        !execSql(m_db, u"PRAGMA user_version = %1"_s.arg(migrations.size()))) {
        return false;
    }
    return tx.commit();
}

Transaction::Transaction(QSqlDatabase& db)
    : m_db(db)
{
#ifndef QT_NO_DEBUG
    if (sqlite3* handle = sqliteHandle(db)) {
        for (sqlite3_stmt* s = sqlite3_next_stmt(handle, nullptr); s;
             s = sqlite3_next_stmt(handle, s)) {
            if (sqlite3_stmt_busy(s)) {
                qCCritical(lcStore)
                    << "a transaction began beside an unfinished read, refused:" << sqlite3_sql(s);
                return;
            }
        }
    }
#endif
    m_active = execSql(m_db, u"BEGIN IMMEDIATE"_s);
}

Transaction::~Transaction()
{
    if (m_active)
        execSql(m_db, u"ROLLBACK"_s);
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (execSql(m_db, u"COMMIT"_s))
        return true;
    execSql(m_db, u"ROLLBACK"_s);
    return false;
}

Statement::Statement(Database& db, const QString& sql)
{
    constexpr qsizetype maxCached = 256; // statements with generated IN (…) lists vary
    auto it = db.m_statements.find(sql);
    if (it == db.m_statements.end() && db.m_statements.size() < maxCached) {
        auto cached = std::make_shared<Database::CachedStatement>();
        cached->query = QSqlQuery(db.m_db);
        cached->query.setForwardOnly(true);
        if (cached->query.prepare(sql))
            it = db.m_statements.insert(sql, std::move(cached));
    }
    if (it != db.m_statements.end() && !(*it)->inUse) {
        m_cached = *it;
        m_cached->inUse = true;
        m_query = &m_cached->query;
        return;
    }
    m_own = std::make_unique<QSqlQuery>(db.m_db);
    m_own->setForwardOnly(true);
    if (!m_own->prepare(sql))
        qCWarning(lcStore) << "cannot prepare:" << sql.left(120) << m_own->lastError().text();
    m_query = m_own.get();
}

Statement::~Statement()
{
    m_query->finish();
    if (m_cached)
        m_cached->inUse = false;
}

bool Statement::exec()
{
    if (m_query->exec())
        return true;
    qCWarning(lcStore) << "SQL failed:" << m_query->lastQuery().left(120)
                       << m_query->lastError().text();
    return false;
}

sqlite3* sqliteHandle(QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

bool execSql(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    qCWarning(lcStore) << "SQL failed:" << sql.left(120) << q.lastError().text();
    return false;
}

} // namespace kontor::app
