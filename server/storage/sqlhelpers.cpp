#include "sqlhelpers.h"

#include "query.h"

#include "core/violation.h"

using namespace Qt::StringLiterals;

namespace kontor::server::storage {

QString idsFrom(Dialect dialect, const QString& placeholder)
{
    if (dialect == Dialect::Sqlite)
        return u"SELECT value FROM json_each(%1)"_s.arg(placeholder);
    return u"SELECT json_array_elements_text(CAST(%1 AS json))"_s.arg(placeholder);
}

QString idsTable(Dialect dialect, const QString& placeholder, const QString& alias)
{
    if (dialect == Dialect::Sqlite)
        return u"json_each(%1) AS %2"_s.arg(placeholder, alias);
    return u"json_array_elements_text(CAST(%1 AS json)) AS %2(value)"_s.arg(placeholder, alias);
}

QString utf8Column(Dialect dialect, const QString& column)
{
    return dialect == Dialect::Sqlite ? u"CAST(%1 AS BLOB)"_s.arg(column) : column;
}

QString idArrayText(const QList<QUuid>& ids)
{
    // Ids need no escaping; QJsonArray would cost more than the lookups it feeds.
    QString out;
    out.reserve(ids.size() * 39 + 2);
    out += u'[';
    for (const QUuid& id : ids) {
        if (out.size() > 1)
            out += u',';
        out += u'"' + core::toWireId(id) + u'"';
    }
    out += u']';
    return out;
}

QString forUpdate(Dialect dialect)
{
    return dialect == Dialect::Postgres ? u" FOR UPDATE"_s : QString();
}

} // namespace kontor::server::storage
