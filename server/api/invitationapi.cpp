#include "requestcontext.h"
#include "routes.h"
#include "servercontext.h"

#include "domain/invitations.h"
#include "domain/mailoutbox.h"
#include "storage/query.h"
#include "storage/transaction.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMailJob, "kontor.server.mail")

using namespace Qt::StringLiterals;

namespace kontor::server {

using http::ApiError;
using http::Response;
namespace invitations = domain::invitations;

namespace {

QJsonObject answer(const invitations::Invitation& i)
{
    const qint64 now = storage::nowMs();
    QJsonObject o = invitations::toJson(i, now);
    o.remove(u"invitation_id"_s);
    return o;
}

Response invite(RequestContext& ctx)
{
    const auth::Staff& staff = ctx.staff();
    const invitations::InviteRequest request = ctx.decodeBody([](const core::JsonReader& r) {
        invitations::InviteRequest out;
        for (const QString& key : {u"account_id"_s, u"contact_id"_s}) {
            if (!r.has(key)) {
                r.addError(
                    core::Violation(key, core::code::required,
                                    QT_TRANSLATE_NOOP("Validation", "This field is required.")));
            }
        }
        out.accountId = r.id(u"account_id"_s).value_or(QUuid());
        out.contactId = r.id(u"contact_id"_s).value_or(QUuid());
        out.id = r.id(u"id"_s);
        out.message = r.text(u"message"_s);
        return out;
    });
    const invitations::Invitation created =
        storage::transact(ctx.db(), storage::TxMode::Write, [&](storage::Transaction& tx) {
            return invitations::invite(tx, staff, request,
                                       ctx.server().settings.invitationOptions());
        });
    ctx.server().jobs.wake(u"mail"_s);
    return Response::json(201, answer(created));
}

Response resend(RequestContext& ctx)
{
    const auth::Staff& staff = ctx.staff();
    const QUuid id = ctx.idParam(u"id"_s);
    const invitations::Invitation sent =
        storage::transact(ctx.db(), storage::TxMode::Write, [&](storage::Transaction& tx) {
            return invitations::resend(tx, staff, id, ctx.server().settings.invitationOptions());
        });
    ctx.server().jobs.wake(u"mail"_s);
    return Response::json(answer(sent));
}

Response pendingActivations(RequestContext& ctx)
{
    const auth::Staff& staff = ctx.staff();
    const qint64 now = storage::nowMs();
    QJsonArray items;
    for (const invitations::Invitation& i : invitations::pending(ctx.db(), staff)) {
        QJsonObject o = invitations::toJson(i, now);
        o.remove(u"id"_s);
        items.append(o);
    }
    return Response::json({{u"items"_s, items}});
}

} // namespace

void addInvitationRoutes(ServerContext& server)
{
    server.router.add("POST", u"/api/v1/invitations"_s, invite, {64 * 1024});
    server.router.add("POST", u"/api/v1/invitations/{id}/resend"_s, resend, {4096});
    server.router.add("GET", u"/api/v1/pending-activations"_s, pendingActivations);
}

void addMailJobs(ServerContext& server)
{
    const ServerSettings& settings = server.settings;
    if (!settings.smtp) {
        qCWarning(lcMailJob) << "no --smtp given: invitations and notices stay queued in the "
                                "mail outbox until the server is started with one";
        return;
    }
    if (settings.invitationOptions().mailFrom.endsWith(u".invalid"_s)) {
        qCWarning(lcMailJob) << "the public URL names no host for a sender address: set "
                                "--mail-from, or receiving servers may refuse the mail";
    }
    auto sender = std::make_shared<domain::outbox::Sender>(*settings.smtp, settings.mailRetry,
                                                           server.processId);
    // Poll about as often as the first retry is due, within sensible bounds.
    const auto interval = std::clamp<std::chrono::milliseconds>(settings.mailRetry.initialDelay / 2,
                                                                std::chrono::milliseconds(200),
                                                                std::chrono::seconds(10));
    server.jobs.add(u"mail"_s, interval, [sender](storage::Database& db) { sender->runOnce(db); });
}

} // namespace kontor::server
