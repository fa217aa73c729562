#pragma once

#include "databaseconfig.h"

#include <QJsonArray>
#include <QUuid>

namespace kontor::server::storage {

/// A sub-select yielding the ids of a JSON array bound to @p placeholder, so that "IN (…)"
/// over any number of ids is one prepared statement: `account_id IN (<idsFrom(...)>)`.
QString idsFrom(Dialect dialect, const QString& placeholder);
/// The ids of a JSON array bound to @p placeholder as a table @p alias with the column
/// `value`, for `FROM <idsTable(…)> CROSS JOIN t WHERE t.id = <alias>.value`: SQLite then looks
/// each id up by key instead of scanning the table in another index's order.
QString idsTable(Dialect dialect, const QString& placeholder, const QString& alias);
/// @p column for Query::utf8(): on SQLite as a BLOB of its UTF-8 bytes (Qt would otherwise have
/// SQLite convert every text to UTF-16, a slow loop), on PostgreSQL as it is.
QString utf8Column(Dialect dialect, const QString& column);
/// The JSON text to bind for idsFrom() and idsTable().
QString idArrayText(const QList<QUuid>& ids);

/// " FOR UPDATE" on PostgreSQL (row lock for read-modify-write); SQLite's write transactions
/// already hold the database lock.
QString forUpdate(Dialect dialect);

} // namespace kontor::server::storage
