#pragma once

#include "databaseconfig.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

#include <memory>
#include <stdexcept>

class QSqlQuery;

namespace kontor::server::storage {

/// A failed SQL statement. `retryable` marks errors that a new attempt of the whole
/// transaction can cure: SQLite busy/locked, PostgreSQL serialization failures and deadlocks,
/// and unique violations (two writers raced to insert the same key; the retry sees the winner).
class StorageError : public std::runtime_error {
public:
    StorageError(const QSqlError& error, const QString& sql);
    const QSqlError& error() const { return m_error; }
    bool retryable() const { return m_retryable; }
    bool connectionLost() const { return m_connectionLost; }

private:
    QSqlError m_error;
    bool m_retryable = false;
    bool m_connectionLost = false;
};

/// One SQL connection, used by one thread only (Qt's rule). Handler threads each own one
/// (Database::current()); commands and background jobs open their own. Prepared statements
/// are cached per connection.
class Database {
public:
    explicit Database(DatabaseConfig config);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens the connection and sets the per-connection pragmas (SQLite: WAL, busy timeout).
    bool open(QString* error);
    bool isOpen() const;
    /// Reconnects after the server closed the connection (PostgreSQL restart, idle kill).
    bool reopen(QString* error);

    Dialect dialect() const { return m_config.dialect; }
    bool isSqlite() const { return m_config.dialect == Dialect::Sqlite; }
    const DatabaseConfig& config() const { return m_config; }
    QSqlDatabase handle() const;

    /// Runs a statement without parameters (DDL, BEGIN, pragmas); throws StorageError.
    void exec(const QString& sql);

    /// Result sets of this connection that a Query has not read to the end or closed. On
    /// SQLite each one holds a read snapshot: a write transaction begun beside it cannot take
    /// the write lock once another connection has committed, and no waiting helps
    /// (SQLITE_BUSY_SNAPSHOT). Neither a Transaction nor a write outside one may begin while
    /// one is open: requireNoOpenResults() throws in debug builds (the tests') and warns in
    /// release builds.
    const QStringList& openResults() const { return m_openResults; }
    void requireNoOpenResults() const;

    /// The handler thread's connection; set by the server when the thread starts.
    static Database* current();
    static void setCurrent(Database* database);

private:
    friend class Query;
    friend class Transaction;
    QSqlQuery* acquire(const QString& sql, bool* cached);
    void release(const QString& sql, QSqlQuery* query, bool cached);

    DatabaseConfig m_config;
    QString m_name;
    struct Cached {
        std::unique_ptr<QSqlQuery> query;
        bool inUse = false;
    };
    QHash<QString, std::shared_ptr<Cached>> m_statements;
    QStringList m_openResults; ///< their SQL (implicitly shared, no copies)
    bool m_inTransaction = false;
};

} // namespace kontor::server::storage
