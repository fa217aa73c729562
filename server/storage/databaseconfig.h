#pragma once

#include <QString>

#include <optional>

namespace kontor::server::storage {

enum class Dialect { Sqlite, Postgres };

/// Where the data lives: a SQLite file path, or a `postgresql://user:password@host:port/db`
/// URL (query items such as `sslmode=require` are passed to libpq).
struct DatabaseConfig {
    Dialect dialect = Dialect::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString options; ///< libpq connect options "key=value;key=value"

    /// Parses the `--database` argument; nothing (with @p error) when it is unusable.
    static std::optional<DatabaseConfig> parse(const QString& spec, QString* error);
    /// For logs: no password.
    QString describe() const;
};

} // namespace kontor::server::storage
