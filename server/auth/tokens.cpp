#include "tokens.h"

#include <QByteArray>

#include <sodium.h>

namespace kontor::server::auth {

namespace {
constexpr int randomBytes = 32;
const auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
} // namespace

QString newBearerToken(const QUuid& firmId)
{
    QByteArray raw = firmId.toRfc4122();
    QByteArray secret(randomBytes, Qt::Uninitialized);
    randombytes_buf(secret.data(), size_t(secret.size()));
    raw += secret;
    return QString::fromLatin1(raw.toBase64(base64url));
}

std::optional<QUuid> firmOfToken(const QString& token)
{
    if (token.size() != 64)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), base64url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 16 + randomBytes)
        return std::nullopt;
    const QUuid firm = QUuid::fromRfc4122(decoded.decoded.first(16));
    return firm.isNull() ? std::nullopt : std::optional<QUuid>(firm);
}

QString tokenHash(const QString& token)
{
    const QByteArray in = token.toUtf8();
    unsigned char out[32];
    crypto_generichash(out, sizeof(out), reinterpret_cast<const unsigned char*>(in.constData()),
                       quint64(in.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(out), sizeof(out)).toHex());
}

QString randomSecret(int bytes)
{
    QByteArray secret(bytes, Qt::Uninitialized);
    randombytes_buf(secret.data(), size_t(secret.size()));
    return QString::fromLatin1(secret.toBase64(base64url));
}

} // namespace kontor::server::auth
