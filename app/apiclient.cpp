#include "apiclient.h"

#include "core/jsonreader.h"
#include "core/translations.h"
#include "core/wireformat.h"

#include <QJsonDocument>
#include <QNetworkReply>

Q_LOGGING_CATEGORY(lcApi, "kontor.api")

using namespace Qt::StringLiterals;

namespace kontor::app {

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Unreachable:
    case Kind::Timeout:
    case Kind::Server:
    case Kind::RateLimited:
        return true;
    default:
        return false;
    }
}

ApiClient::ApiClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network ? network : new QNetworkAccessManager(this))
{
}

QNetworkReply* ApiClient::get(const QString& path, const QUrlQuery& query, QObject* context,
                              Callback done, std::chrono::milliseconds timeout)
{
    return send(Method::Get, path, query, {}, context, std::move(done), timeout);
}

QNetworkReply* ApiClient::post(const QString& path, const QJsonObject& body, QObject* context,
                               Callback done, std::chrono::milliseconds timeout)
{
    return send(Method::Post, path, {}, body, context, std::move(done), timeout);
}

QNetworkReply* ApiClient::send(Method method, const QString& path, const QUrlQuery& query,
                               const QJsonObject& body, QObject* context, Callback done,
                               std::chrono::milliseconds timeout)
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(int((timeout.count() > 0 ? timeout : m_timeout).count()));
    request.setRawHeader("Accept", "application/json");
    // Server messages (a refused change, a sync issue) in Kontor's language, not the system's.
    if (const QString language = core::uiLanguage(); !language.isEmpty())
        request.setRawHeader("Accept-Language", language.toLatin1());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (method == Method::Post || method == Method::Put || method == Method::Patch)
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);

    QNetworkReply* reply = nullptr;
    switch (method) {
    case Method::Get:
        reply = m_network->get(request);
        break;
    case Method::Post:
        reply = m_network->post(request, payload);
        break;
    case Method::Put:
        reply = m_network->put(request, payload);
        break;
    case Method::Patch:
        reply = m_network->sendCustomRequest(request, "PATCH", payload);
        break;
    case Method::Delete:
        reply = m_network->deleteResource(request);
        break;
    }
    m_inFlight.removeAll(nullptr);
    m_inFlight.append(reply);
    const bool withToken = !m_token.isEmpty();
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        const bool cancelled = reply->property("kontorCancelled").toBool();
        const ApiResponse response = interpret(reply, cancelled);
        reply->deleteLater();
        if (!response.ok()) {
            qCInfo(lcApi) << request.url().path() << "failed:" << int(response.error.kind)
                          << response.httpStatus << response.error.code
                          << response.error.serverMessage;
        }
        if (withToken && response.error.kind == ApiError::Kind::Unauthorized)
            Q_EMIT unauthorized();
        if (guard)
            done(response);
    });
    return reply;
}

void ApiClient::abortAll()
{
    const QList<QPointer<QNetworkReply>> replies = std::exchange(m_inFlight, {});
    for (const QPointer<QNetworkReply>& r : replies) {
        if (r && r->isRunning()) {
            r->setProperty("kontorCancelled", true);
            r->abort();
        }
    }
}

namespace {

QString messageFor(ApiError::Kind kind, const QUrl& url)
{
    const QString host = url.host();
    switch (kind) {
    case ApiError::Kind::None:
        return {};
    case ApiError::Kind::Unreachable:
        return ApiClient::tr("The server %1 cannot be reached. Please check the address and the "
                             "internet connection. Your changes are kept on this computer.")
            .arg(host);
    case ApiError::Kind::Tls:
        return ApiClient::tr("The connection to %1 is not secure: the server's certificate "
                             "could not be verified. Please contact your administrator.")
            .arg(host);
    case ApiError::Kind::Timeout:
        return ApiClient::tr("The server %1 did not answer in time. Please try again later.")
            .arg(host);
    case ApiError::Kind::Unauthorized:
        return ApiClient::tr("You have been signed out. Please sign in again.");
    case ApiError::Kind::Forbidden:
        return ApiClient::tr("You are not allowed to do this.");
    case ApiError::Kind::NotFound:
        return ApiClient::tr("This record does not exist (any more).");
    case ApiError::Kind::Conflict:
        return ApiClient::tr("Someone else changed this in the meantime.");
    case ApiError::Kind::Invalid:
        return ApiClient::tr("Please check your entries.");
    case ApiError::Kind::TooLarge:
        return ApiClient::tr("This is too much data for one request.");
    case ApiError::Kind::RateLimited:
        return ApiClient::tr("The server is busy. Please try again in a moment.");
    case ApiError::Kind::Server:
        return ApiClient::tr("The server has a problem. Please try again later. Your changes are "
                             "kept on this computer.");
    case ApiError::Kind::BadResponse:
        return ApiClient::tr("The server's answer was not understood. Is %1 a Kontor server?")
            .arg(host);
    case ApiError::Kind::Cancelled:
        return ApiClient::tr("Cancelled.");
    }
    return {};
}

ApiError::Kind kindForStatus(int status)
{
    switch (status) {
    case 400:
    case 422:
        return ApiError::Kind::Invalid;
    case 401:
        return ApiError::Kind::Unauthorized;
    case 403:
        return ApiError::Kind::Forbidden;
    case 404:
        return ApiError::Kind::NotFound;
    case 409:
        return ApiError::Kind::Conflict;
    case 413:
        return ApiError::Kind::TooLarge;
    case 429:
        return ApiError::Kind::RateLimited;
    default:
        return status >= 500 ? ApiError::Kind::Server : ApiError::Kind::BadResponse;
    }
}

ApiError::Kind kindForNetworkError(QNetworkReply::NetworkError e, bool cancelledByUs)
{
    switch (e) {
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        return ApiError::Kind::Tls;
    case QNetworkReply::TimeoutError:
        return ApiError::Kind::Timeout;
    case QNetworkReply::OperationCanceledError:
        // QNetworkRequest::setTransferTimeout aborts with "cancelled" too.
        return cancelledByUs ? ApiError::Kind::Cancelled : ApiError::Kind::Timeout;
    default:
        return ApiError::Kind::Unreachable;
    }
}

} // namespace

ApiResponse ApiClient::interpret(QNetworkReply* reply, bool cancelledByUs)
{
    ApiResponse r;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray raw = reply->isOpen() ? reply->readAll() : QByteArray();
    const bool success = r.httpStatus >= 200 && r.httpStatus < 300;
    if (r.httpStatus == 0 || (success && reply->error() != QNetworkReply::NoError)) {
        // No HTTP answer at all, or one cut short (the connection broke after the headers):
        // a transport problem, whatever part of the body arrived.
        r.error.kind = kindForNetworkError(reply->error(), cancelledByUs);
        r.error.serverMessage = reply->errorString();
        r.error.message = messageFor(r.error.kind, reply->url());
        return r;
    }
    core::Decoded<QJsonObject> parsed = core::parseJsonObject(raw);
    if (success) {
        if (raw.trimmed().isEmpty() || r.httpStatus == 204)
            return r;
        if (parsed.ok()) {
            r.body = parsed.value;
            return r;
        }
        r.error.kind = ApiError::Kind::BadResponse;
    } else {
        r.error.kind = kindForStatus(r.httpStatus);
        const QJsonObject envelope = parsed.value.value(u"error"_s).toObject();
        r.error.code = envelope.value(u"code"_s).toString();
        r.error.serverMessage = envelope.value(u"message"_s).toString();
        r.error.violations = core::readViolations(envelope.value(u"fields"_s).toArray());
        r.body = parsed.value;
    }
    r.error.httpStatus = r.httpStatus;
    r.error.message = messageFor(r.error.kind, reply->url());
    return r;
}

} // namespace kontor::app
