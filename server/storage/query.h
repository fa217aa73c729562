#pragma once

#include "database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>
#include <QVariant>

#include <optional>

class QSqlQuery;

namespace kontor::server::storage {

/// A prepared statement with named placeholders (`:name`) that throws StorageError when it
/// fails, so a handler reads as a straight line and a Transaction rolls back on the way out.
/// Values: ids as text, flags as 0/1, times as milliseconds since the epoch, JSON as text.
/// Use each placeholder name once in a statement: for a name used twice QtSql's SQLite driver
/// matches every value to its placeholder again at each execution, a quadratic walk.
class Query {
public:
    Query(Database& db, const QString& sql);
    ~Query();
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    Query& bind(const QString& name, const QVariant& value);
    Query& bind(const QString& name, const QString& value);
    Query& bind(const QString& name, const QUuid& id); ///< null id binds NULL
    Query& bind(const QString& name, const std::optional<QUuid>& id);
    Query& bind(const QString& name, qint64 value);
    Query& bind(const QString& name, int value) { return bind(name, qint64(value)); }
    Query& bind(const QString& name, bool value) { return bind(name, qint64(value ? 1 : 0)); }
    Query& bind(const QString& name, const QJsonObject& json);
    Query& bind(const QString& name, const QJsonArray& json);
    Query& bind(const QString& name, const char16_t* value) = delete; // use u""_s

    Query& exec();
    /// The next row; false at the end, which also closes the result set.
    bool next();
    /// Closes the result set before its end (a read that took the row it needed), so that a
    /// transaction may begin while this Query is still in scope.
    void close();
    int rowsAffected() const;

    QVariant value(int column) const;
    QString text(int column) const;
    /// A text column as UTF-8; selected through utf8Column() it costs no conversion on SQLite.
    QByteArray utf8(int column) const;
    qint64 integer(int column) const;
    bool flag(int column) const { return integer(column) != 0; }
    QUuid id(int column) const;
    std::optional<QUuid> optionalId(int column) const;
    bool isNull(int column) const;
    QJsonObject jsonObject(int column) const;
    QJsonArray jsonArray(int column) const;

private:
    Database& m_db;
    QString m_sql;
    QSqlQuery* m_query = nullptr;
    bool m_cached = false;
    bool m_open = false; ///< a result set counted in Database::openResults()
};

/// Milliseconds since the epoch, the server's unit of time in the database.
qint64 nowMs();
QString toIsoTime(qint64 ms);
/// A fresh random id (UUID v4).
QUuid newId();
QString idText(const QUuid& id);
QString jsonText(const QJsonObject& json);
QString jsonText(const QJsonArray& json);

} // namespace kontor::server::storage
