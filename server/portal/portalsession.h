#pragma once

#include "domain/firms.h"
#include "http/httpmessage.h"
#include "storage/database.h"

#include <QUuid>

#include <chrono>
#include <optional>

namespace kontor::server::portal {

/// The cookie of a signed-in client and the CSRF cookie of the double-submit check.
inline constexpr char sessionCookie[] = "kontor_portal";
inline constexpr char csrfCookie[] = "kontor_csrf";

/// A cookie's value from the request's Cookie header; empty when absent.
QString cookieValue(const http::Request& request, const QByteArray& name);
/// A Set-Cookie value: Path=/portal, HttpOnly, SameSite=Lax, Secure when @p secure;
/// @p maxAgeSeconds 0 deletes the cookie.
QByteArray cookieHeader(const QByteArray& name, const QString& value, qint64 maxAgeSeconds,
                        bool secure);

/// The form's `csrf` field equals the CSRF cookie (compared in constant time).
bool csrfMatches(const http::Request& request, const QString& formValue);

/// An application/x-www-form-urlencoded body.
QHash<QString, QString> formFields(const QByteArray& body);

/// A signed-in portal client: a contact of one firm.
struct PortalSession {
    QUuid firmId;
    QUuid contactId;
};

/// The session of the request's cookie, when valid and the contact still has a password.
std::optional<PortalSession> currentSession(storage::Database& db, const http::Request& request);
/// A new session; returns the cookie value (the database keeps its hash).
QString startSession(storage::Database& db, const QUuid& firmId, const QUuid& contactId,
                     std::chrono::seconds lifetime);
void endSession(storage::Database& db, const http::Request& request);

/// Fixed-window counters in the database (table signin_failures), so every server process
/// counts the same.
class RateLimit {
public:
    RateLimit(storage::Database& db, std::chrono::seconds window);
    bool reached(const QString& bucket, int limit) const;
    void count(const QString& bucket) const;
    /// Forgets @p bucket's count (a successful sign-in clears the failures of its email).
    void clear(const QString& bucket) const;
    qint64 retryAfterSeconds() const;

private:
    storage::Database& m_db;
    qint64 m_now;
    qint64 m_windowMs;
    qint64 m_windowStart;
};

/// The firm whose portal this server shows: @p firmName (--portal-firm), or the database's
/// only firm; nothing when neither names one.
using PortalFirm = domain::firms::FirmRef;
std::optional<PortalFirm> portalFirm(storage::Database& db, const QString& firmName);

} // namespace kontor::server::portal
