#include "staffauth.h"

#include "tokens.h"

#include "core/emailaddress.h"
#include "storage/query.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;

namespace kontor::server::auth {

using storage::Query;

namespace {

const QString staffColumns =
    u"u.user_id, u.name, u.email, u.role, u.perm_manage_accounts, u.perm_default_access, "
    "f.firm_id, f.name"_s;

Staff readStaff(const Query& q, int first)
{
    Staff s;
    s.member.id = q.id(first);
    s.member.name = q.text(first + 1);
    s.member.email = q.text(first + 2);
    s.member.role = core::roleFromWireName(q.text(first + 3)).value_or(core::Role::Employee);
    s.member.permissions.manageAccounts = q.flag(first + 4);
    s.member.permissions.defaultAccountAccess = q.flag(first + 5);
    s.firmId = q.id(first + 6);
    s.firmName = q.text(first + 7);
    return s;
}

} // namespace

StaffAuth::StaffAuth(const PasswordHasher& hasher, AuthConfig config)
    : m_hasher(hasher)
    , m_config(config)
{
}

qint64 StaffAuth::failuresIn(storage::Database& db, const QString& bucket, qint64 window) const
{
    Query q(db, u"SELECT failures FROM signin_failures WHERE bucket = :b AND window_start = :w"_s);
    q.bind(u":b"_s, bucket).bind(u":w"_s, window).exec();
    return q.next() ? q.integer(0) : 0;
}

void StaffAuth::recordFailure(storage::Database& db, const QString& bucket, qint64 window) const
{
    Query q(db, u"INSERT INTO signin_failures (bucket, window_start, failures) VALUES (:b, :w, 1) "
                "ON CONFLICT (bucket, window_start) DO UPDATE SET "
                "failures = signin_failures.failures + 1"_s);
    q.bind(u":b"_s, bucket).bind(u":w"_s, window).exec();
}

StaffAuth::SignIn StaffAuth::signIn(storage::Database& db, const QString& email,
                                    const QByteArray& password, const QString& clientAddress) const
{
    SignIn result;
    const qint64 now = storage::nowMs();
    const qint64 windowMs = qint64(m_config.failureWindow.count()) * 1000;
    const qint64 window = now - now % windowMs;
    const QString emailKey = core::normalizedEmail(email);
    const QString accountBucket = u"account:"_s + emailKey;
    const QString addressBucket = u"address:"_s + clientAddress;

    // Limits first: a limited answer does not depend on whether the account exists.
    if (failuresIn(db, accountBucket, window) >= m_config.maxFailuresPerAccount ||
        failuresIn(db, addressBucket, window) >= m_config.maxFailuresPerAddress) {
        result.outcome = SignIn::Outcome::Limited;
        result.retryAfterSeconds = (window + windowMs - now) / 1000 + 1;
        return result;
    }

    Query find(db, u"SELECT u.password_hash, "_s + staffColumns +
                       u" FROM staff_logins l JOIN users u ON u.firm_id = l.firm_id AND "
                       "u.user_id = l.user_id JOIN firms f ON f.firm_id = u.firm_id "
                       "WHERE l.email_key = :e AND u.disabled = 0"_s);
    find.bind(u":e"_s, emailKey).exec();
    std::optional<Staff> staff;
    QByteArray hash;
    if (find.next()) {
        hash = find.text(0).toUtf8();
        staff = readStaff(find, 1);
    }
    find.close(); // the writes below must not begin beside this read's snapshot
    // Exactly one Argon2id verification on every path: same work, same time.
    const bool valid =
        staff ? m_hasher.verify(hash, password) : (m_hasher.verifyDummy(password), false);
    if (!valid) {
        storage::transact(db, storage::TxMode::Write, [&](storage::Transaction&) {
            recordFailure(db, accountBucket, window);
            recordFailure(db, addressBucket, window);
        });
        return result;
    }

    result.outcome = SignIn::Outcome::SignedIn;
    result.staff = *staff;
    result.token = newBearerToken(staff->firmId);
    result.expiresAt = now + qint64(m_config.sessionLifetime.count()) * 1000;
    storage::transact(db, storage::TxMode::Write, [&](storage::Transaction&) {
        Query insert(db, u"INSERT INTO sessions (firm_id, token_hash, user_id, created_at, "
                         "expires_at) VALUES (:f, :h, :u, :c, :x)"_s);
        insert.bind(u":f"_s, staff->firmId)
            .bind(u":h"_s, tokenHash(result.token))
            .bind(u":u"_s, staff->id())
            .bind(u":c"_s, now)
            .bind(u":x"_s, result.expiresAt)
            .exec();
        Query clear(db, u"DELETE FROM signin_failures WHERE bucket = :b"_s);
        clear.bind(u":b"_s, accountBucket).exec();
    });
    return result;
}

std::optional<Staff> StaffAuth::authenticate(storage::Database& db, const QString& token) const
{
    const std::optional<QUuid> firm = firmOfToken(token);
    if (!firm)
        return std::nullopt;
    Query q(db, u"SELECT s.expires_at, "_s + staffColumns +
                    u" FROM sessions s JOIN users u ON u.firm_id = s.firm_id AND u.user_id = "
                    "s.user_id JOIN firms f ON f.firm_id = s.firm_id "
                    "WHERE s.firm_id = :f AND s.token_hash = :h AND u.disabled = 0"_s);
    q.bind(u":f"_s, *firm).bind(u":h"_s, tokenHash(token)).exec();
    if (!q.next() || q.integer(0) <= storage::nowMs())
        return std::nullopt;
    return readStaff(q, 1);
}

void StaffAuth::signOut(storage::Database& db, const QString& token) const
{
    const std::optional<QUuid> firm = firmOfToken(token);
    if (!firm)
        return;
    storage::transact(db, storage::TxMode::Write, [&](storage::Transaction&) {
        Query q(db, u"DELETE FROM sessions WHERE firm_id = :f AND token_hash = :h"_s);
        q.bind(u":f"_s, *firm).bind(u":h"_s, tokenHash(token)).exec();
    });
}

std::optional<Staff> StaffAuth::loadStaff(storage::Database& db, const QUuid& firmId,
                                          const QUuid& userId)
{
    Query q(db, u"SELECT "_s + staffColumns +
                    u" FROM users u JOIN firms f ON f.firm_id = u.firm_id "
                    "WHERE u.firm_id = :f AND u.user_id = :u"_s);
    q.bind(u":f"_s, firmId).bind(u":u"_s, userId).exec();
    if (!q.next())
        return std::nullopt;
    return readStaff(q, 0);
}

} // namespace kontor::server::auth
