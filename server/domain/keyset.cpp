#include "keyset.h"

#include "core/violation.h"
#include "http/apierror.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kontor::server::domain {

namespace {
const auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

QString Keyset::encode() const
{
    const QByteArray json =
        QJsonDocument(QJsonArray{sortKey, core::toWireId(id)}).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(json.toBase64(base64url));
}

std::optional<Keyset> Keyset::decode(const QString& cursor)
{
    if (cursor.isEmpty())
        return std::nullopt;
    const auto bytes = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), base64url | QByteArray::AbortOnBase64DecodingErrors);
    const QJsonArray pair = bytes ? QJsonDocument::fromJson(bytes.decoded).array() : QJsonArray();
    const QUuid id = QUuid::fromString(pair.at(1).toString());
    if (pair.size() != 2 || !pair.at(0).isString() || id.isNull()) {
        throw http::ApiError::badRequest(u"invalid_cursor"_s,
                                         QT_TRANSLATE_NOOP("Server", "The page cursor is not "
                                                                     "valid."));
    }
    return Keyset{pair.at(0).toString(), id};
}

} // namespace kontor::server::domain
