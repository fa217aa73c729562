#pragma once

#include <QString>
#include <QUuid>

#include <optional>

namespace kontor::server::auth {

/// An opaque bearer token: the firm's id (16 bytes, so the lookup leads with firm_id like
/// every key) and 32 random bytes (256 bits, randombytes_buf), base64url without padding.
QString newBearerToken(const QUuid& firmId);
/// The firm a token names; nothing when it is not a token of ours.
std::optional<QUuid> firmOfToken(const QString& token);
/// What the database stores instead of the token: BLAKE2b (crypto_generichash), hex.
QString tokenHash(const QString& token);
/// Random bytes as base64url, for other single-use secrets (invitation links, CSRF).
QString randomSecret(int bytes = 32);

} // namespace kontor::server::auth
