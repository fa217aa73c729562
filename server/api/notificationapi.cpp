#include "queryparams.h"
#include "requestcontext.h"
#include "routes.h"
#include "servercontext.h"

#include "domain/notifications.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;

namespace kontor::server {

using http::ApiError;
using http::Response;
namespace notifications = domain::notifications;

void addNotificationRoutes(ServerContext& server)
{
    server.router.add("GET", u"/api/v1/notifications"_s, [](RequestContext& ctx) {
        const auth::Staff& staff = ctx.staff();
        const bool unread = ctx.request().queryValue(u"unread"_s) == u"true";
        QJsonArray items;
        for (const notifications::Notification& n :
             notifications::list(ctx.db(), staff.firmId, staff.id(),
                                 api::pageLimit(ctx.request(), 100, 500), unread))
            items.append(notifications::toJson(n, ctx.server().settings.publicUrl));
        return Response::json({{u"items"_s, items}});
    });
    server.router.add("POST", u"/api/v1/notifications/{id}/read"_s, [](RequestContext& ctx) {
        const auth::Staff& staff = ctx.staff();
        const QUuid id = ctx.idParam(u"id"_s);
        const bool found =
            storage::transact(ctx.db(), storage::TxMode::Write, [&](storage::Transaction& tx) {
                return notifications::markRead(tx, staff.firmId, staff.id(), id);
            });
        if (!found)
            throw ApiError::notFound(); // someone else's notification is none of ours
        return Response::json(notifications::toJson(
            *notifications::load(ctx.db(), staff.firmId, id), ctx.server().settings.publicUrl));
    });
}

} // namespace kontor::server
