#pragma once

#include "auth/passwordhasher.h"
#include "auth/staffauth.h"
#include "http/router.h"
#include "jobs/backgroundjobs.h"
#include "storage/databaseconfig.h"

namespace kontor::server {

/// Settings of `kontor-server serve` that handlers and jobs may need.
struct ServerSettings {
    storage::DatabaseConfig database;
    QString publicUrl; ///< how clients reach this server, for links in mails and notifications
    QString smtpUrl;   ///< smtp://host:port for the mail sender; empty: no mail
    auth::PasswordCost passwordCost = auth::PasswordCost::Interactive;
    auth::AuthConfig auth;
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
};

} // namespace kontor::server
