#pragma once

#include "passwordhasher.h"
#include "staff.h"

#include "storage/database.h"

#include <chrono>
#include <optional>

namespace kontor::server::auth {

struct AuthConfig {
    std::chrono::seconds sessionLifetime{std::chrono::hours(24 * 14)};
    std::chrono::seconds failureWindow{std::chrono::minutes(15)};
    int maxFailuresPerAccount = 10;  ///< per email address and window
    int maxFailuresPerAddress = 100; ///< per client IP address and window
};

/// Staff sign-in with email and password, bearer sessions stored as hashes, sign-out, and the
/// per-account and per-address limits on failed attempts (kept in the database, so every
/// server instance counts the same).
class StaffAuth {
public:
    StaffAuth(const PasswordHasher& hasher, AuthConfig config);

    struct SignIn {
        enum class Outcome { SignedIn, Invalid, Limited } outcome = Outcome::Invalid;
        QString token;
        qint64 expiresAt = 0;
        Staff staff;
        qint64 retryAfterSeconds = 0;
    };
    SignIn signIn(storage::Database& db, const QString& email, const QByteArray& password,
                  const QString& clientAddress) const;

    /// The staff member of a valid, unexpired session token.
    std::optional<Staff> authenticate(storage::Database& db, const QString& token) const;
    void signOut(storage::Database& db, const QString& token) const;

    /// Loads one team member of a firm (any state); nothing when unknown.
    static std::optional<Staff> loadStaff(storage::Database& db, const QUuid& firmId,
                                          const QUuid& userId);

    const PasswordHasher& hasher() const { return m_hasher; }
    const AuthConfig& config() const { return m_config; }

private:
    qint64 failuresIn(storage::Database& db, const QString& bucket, qint64 window) const;
    void recordFailure(storage::Database& db, const QString& bucket, qint64 window) const;

    const PasswordHasher& m_hasher;
    AuthConfig m_config;
};

} // namespace kontor::server::auth
