#include "passwordhasher.h"

#include <sodium.h>

namespace kontor::server::auth {

PasswordHasher::PasswordHasher(PasswordCost cost)
{
    switch (cost) {
    case PasswordCost::Moderate:
        m_opsLimit = crypto_pwhash_OPSLIMIT_MODERATE;
        m_memLimit = crypto_pwhash_MEMLIMIT_MODERATE;
        break;
    case PasswordCost::TestOnly:
        m_opsLimit = crypto_pwhash_OPSLIMIT_MIN;
        m_memLimit = crypto_pwhash_MEMLIMIT_MIN;
        break;
    case PasswordCost::Interactive:
        m_opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
        m_memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
        break;
    }
    QByteArray random(32, Qt::Uninitialized);
    randombytes_buf(random.data(), size_t(random.size()));
    m_dummyHash = hash(random.toHex());
}

QByteArray PasswordHasher::hash(const QByteArray& password) const
{
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, password.constData(), quint64(password.size()), m_opsLimit,
                          m_memLimit) != 0)
        return {};
    return QByteArray(out);
}

bool PasswordHasher::verify(const QByteArray& hash, const QByteArray& password) const
{
    if (hash.isEmpty() || hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    return crypto_pwhash_str_verify(hash.constData(), password.constData(),
                                    quint64(password.size())) == 0;
}

void PasswordHasher::verifyDummy(const QByteArray& password) const
{
    (void)verify(m_dummyHash, password);
}

} // namespace kontor::server::auth
