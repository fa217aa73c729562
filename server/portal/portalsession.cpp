#include "portalsession.h"

#include "auth/tokens.h"
#include "storage/query.h"
#include "storage/transaction.h"

#include <QUrlQuery>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace kontor::server::portal {

using storage::Query;

QString cookieValue(const http::Request& request, const QByteArray& name)
{
    for (const QByteArray& part : request.header("cookie").split(';')) {
        const QByteArray item = part.trimmed();
        const qsizetype eq = item.indexOf('=');
        if (eq > 0 && item.left(eq) == name)
            return QString::fromLatin1(item.mid(eq + 1));
    }
    return {};
}

QByteArray cookieHeader(const QByteArray& name, const QString& value, qint64 maxAgeSeconds,
                        bool secure)
{
    QByteArray out =
        name + '=' + value.toLatin1() +
        "; Path=/portal; HttpOnly; SameSite=Lax; Max-Age=" + QByteArray::number(maxAgeSeconds);
    if (secure)
        out += "; Secure";
    return out;
}

bool csrfMatches(const http::Request& request, const QString& formValue)
{
    const QByteArray cookie = cookieValue(request, csrfCookie).toLatin1();
    const QByteArray form = formValue.toLatin1();
    return cookie.size() >= 32 && cookie.size() == form.size() &&
           sodium_memcmp(cookie.constData(), form.constData(), size_t(cookie.size())) == 0;
}

QHash<QString, QString> formFields(const QByteArray& body)
{
    QString text = QString::fromUtf8(body);
    text.replace(u'+', u' ');
    QHash<QString, QString> out;
    for (const auto& [key, value] : QUrlQuery(text).queryItems(QUrl::FullyDecoded))
        out.insert(key, value);
    return out;
}

std::optional<PortalSession> currentSession(storage::Database& db, const http::Request& request)
{
    const QString token = cookieValue(request, sessionCookie);
    const std::optional<QUuid> firm = auth::firmOfToken(token);
    if (!firm)
        return std::nullopt;
    Query q(db, u"SELECT s.contact_id, s.expires_at FROM portal_sessions s JOIN "
                "portal_identities p ON p.firm_id = s.firm_id AND p.contact_id = s.contact_id "
                "WHERE s.firm_id = :f AND s.token_hash = :h"_s);
    q.bind(u":f"_s, *firm).bind(u":h"_s, auth::tokenHash(token)).exec();
    if (!q.next() || q.integer(1) <= storage::nowMs())
        return std::nullopt;
    return PortalSession{*firm, q.id(0)};
}

QString startSession(storage::Database& db, const QUuid& firmId, const QUuid& contactId,
                     std::chrono::seconds lifetime)
{
    const QString token = auth::newBearerToken(firmId);
    const qint64 now = storage::nowMs();
    storage::transact(db, storage::TxMode::Write, [&](storage::Transaction&) {
        Query q(db, u"INSERT INTO portal_sessions (firm_id, token_hash, contact_id, created_at, "
                    "expires_at) VALUES (:f, :h, :c, :t, :x)"_s);
        q.bind(u":f"_s, firmId)
            .bind(u":h"_s, auth::tokenHash(token))
            .bind(u":c"_s, contactId)
            .bind(u":t"_s, now)
            .bind(u":x"_s, now + qint64(lifetime.count()) * 1000)
            .exec();
    });
    return token;
}

void endSession(storage::Database& db, const http::Request& request)
{
    const QString token = cookieValue(request, sessionCookie);
    const std::optional<QUuid> firm = auth::firmOfToken(token);
    if (!firm)
        return;
    storage::transact(db, storage::TxMode::Write, [&](storage::Transaction&) {
        Query q(db, u"DELETE FROM portal_sessions WHERE firm_id = :f AND token_hash = :h"_s);
        q.bind(u":f"_s, *firm).bind(u":h"_s, auth::tokenHash(token)).exec();
    });
}

RateLimit::RateLimit(storage::Database& db, std::chrono::seconds window)
    : m_db(db)
    , m_now(storage::nowMs())
    , m_windowMs(qint64(window.count()) * 1000)
    , m_windowStart(m_now - m_now % m_windowMs)
{
}

bool RateLimit::reached(const QString& bucket, int limit) const
{
    Query q(m_db,
            u"SELECT failures FROM signin_failures WHERE bucket = :b AND window_start = :w"_s);
    q.bind(u":b"_s, bucket).bind(u":w"_s, m_windowStart).exec();
    return q.next() && q.integer(0) >= limit;
}

void RateLimit::count(const QString& bucket) const
{
    storage::transact(m_db, storage::TxMode::Write, [&](storage::Transaction&) {
        Query q(m_db, u"INSERT INTO signin_failures (bucket, window_start, failures) VALUES (:b, "
                      ":w, 1) ON CONFLICT (bucket, window_start) DO UPDATE SET failures = "
                      "signin_failures.failures + 1"_s);
        q.bind(u":b"_s, bucket).bind(u":w"_s, m_windowStart).exec();
    });
}

void RateLimit::clear(const QString& bucket) const
{
    storage::transact(m_db, storage::TxMode::Write, [&](storage::Transaction&) {
        Query q(m_db, u"DELETE FROM signin_failures WHERE bucket = :b"_s);
        q.bind(u":b"_s, bucket).exec();
    });
}

qint64 RateLimit::retryAfterSeconds() const
{
    return (m_windowStart + m_windowMs - m_now) / 1000 + 1;
}

std::optional<PortalFirm> portalFirm(storage::Database& db, const QString& firmName)
{
    if (!firmName.isEmpty())
        return domain::firms::findByName(db, firmName);
    Query q(db, u"SELECT firm_id, name FROM firms ORDER BY created_at LIMIT 2"_s);
    q.exec();
    if (!q.next())
        return std::nullopt;
    PortalFirm firm{q.id(0), q.text(1)};
    if (q.next())
        return std::nullopt; // several firms: --portal-firm must say which
    return firm;
}

} // namespace kontor::server::portal
