#pragma once

#include "core/violation.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcApi)

namespace kontor::app {

/// What went wrong with a request: a kind for code, the server's field errors, and a message in
/// plain language for the user (translated; never a raw network or server error text).
struct ApiError {
    enum class Kind {
        None,
        Unreachable,  ///< no connection (refused, host not found, network down)
        Tls,          ///< the certificate or the encrypted connection failed
        Timeout,      ///< no complete answer in time
        Unauthorized, ///< 401: the session is over (or wrong credentials at sign-in)
        Forbidden,    ///< 403
        NotFound,     ///< 404
        Conflict,     ///< 409
        Invalid,      ///< 400/422 with field errors in `violations`
        TooLarge,     ///< 413
        RateLimited,  ///< 429
        Server,       ///< 5xx
        BadResponse,  ///< an answer that is not the JSON we expect
        Cancelled,    ///< aborted by us
    };
    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;          ///< the server's `error.code`
    QString serverMessage; ///< the server's `error.message`, for the log
    QString message;       ///< for the user
    core::Violations violations;

    /// Worth retrying later: the server or the way to it is down, not the request wrong.
    bool isTransient() const;
};

struct ApiResponse {
    int httpStatus = 0;
    QJsonObject body;
    ApiError error;

    bool ok() const { return error.kind == ApiError::Kind::None; }
};

/// The JSON API of kontor-server (DESIGN.md "Server API") on QNetworkAccessManager: base URL,
/// bearer token, a timeout on every request, and every failure mapped to an ApiError. Lives on
/// one thread (that of its network access manager); callbacks run there, and not at all when
/// their context object is gone.
class ApiClient : public QObject {
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResponse&)>;
    enum class Method { Get, Post, Put, Patch, Delete };

    /// Uses @p network when given (tests), else an own manager.
    explicit ApiClient(QNetworkAccessManager* network = nullptr, QObject* parent = nullptr);

    void setBaseUrl(const QUrl& url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString& token) { m_token = token; }
    QString token() const { return m_token; }
    void setDefaultTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    /// Sends a request to @p path (e.g. "/api/v1/me") and calls @p done exactly once, unless
    /// @p context was destroyed meanwhile. A zero @p timeout means the default.
    QNetworkReply* send(Method method, const QString& path, const QUrlQuery& query,
                        const QJsonObject& body, QObject* context, Callback done,
                        std::chrono::milliseconds timeout = {});
    QNetworkReply* get(const QString& path, const QUrlQuery& query, QObject* context, Callback done,
                       std::chrono::milliseconds timeout = {});
    QNetworkReply* post(const QString& path, const QJsonObject& body, QObject* context,
                        Callback done, std::chrono::milliseconds timeout = {});

    /// Aborts every request in flight; their callbacks get ApiError::Kind::Cancelled.
    void abortAll();

    /// The ApiError for a finished reply (exposed for tests).
    static ApiResponse interpret(QNetworkReply* reply, bool cancelledByUs);

Q_SIGNALS:
    /// A request with a token was answered 401: the session is over.
    void unauthorized();

private:
    QNetworkAccessManager* m_network;
    QUrl m_baseUrl;
    QString m_token;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(20)};
    QList<QPointer<QNetworkReply>> m_inFlight;
};

} // namespace kontor::app
