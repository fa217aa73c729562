#include "databaseconfig.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace kontor::server::storage {

std::optional<DatabaseConfig> DatabaseConfig::parse(const QString& spec, QString* error)
{
    DatabaseConfig c;
    if (spec.isEmpty()) {
        *error = u"no database given"_s;
        return std::nullopt;
    }
    if (!spec.startsWith(u"postgresql://") && !spec.startsWith(u"postgres://")) {
        c.dialect = Dialect::Sqlite;
        c.sqlitePath = spec;
        return c;
    }
    const QUrl url(spec, QUrl::StrictMode);
    if (!url.isValid() || url.path().size() < 2) {
        *error = u"invalid PostgreSQL URL (postgresql://user:password@host:port/database)"_s;
        return std::nullopt;
    }
    c.dialect = Dialect::Postgres;
    c.host = url.host().isEmpty() ? u"localhost"_s : url.host();
    c.port = url.port(5432);
    c.user = url.userName(QUrl::FullyDecoded);
    c.password = url.password(QUrl::FullyDecoded);
    c.database = url.path(QUrl::FullyDecoded).mid(1);
    QStringList options;
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        options.append(key + u'=' + value);
    c.options = options.join(u';');
    return c;
}

QString DatabaseConfig::describe() const
{
    if (dialect == Dialect::Sqlite)
        return u"SQLite %1"_s.arg(sqlitePath);
    return u"PostgreSQL %1@%2:%3/%4"_s.arg(user, host, QString::number(port), database);
}

} // namespace kontor::server::storage
