#include "httpmessage.h"

#include <QJsonDocument>

namespace kontor::server::http {

Response Response::json(int status, const QJsonObject& object)
{
    Response r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

Response Response::jsonText(int status, QByteArray utf8)
{
    Response r;
    r.status = status;
    r.body = std::move(utf8);
    return r;
}

Response Response::html(int status, const QByteArray& utf8)
{
    Response r;
    r.status = status;
    r.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    r.body = utf8;
    return r;
}

Response Response::noContent()
{
    Response r;
    r.status = 204;
    r.contentType.clear();
    return r;
}

} // namespace kontor::server::http
