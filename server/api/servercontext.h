#pragma once

#include "auth/passwordhasher.h"
#include "auth/staffauth.h"
#include "domain/accountsearch.h"
#include "domain/invitations.h"
#include "http/router.h"
#include "jobs/backgroundjobs.h"
#include "mail/retrypolicy.h"
#include "mail/smtpsettings.h"
#include "storage/databaseconfig.h"

#include <optional>

namespace kontor::server {

/// The client portal's limits (kept in the database: every process counts the same).
struct PortalSettings {
    QString firmName; ///< the firm whose portal this is; empty: the database's only firm
    std::chrono::seconds sessionLifetime{std::chrono::hours(12)};
    std::chrono::seconds limitWindow{std::chrono::minutes(15)};
    int failuresPerEmail = 10;    ///< failed sign-ins per email address and window
    int attemptsPerAddress = 100; ///< sign-ins, sign-ups, activations per client address
    int signupsPerEmail = 5;      ///< sign-ups per email address and window
};

/// Settings of `kontor-server serve` that handlers and jobs may need.
struct ServerSettings {
    storage::DatabaseConfig database;
    QString publicUrl; ///< how clients reach this server, for links in mails and notifications
    QString smtpUrl;   ///< smtp://host:port for the mail sender; empty: no mail
    std::optional<mail::SmtpSettings> smtp; ///< parsed --smtp; nothing: mails stay queued
    mail::RetryPolicy mailRetry;
    QString mailFrom; ///< From of every mail; default kontor@<public host>
    qint64 invitationValidityMs = qint64(14) * 24 * 3600 * 1000;
    PortalSettings portal;
    auth::PasswordCost passwordCost = auth::PasswordCost::Interactive;
    auth::AuthConfig auth;

    domain::invitations::Options invitationOptions() const;
};

/// The services shared by every handler thread. Immutable once serving starts except through
/// their own thread-safe interfaces (jobs.wake()).
class ServerContext {
public:
    explicit ServerContext(ServerSettings settings);

    const ServerSettings settings;
    const auth::PasswordHasher hasher;
    const auth::StaffAuth auth;
    http::Router router;
    jobs::BackgroundJobs jobs;
    /// The account list's search index: a cache checked against the database on every search.
    domain::AccountSearch accountSearch;
    /// This process among several on one database (who claimed an outbox row).
    const QString processId;
};

} // namespace kontor::server
