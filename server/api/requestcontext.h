#pragma once

#include "auth/staff.h"
#include "core/jsonreader.h"
#include "http/apierror.h"
#include "http/httpmessage.h"
#include "storage/database.h"

#include <optional>

class QTranslator;

namespace kontor::server {

class ServerContext;

/// Everything a handler works with: the request, this thread's SQL connection, the server's
/// shared services, and the signed-in staff member (staff(): 401 unless the bearer token is
/// valid). Lives on the handler thread for one request.
class RequestContext {
public:
    RequestContext(ServerContext& server, http::Request& request, storage::Database& db);

    http::Request& request() { return m_request; }
    storage::Database& db() { return m_db; }
    ServerContext& server() { return m_server; }

    /// The staff member of the request's bearer token; throws a 401 ApiError otherwise.
    const auth::Staff& staff();
    /// The bearer token as sent (empty when none).
    QString bearerToken() const;

    /// The body as a JSON object; throws 400 for bad UTF-8, malformed or too deep JSON.
    QJsonObject jsonBody();
    /// Reads the body with a core reader; throws 400/422 with every error at once.
    template <typename Read> auto decodeBody(Read read)
    {
        core::Violations errors;
        const QJsonObject object = jsonBody();
        auto value = read(core::JsonReader(object, &errors));
        if (!errors.isEmpty())
            throw http::ApiError::invalid(errors);
        return value;
    }
    /// A path parameter that must be an id; a malformed one is a 404 like an unknown one.
    QUuid idParam(const QString& name) const;
    /// A query parameter that must be an id when present; 400 when malformed.
    std::optional<QUuid> optionalIdQuery(const QString& key) const;

    const QTranslator* translator() const;

private:
    ServerContext& m_server;
    http::Request& m_request;
    storage::Database& m_db;
    std::optional<auth::Staff> m_staff;
};

} // namespace kontor::server
