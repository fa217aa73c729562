#pragma once

#include <QHash>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

struct sqlite3;
struct sqlite3_stmt;

namespace kontor::app {

/// One SQLite connection to the local store, owned by the thread that opened it (Qt's SQL
/// connections must not cross threads). Every connection gets the same pragmas (WAL, foreign
/// keys, busy timeout) and brings the schema up to date, so the UI's connection and the sync
/// worker's connection behave alike.
class Database {
public:
    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// How a commit survives a power failure (both survive a crash of the application: WAL).
    enum class Durability {
        /// The WAL is synced to disk at every commit: for what a user typed (changes, drafts).
        Full,
        /// Synced at checkpoints only: for what can be fetched again (the sync worker's writes:
        /// the change feed with its cursor, answers of the server that a resend replays).
        Normal,
    };

    /// SQLite's settings for the whole process, before anything in it uses SQLite (open() calls
    /// it; a program that uses SQLite otherwise first calls it itself): no memory statistics,
    /// which nothing here reads and which take a lock around every allocation SQLite makes (the
    /// writing thread of an import ran 8 % fewer instructions without). False if SQLite was in
    /// use already, so the settings could not be made.
    static bool configureSqlite();

    /// Opens (creating if needed) the store at @p path. False with a reason in error().
    bool open(const QString& path, Durability durability = Durability::Full);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase& db() { return m_db; }
    const QString& path() const { return m_path; }
    const QString& error() const { return m_error; }

    /// The schema version this build writes (PRAGMA user_version).
    static int schemaVersion();

    /// Runs @p sql, one statement without result rows, with @p values bound in order; logs and
    /// returns false on error. Through SQLite's own API, on a statement prepared once per
    /// connection: Qt's positional binding names a placeholder for every value it binds, a
    /// sixth of the time a pull spent. Values are bound as Qt binds them (null, a null QString
    /// or QByteArray as NULL; bool and int as integers; a QByteArray as a blob); values of
    /// other types go through QSqlQuery as before.
    bool run(const QString& sql, const QVariantList& values);
    /// Every integer the rows of @p sql hold, row by row (NULL as 0), with @p values bound as
    /// run() binds them; nullopt (logged) on error. For lookups of row ids and comparisons.
    std::optional<QList<qint64>> integers(const QString& sql, const QVariantList& values);

private:
    friend class Statement;
    struct CachedStatement {
        QSqlQuery query;
        bool inUse = false;
    };

    sqlite3_stmt* bound(const QString& sql, const QVariantList& values, bool* owned);

    bool applyPragmas(Durability durability);
    bool migrate();

    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<CachedStatement>> m_statements;
    QHash<QString, sqlite3_stmt*> m_prepared; // run()'s and integers()', finalized by close()
    QString m_connectionName;
    QString m_path;
    QString m_error;
};

/// A write transaction (BEGIN IMMEDIATE, so a second connection waits on the busy timeout
/// instead of failing when it upgrades a read lock). Rolls back unless commit() succeeded.
/// Begin it only when no statement of the connection is in the middle of its rows (a
/// Statement read with one next() and still in scope): that read holds a snapshot, and once
/// another connection has committed BEGIN IMMEDIATE fails at once, busy timeout or not
/// (SQLITE_BUSY_SNAPSHOT). Debug builds, which the tests run, refuse such a transaction.
class Transaction {
public:
    explicit Transaction(QSqlDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    QSqlDatabase& m_db;
    bool m_active = false;
};

/// A prepared statement of one Database, kept for reuse: Qt prepares anew for every QSqlQuery,
/// and preparing costs more than running the small statements of the store. Finished (its
/// read snapshot released) when the Statement goes out of scope. A statement already in use
/// further up the stack gets a fresh query instead.
class Statement {
public:
    Statement(Database& db, const QString& sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    QSqlQuery& operator*() { return *m_query; }
    QSqlQuery* operator->() { return m_query; }
    /// Runs it with the values bound so far; logs and returns false on error.
    bool exec();

private:
    std::shared_ptr<Database::CachedStatement> m_cached;
    std::unique_ptr<QSqlQuery> m_own;
    QSqlQuery* m_query = nullptr;
};

/// SQLite's own handle of a QSQLITE connection (QSqlDriver::handle()), null for others.
sqlite3* sqliteHandle(QSqlDatabase& db);

/// Runs @p sql (no bound values); logs and returns false on error.
bool execSql(QSqlDatabase& db, const QString& sql);

} // namespace kontor::app
