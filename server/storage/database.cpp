#include "database.h"

#include <QAtomicInteger>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcStorage, "kontor.server.storage")

using namespace Qt::StringLiterals;

namespace kontor::server::storage {

namespace {
thread_local Database* t_current = nullptr;
QAtomicInteger<int> g_connectionCounter;

bool isRetryable(const QSqlError& e, bool* connectionLost)
{
    const QString code = e.nativeErrorCode();
    bool numeric = false;
    const int sqliteCode = code.toInt(&numeric);
    if (numeric) {
        // SQLITE_BUSY, SQLITE_LOCKED (also as extended codes), SQLITE_CONSTRAINT_PRIMARYKEY
        // and _UNIQUE; a plain SQLITE_CONSTRAINT (19) may be a unique violation as well.
        const int primary = sqliteCode & 0xff;
        return primary == 5 || primary == 6 || sqliteCode == 1555 || sqliteCode == 2067 ||
               (sqliteCode == 19 && e.databaseText().contains(u"UNIQUE"_s));
    }
    if (code.startsWith(u"08") || code == u"57P01") {
        *connectionLost = true;
        return true;
    }
    return code == u"40001" || code == u"40P01" || code == u"23505";
}
} // namespace

StorageError::StorageError(const QSqlError& error, const QString& sql)
    : std::runtime_error(QString(error.text() + u" [" + sql.left(200) + u']').toStdString())
    , m_error(error)
{
    m_retryable = isRetryable(error, &m_connectionLost);
}

Database::Database(DatabaseConfig config)
    : m_config(std::move(config))
    , m_name(u"kontor-%1"_s.arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase Database::handle() const
{
    return QSqlDatabase::database(m_name, false);
}

bool Database::isOpen() const
{
    return handle().isOpen();
}

bool Database::open(QString* error)
{
    QSqlDatabase db;
    if (m_config.dialect == Dialect::Sqlite) {
        db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(m_config.sqlitePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    } else {
        db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setUserName(m_config.user);
        db.setPassword(m_config.password);
        db.setDatabaseName(m_config.database);
        db.setConnectOptions(m_config.options);
    }
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    try {
        if (m_config.dialect == Dialect::Sqlite) {
            // WAL: readers never wait for the writer; NORMAL is durable in WAL mode except for
            // the last transactions before a power loss.
            exec(u"PRAGMA journal_mode=WAL"_s);
            exec(u"PRAGMA synchronous=NORMAL"_s);
            exec(u"PRAGMA foreign_keys=OFF"_s);
            exec(u"PRAGMA temp_store=MEMORY"_s);
            // Keys are random UUIDs, so inserts land on random pages: a page cache of 64 MiB
            // per connection (instead of 2 MiB) keeps a firm's indexes in memory.
            exec(u"PRAGMA cache_size=-65536"_s);
        } else {
            exec(u"SET application_name = 'kontor-server'"_s);
            exec(u"SET client_min_messages = warning"_s);
        }
    } catch (const StorageError& e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
    return true;
}

bool Database::reopen(QString* error)
{
    m_statements.clear();
    m_openResults.clear(); // their statements went with the old connection
    m_inTransaction = false;
    {
        QSqlDatabase db = handle();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    return open(error);
}

void Database::exec(const QString& sql)
{
    QSqlQuery q(handle());
    if (!q.exec(sql))
        throw StorageError(q.lastError(), sql);
}

QSqlQuery* Database::acquire(const QString& sql, bool* cached)
{
    std::shared_ptr<Cached>& slot = m_statements[sql];
    if (!slot)
        slot = std::make_shared<Cached>();
    Cached& entry = *slot;
    if (entry.query && !entry.inUse) {
        entry.inUse = true;
        *cached = true;
        return entry.query.get();
    }
    auto q = std::make_unique<QSqlQuery>(handle());
    q->setForwardOnly(true);
    if (!q->prepare(sql))
        throw StorageError(q->lastError(), sql);
    if (!entry.query) {
        entry.query = std::move(q);
        entry.inUse = true;
        *cached = true;
        return entry.query.get();
    }
    *cached = false; // the cached one is busy (a nested use): a one-off statement
    return q.release();
}

void Database::release(const QString& sql, QSqlQuery* query, bool cached)
{
    query->finish();
    if (!cached) {
        delete query;
        return;
    }
    const auto it = m_statements.find(sql);
    if (it != m_statements.end())
        (*it)->inUse = false;
}

void Database::requireNoOpenResults() const
{
    if (m_openResults.isEmpty())
        return;
#ifndef QT_NO_DEBUG
    throw std::logic_error("a transaction or a write began while a result set of its "
                           "connection was open, close() it first: " +
                           m_openResults.first().left(200).toStdString());
#else
    qCWarning(lcStorage) << "a transaction or a write began while result sets of its "
                            "connection were open:"
                         << m_openResults;
#endif
}

Database* Database::current()
{
    return t_current;
}

void Database::setCurrent(Database* database)
{
    t_current = database;
}

} // namespace kontor::server::storage
