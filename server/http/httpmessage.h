#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <chrono>

namespace kontor::server::http {

/// A request as a handler sees it: read completely, already checked against the limits, free of
/// Beast types so that handlers and their tests need no networking headers.
struct Request {
    QByteArray method;                     ///< "GET", "POST", …
    QByteArray target;                     ///< as sent: path and query
    QString path;                          ///< percent-decoded path without the query
    QUrlQuery query;                       ///< decoded with form rules ('+' is a space)
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    QByteArray body;
    QString remoteAddress;
    QByteArray requestId;               ///< X-Request-Id: the client's when sane, else a fresh one
    QHash<QString, QString> pathParams; ///< filled by the router: {id} → value
    bool keepAlive = true;
    std::chrono::steady_clock::time_point received;

    QByteArray header(const QByteArray& lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
    QString queryValue(const QString& key) const
    {
        return query.queryItemValue(key, QUrl::FullyDecoded);
    }
    QString param(const QString& name) const { return pathParams.value(name); }
};

/// What a handler answers. JSON by default; html() for portal pages.
struct Response {
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; ///< extra headers (Set-Cookie, Allow, …)

    static Response json(int status, const QJsonObject& object);
    static Response json(const QJsonObject& object) { return json(200, object); }
    static Response jsonText(int status, QByteArray utf8); ///< JSON written elsewhere (JsonWriter)
    static Response html(int status, const QByteArray& utf8);
    static Response noContent();
    Response& withHeader(QByteArray name, QByteArray value)
    {
        headers.append({std::move(name), std::move(value)});
        return *this;
    }
};

} // namespace kontor::server::http
