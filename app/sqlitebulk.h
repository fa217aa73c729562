#pragma once

#include <QSqlDatabase>
#include <QVariantList>

#include <optional>
#include <vector>

namespace kontor::app {

/// Runs @p sql (first column an integer) and returns that column of every row. For the list's
/// bulk reads of row ids: Qt's SQL layer costs some 150 ns a row (a QVariant per value), which
/// for a million ids is most of the time, so this steps SQLite itself on the same connection
/// (QSqlDriver::handle()). @p values bind in order (integers or text). Nothing on error.
std::optional<std::vector<qint64>> selectIntegers(QSqlDatabase& db, const QString& sql,
                                                  const QVariantList& values = {});

} // namespace kontor::app
