#include "requestcontext.h"

#include "servercontext.h"

#include "core/jsonreader.h"

using namespace Qt::StringLiterals;

namespace kontor::server {

RequestContext::RequestContext(ServerContext& server, http::Request& request, storage::Database& db)
    : m_server(server)
    , m_request(request)
    , m_db(db)
{
}

QString RequestContext::bearerToken() const
{
    const QByteArray header = m_request.header("authorization");
    if (header.size() < 7 || header.left(7).toLower() != "bearer ")
        return {};
    return QString::fromLatin1(header.mid(7).trimmed());
}

const auth::Staff& RequestContext::staff()
{
    if (m_staff)
        return *m_staff;
    const QString token = bearerToken();
    if (token.isEmpty())
        throw http::ApiError::unauthorized();
    m_staff = m_server.auth.authenticate(m_db, token);
    if (!m_staff)
        throw http::ApiError::unauthorized();
    return *m_staff;
}

QJsonObject RequestContext::jsonBody()
{
    core::Decoded<QJsonObject> parsed = core::parseJsonObject(m_request.body);
    if (!parsed.ok())
        throw http::ApiError::invalid(parsed.errors);
    return parsed.value;
}

QUuid RequestContext::idParam(const QString& name) const
{
    const QString text = m_request.param(name);
    const QUuid id = QUuid::fromString(text);
    if (id.isNull() || text.size() != 36)
        throw http::ApiError::notFound();
    return id;
}

std::optional<QUuid> RequestContext::optionalIdQuery(const QString& key) const
{
    const QString text = m_request.queryValue(key);
    if (text.isEmpty())
        return std::nullopt;
    const QUuid id = QUuid::fromString(text);
    if (id.isNull()) {
        throw http::ApiError::badRequest(u"invalid_parameter"_s,
                                         QT_TRANSLATE_NOOP("Server", "The parameter “%1” must "
                                                                     "be an id."),
                                         {key});
    }
    return id;
}

const QTranslator* RequestContext::translator() const
{
    return http::translatorFor(m_request.header("accept-language"));
}

} // namespace kontor::server
