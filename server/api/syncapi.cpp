#include "queryparams.h"
#include "requestcontext.h"
#include "routes.h"
#include "servercontext.h"

#include "core/wireformat.h"
#include "domain/sync.h"

using namespace Qt::StringLiterals;

namespace kontor::server {

using http::ApiError;
using http::Response;

namespace {

Response push(RequestContext& ctx)
{
    const auth::Staff& staff = ctx.staff();
    const core::Decoded<QList<core::Operation>> batch =
        core::decodeOperationBatch(ctx.request().body);
    if (!batch.ok())
        throw ApiError::invalid(batch.errors); // the batch itself is malformed
    const QTranslator* translator = ctx.translator();
    const QList<core::OperationResult> results = domain::sync::apply(
        ctx.db(), staff, batch.value, translator, ctx.server().settings.invitationOptions());
    ctx.server().jobs.wake(u"mail"_s); // invitation.send may have queued mail
    QJsonArray out;
    for (const core::OperationResult& r : results) {
        QJsonObject o = core::toJson(r);
        if (!r.errors.isEmpty())
            o.insert(u"errors"_s, core::toJson(r.errors, translator));
        out.append(o);
    }
    return Response::json(
        {{u"results"_s, out}, {u"cursor"_s, domain::sync::currentCursor(ctx.db(), staff.firmId)}});
}

Response pull(RequestContext& ctx)
{
    const auth::Staff& staff = ctx.staff();
    const core::ChangePage page = domain::sync::changes(
        ctx.db(), staff, ctx.request().queryValue(u"since"_s),
        api::pageLimit(ctx.request(), 500, 1000), ctx.server().settings.publicUrl);
    QJsonObject body = core::toJson(page);
    // On request only: a count over the index, once per client sync cycle, not per page.
    if (ctx.request().queryValue(u"with_remaining"_s) == u"true")
        body.insert(u"remaining"_s,
                    domain::sync::remainingChanges(ctx.db(), staff.firmId, page.cursor));
    return Response::json(body);
}

} // namespace

void addSyncRoutes(ServerContext& server)
{
    server.router.add("POST", u"/api/v1/ops"_s, push);
    server.router.add("GET", u"/api/v1/changes"_s, pull);
}

} // namespace kontor::server
