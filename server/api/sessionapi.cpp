#include "jsonviews.h"
#include "requestcontext.h"
#include "routes.h"
#include "servercontext.h"

#include "storage/query.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;

namespace kontor::server {

using http::ApiError;
using http::Response;

namespace {

Response signIn(RequestContext& ctx)
{
    struct Credentials {
        QString email;
        QString password;
    };
    const Credentials c = ctx.decodeBody([](const core::JsonReader& r) {
        Credentials out{r.text(u"email"_s), r.text(u"password"_s)};
        for (const QString& key : {u"email"_s, u"password"_s}) {
            if (!r.has(key)) {
                r.addError(
                    core::Violation(key, core::code::required,
                                    QT_TRANSLATE_NOOP("Validation", "This field is required.")));
            }
        }
        return out;
    });
    const auth::StaffAuth::SignIn result = ctx.server().auth.signIn(
        ctx.db(), c.email, c.password.toUtf8(), ctx.request().remoteAddress);
    using Outcome = auth::StaffAuth::SignIn::Outcome;
    if (result.outcome == Outcome::Limited) {
        throw ApiError(429, u"too_many_attempts"_s,
                       QT_TRANSLATE_NOOP("Server", "Too many failed sign-ins. Try again later."))
            .withHeader("Retry-After", QByteArray::number(result.retryAfterSeconds));
    }
    if (result.outcome == Outcome::Invalid) {
        throw ApiError(401, u"invalid_credentials"_s,
                       QT_TRANSLATE_NOOP("Server", "The email address or the password is wrong."));
    }
    return Response::json(201, {{u"token"_s, result.token},
                                {u"expires_at"_s, storage::toIsoTime(result.expiresAt)},
                                {u"user"_s, api::userJson(result.staff)},
                                {u"firm"_s, api::firmJson(result.staff)}});
}

Response signOut(RequestContext& ctx)
{
    ctx.staff();
    ctx.server().auth.signOut(ctx.db(), ctx.bearerToken());
    return Response::noContent();
}

Response me(RequestContext& ctx)
{
    const auth::Staff& staff = ctx.staff();
    return Response::json({{u"user"_s, api::userJson(staff)}, {u"firm"_s, api::firmJson(staff)}});
}

} // namespace

void addSessionRoutes(ServerContext& server)
{
    // Sign-in bodies are tiny; a small limit keeps Argon2id from being fed megabytes.
    server.router.add("POST", u"/api/v1/session"_s, signIn, {4096});
    server.router.add("DELETE", u"/api/v1/session"_s, signOut);
    server.router.add("GET", u"/api/v1/me"_s, me);
}

void addMaintenanceJobs(ServerContext& server)
{
    // Expired sessions and old sign-in counters are of no use; any instance may delete them.
    server.jobs.add(u"cleanup"_s, std::chrono::hours(1), [](storage::Database& db) {
        storage::transact(db, storage::TxMode::Write, [&](storage::Transaction&) {
            const qint64 now = storage::nowMs();
            storage::Query sessions(db, u"DELETE FROM sessions WHERE expires_at < :t"_s);
            sessions.bind(u":t"_s, now).exec();
            storage::Query portal(db, u"DELETE FROM portal_sessions WHERE expires_at < :t"_s);
            portal.bind(u":t"_s, now).exec();
            storage::Query failures(db, u"DELETE FROM signin_failures WHERE window_start < :t"_s);
            failures.bind(u":t"_s, now - qint64(24) * 3600 * 1000).exec();
        });
    });
}

} // namespace kontor::server
