#include "queryparams.h"
#include "requestcontext.h"
#include "routes.h"
#include "servercontext.h"

#include "core/wireformat.h"
#include "domain/sync.h"
#include "http/jsonwriter.h"

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
    http::JsonWriter out;
    out.beginObject().key("results"_L1).beginArray();
    for (const core::OperationResult& r : results) {
        if (r.errors.isEmpty() && r.conflicts.isEmpty()) { // the usual answer, 1,000 of them
            out.beginObject()
                .key("op_id"_L1)
                .value(core::toWireId(r.opId))
                .key("status"_L1)
                .value(core::toWireName(r.status))
                .endObject();
            continue;
        }
        QJsonObject o = core::toJson(r);
        if (!r.errors.isEmpty())
            o.insert(u"errors"_s, core::toJson(r.errors, translator));
        out.value(o);
    }
    out.endArray()
        .key("cursor"_L1)
        .value(domain::sync::currentCursor(ctx.db(), staff.firmId))
        .endObject();
    return Response::jsonText(200, out.take());
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
