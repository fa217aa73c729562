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

QString idArrayText(const QList<QUuid>& ids)
{
    QJsonArray out;
    for (const QUuid& id : ids)
        out.append(core::toWireId(id));
    return jsonText(out);
}

QString forUpdate(Dialect dialect)
{
    return dialect == Dialect::Postgres ? u" FOR UPDATE"_s : QString();
}

} // namespace kontor::server::storage
