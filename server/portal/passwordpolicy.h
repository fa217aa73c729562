#pragma once

#include <QString>

namespace kontor::server::portal {

/// Why a portal password is refused (R-INV-6); None when it is fine.
enum class PasswordProblem { None, TooShort, TooLong, Common, Mismatch };

inline constexpr int minPasswordLength = 10;  ///< characters (Unicode code points)
inline constexpr int maxPasswordLength = 256; ///< characters

/// 10–256 characters of any script, not one of the most common passwords (case-insensitive,
/// resources/portal/common-passwords.txt), and the same twice.
PasswordProblem checkPassword(const QString& password, const QString& confirmation);
bool isCommonPassword(const QString& password);

/// The bytes that are hashed and verified: NFC, so the same password typed on another system
/// (composed or decomposed umlauts) still matches.
QByteArray passwordBytes(const QString& password);

} // namespace kontor::server::portal
