#pragma once

#include <QByteArray>

namespace kontor::server::auth {

/// Argon2id cost. Interactive is libsodium's interactive limit (64 MiB, 2 passes), the
/// default; Moderate is stronger. TestOnly is the library minimum, for test suites only (the
/// command line hides the option that selects it).
enum class PasswordCost { Interactive, Moderate, TestOnly };

/// Argon2id password hashes through libsodium (crypto_pwhash_str: salt and parameters live
/// in the hash string, so a hash made at any cost verifies). Slow by design: call it on a
/// handler thread, never on an I/O thread.
class PasswordHasher {
public:
    explicit PasswordHasher(PasswordCost cost = PasswordCost::Interactive);

    /// Empty on failure (out of memory).
    QByteArray hash(const QByteArray& password) const;
    bool verify(const QByteArray& hash, const QByteArray& password) const;
    /// Costs what verify() costs, for an unknown account, so that an answer cannot tell
    /// "no such user" from "wrong password" by its time.
    void verifyDummy(const QByteArray& password) const;

private:
    unsigned long long m_opsLimit;
    size_t m_memLimit;
    QByteArray m_dummyHash;
};

} // namespace kontor::server::auth
