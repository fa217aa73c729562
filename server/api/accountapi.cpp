#include "queryparams.h"
#include "requestcontext.h"
#include "routes.h"
#include "servercontext.h"

#include "core/wireformat.h"
#include "domain/accounts.h"
#include "http/jsonwriter.h"
#include "storage/query.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;

namespace kontor::server {

using http::ApiError;
using http::Response;
namespace accounts = domain::accounts;

namespace {

Response createAccount(RequestContext& ctx)
{
    const auth::Staff& staff = ctx.staff();
    const core::Account request = ctx.decodeBody(core::readAccount);
    const accounts::Stored stored =
        storage::transact(ctx.db(), storage::TxMode::Write, [&](storage::Transaction& tx) {
            return accounts::create(tx, staff, request);
        });
    return Response::json(201, accounts::toJson(stored));
}

Response getAccount(RequestContext& ctx)
{
    const std::optional<accounts::Stored> stored =
        accounts::load(ctx.db(), ctx.staff(), ctx.idParam(u"id"_s));
    if (!stored)
        throw ApiError::notFound();
    return Response::json(accounts::toJson(*stored));
}

Response listAccounts(RequestContext& ctx)
{
    const auth::Staff& staff = ctx.staff();
    const http::Request& r = ctx.request();
    accounts::Filter filter;
    filter.query = r.queryValue(u"q"_s);
    filter.tag = r.queryValue(u"tag"_s);
    filter.type = api::enumParam<core::AccountType>(r, u"type"_s, core::accountTypeFromWireName);
    filter.access = ctx.optionalIdQuery(u"access"_s);
    filter.portalStatus =
        api::enumParam<core::PortalStatus>(r, u"portal_status"_s, core::portalStatusFromWireName);
    filter.after = r.queryValue(u"after"_s);
    filter.limit = api::pageLimit(r, 50, 200);
    const accounts::Page page =
        accounts::list(ctx.db(), staff, filter, &ctx.server().accountSearch);
    // Written directly: QJsonObject costs more than the page's SQL (see http::JsonWriter).
    http::JsonWriter json;
    json.beginObject().key("items"_L1).beginArray();
    for (const accounts::ListItem& item : page.items) {
        json.beginObject()
            .key("id"_L1)
            .utf8Value(item.id)
            .key("type"_L1)
            .utf8Value(item.type)
            .key("name"_L1)
            .utf8Value(item.name)
            .key("company_name"_L1)
            .utf8Value(item.companyName)
            .key("tags"_L1)
            .beginArray();
        for (const QString& tag : item.tags)
            json.value(tag);
        json.endArray()
            .key("updated_at"_L1)
            .value(storage::toIsoTime(item.updatedAt))
            .key("portal_status"_L1)
            .value(core::toWireName(item.portalStatus))
            .endObject();
    }
    json.endArray().key("next"_L1);
    if (page.next.isEmpty())
        json.null();
    else
        json.value(page.next);
    return Response::jsonText(200, json.endObject().take());
}

// PATCH: the changed fields; with "base" (the values the client last saw), a field changed
// meanwhile on the server is a 409 and nothing is applied.
Response patchAccount(RequestContext& ctx)
{
    const auth::Staff& staff = ctx.staff();
    const QUuid id = ctx.idParam(u"id"_s);
    QJsonObject fields = ctx.jsonBody();
    const QJsonValue baseValue = fields.take(u"base"_s);
    if (!baseValue.isUndefined() && !baseValue.isObject())
        throw ApiError::invalid({core::wrongType(u"base"_s, core::ExpectedType::Object)});
    const accounts::UpdateResult result =
        storage::transact(ctx.db(), storage::TxMode::Write, [&](storage::Transaction& tx) {
            accounts::UpdateResult r =
                accounts::update(tx, staff, id, fields, baseValue.toObject(), {});
            if (!r.conflicts.isEmpty()) {
                core::Violations v;
                for (const core::FieldConflict& c : r.conflicts) {
                    v.append(
                        core::Violation(c.field, QLatin1StringView("conflict"),
                                        QT_TRANSLATE_NOOP("Validation", "Someone else changed this "
                                                                        "field meanwhile.")));
                }
                throw ApiError(409, u"conflict"_s,
                               QT_TRANSLATE_NOOP("Server", "The account was changed meanwhile; "
                                                           "nothing was saved."))
                    .withFields(v);
            }
            return r;
        });
    return Response::json(accounts::toJson(result.account));
}

Response putLink(RequestContext& ctx)
{
    const auth::Staff& staff = ctx.staff();
    accounts::LinkChange change;
    change.accountId = ctx.idParam(u"id"_s);
    change.contactId = ctx.idParam(u"contactId"_s);
    change.switches = ctx.decodeBody([](const core::JsonReader& r) {
        return core::ContactSwitches{r.boolean(u"login"_s), r.boolean(u"notify"_s),
                                     r.boolean(u"email_sync"_s)};
    });
    storage::transact(ctx.db(), storage::TxMode::Write,
                      [&](storage::Transaction& tx) { accounts::setLink(tx, staff, change, {}); });
    return Response::json(accounts::toJson(*accounts::load(ctx.db(), staff, change.accountId)));
}

Response deleteLink(RequestContext& ctx)
{
    const auth::Staff& staff = ctx.staff();
    accounts::LinkChange change;
    change.accountId = ctx.idParam(u"id"_s);
    change.contactId = ctx.idParam(u"contactId"_s);
    change.linked = false;
    storage::transact(ctx.db(), storage::TxMode::Write,
                      [&](storage::Transaction& tx) { accounts::setLink(tx, staff, change, {}); });
    return Response::noContent();
}

} // namespace

void addAccountRoutes(ServerContext& server)
{
    http::Router& r = server.router;
    r.add("POST", u"/api/v1/accounts"_s, createAccount);
    r.add("GET", u"/api/v1/accounts"_s, listAccounts);
    r.add("GET", u"/api/v1/accounts/{id}"_s, getAccount);
    r.add("PATCH", u"/api/v1/accounts/{id}"_s, patchAccount);
    r.add("PUT", u"/api/v1/accounts/{id}/contacts/{contactId}"_s, putLink);
    r.add("DELETE", u"/api/v1/accounts/{id}/contacts/{contactId}"_s, deleteLink);
}

} // namespace kontor::server
