#include "queryparams.h"
#include "requestcontext.h"
#include "routes.h"
#include "servercontext.h"

#include "core/wireformat.h"
#include "domain/accounts.h"
#include "domain/contacts.h"
#include "domain/contactupdate.h"
#include "storage/query.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;

namespace kontor::server {

using http::ApiError;
using http::Response;
namespace contacts = domain::contacts;

namespace {

// Contacts are shared by the firm's staff (R-CON-2: link an existing contact by searching);
// the accounts a contact belongs to are listed only as far as the reader may see them.
QJsonObject contactJson(RequestContext& ctx, const core::Contact& contact)
{
    const auth::Staff& staff = ctx.staff();
    QJsonObject o = core::toJson(contact);
    storage::Query q(ctx.db(), u"SELECT account_id FROM account_contacts WHERE firm_id = :f AND "
                               "contact_id = :c ORDER BY account_id"_s);
    q.bind(u":f"_s, staff.firmId).bind(u":c"_s, contact.id).exec();
    QList<QUuid> ids;
    while (q.next())
        ids.append(q.id(0));
    QJsonArray accounts;
    for (const domain::accounts::Stored& s :
         domain::accounts::loadMany(ctx.db(), staff.firmId, ids)) {
        if (domain::accounts::visibility(ctx.db(), staff, s.account.id) !=
            domain::accounts::Visibility::Visible)
            continue;
        for (const core::AccountContact& link : s.account.contacts) {
            if (link.contact.id != contact.id)
                continue;
            accounts.append(QJsonObject{{u"account_id"_s, core::toWireId(s.account.id)},
                                        {u"name"_s, s.account.name},
                                        {u"login"_s, link.switches.login},
                                        {u"notify"_s, link.switches.notify},
                                        {u"email_sync"_s, link.switches.emailSync},
                                        {u"portal_status"_s, core::toWireName(link.portalStatus)}});
        }
    }
    o.insert(u"accounts"_s, accounts);
    return o;
}

Response searchContacts(RequestContext& ctx)
{
    const auth::Staff& staff = ctx.staff();
    const http::Request& r = ctx.request();
    const contacts::Page page =
        contacts::search(ctx.db(), staff.firmId, r.queryValue(u"q"_s), r.queryValue(u"after"_s),
                         api::pageLimit(r, 50, 200));
    return Response::json(
        {{u"items"_s, page.items},
         {u"next"_s, page.next.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(page.next)}});
}

Response getContact(RequestContext& ctx)
{
    const auth::Staff& staff = ctx.staff();
    const std::optional<core::Contact> contact =
        contacts::load(ctx.db(), staff.firmId, ctx.idParam(u"id"_s));
    if (!contact)
        throw ApiError::notFound();
    return Response::json(contactJson(ctx, *contact));
}

Response patchContact(RequestContext& ctx)
{
    const auth::Staff& staff = ctx.staff();
    const QUuid id = ctx.idParam(u"id"_s);
    QJsonObject fields = ctx.jsonBody();
    const QJsonValue base = fields.take(u"base"_s);
    const domain::ContactUpdateResult result =
        storage::transact(ctx.db(), storage::TxMode::Write, [&](storage::Transaction& tx) {
            domain::ContactUpdateResult r =
                domain::updateContact(tx, staff, id, fields, base.toObject(), {});
            if (!r.conflicts.isEmpty()) {
                throw ApiError(409, u"conflict"_s,
                               QT_TRANSLATE_NOOP("Server", "The contact was changed meanwhile; "
                                                           "nothing was saved."));
            }
            return r;
        });
    return Response::json(contactJson(ctx, result.contact));
}

} // namespace

void addContactRoutes(ServerContext& server)
{
    server.router.add("GET", u"/api/v1/contacts"_s, searchContacts);
    server.router.add("GET", u"/api/v1/contacts/{id}"_s, getContact);
    server.router.add("PATCH", u"/api/v1/contacts/{id}"_s, patchContact);
}

} // namespace kontor::server
