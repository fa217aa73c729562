#pragma once

#include "databaseconfig.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>

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

    /// The handler thread's connection; set by the server when the thread starts.
    static Database* current();
    static void setCurrent(Database* database);

private:
    friend class Query;
    QSqlQuery* acquire(const QString& sql, bool* cached);
    void release(const QString& sql, QSqlQuery* query, bool cached);

    DatabaseConfig m_config;
    QString m_name;
    struct Cached {
        std::unique_ptr<QSqlQuery> query;
        bool inUse = false;
    };
    QHash<QString, std::shared_ptr<Cached>> m_statements;
};

} // namespace kontor::server::storage
