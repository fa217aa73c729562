#pragma once

#include "httpmessage.h"

#include <functional>
#include <optional>

namespace kontor::server {
class RequestContext;
}

namespace kontor::server::http {

using Handler = std::function<Response(RequestContext&)>;

struct RouteOptions {
    std::optional<qint64> bodyLimit; ///< overrides the server's default body limit
};

/// Maps method + path pattern to a handler. Patterns are literal segments and `{name}`
/// placeholders, e.g. "/api/v1/accounts/{id}/contacts/{contactId}"; a placeholder matches one
/// non-empty segment. Literal segments win over placeholders, so "/api/v1/contacts/search"
/// and "/api/v1/contacts/{id}" can live side by side.
class Router {
public:
    struct Route {
        QByteArray method;
        QString pattern;
        QStringList segments;
        Handler handler;
        RouteOptions options;
    };

    struct Match {
        const Route* route = nullptr; ///< null: no route for this method (see allowedMethods)
        QHash<QString, QString> params;
        QList<QByteArray> allowedMethods; ///< when the path exists with other methods: a 405
    };

    void add(const QByteArray& method, const QString& pattern, Handler handler,
             RouteOptions options = {});
    Match match(const QByteArray& method, const QString& path) const;
    const QList<Route>& routes() const { return m_routes; }

private:
    QList<Route> m_routes;
};

} // namespace kontor::server::http
