// The client portal's pages for a client (R-INV-5): sign-in, sign-out and the accounts with
// their folders. Server-rendered HTML that works without JavaScript; see server/README.md.
#include "requestcontext.h"
#include "routes.h"
#include "servercontext.h"

#include "core/emailaddress.h"
#include "core/wireformat.h"
#include "domain/accounts.h"
#include "portal/passwordpolicy.h"
#include "portal/portalrequest.h"
#include "storage/query.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace kontor::server {

using http::Response;
using namespace portal; // the answers of portal/portalrequest.h

namespace {

constexpr qint64 formLimit = 16 * 1024;

// --- sign-in and sign-out ---

Response loginPage(const PortalRequest& p, int status, bool failed)
{
    PortalPage page = p.page();
    page.heading(page.t(QT_TRANSLATE_NOOP("Portal", "Sign in")));
    if (failed) {
        page.paragraph(page.t(QT_TRANSLATE_NOOP("Portal", "The email address or the password "
                                                          "is wrong.")),
                       u"box-error"_s);
    }
    QString form = PortalPage::formStart(u"/portal/login"_s, p.csrf);
    form += page.field(u"email"_s, u"email"_s, page.t(QT_TRANSLATE_NOOP("Portal", "Email address")),
                       {}, {}, {}, u"username"_s);
    form +=
        page.field(u"password"_s, u"password"_s, page.t(QT_TRANSLATE_NOOP("Portal", "Password")),
                   {}, {}, {}, u"current-password"_s);
    form += u"<button type=\"submit\">"_s + page.t(QT_TRANSLATE_NOOP("Portal", "Sign in")) +
            u"</button>\n</form>\n"_s;
    page.add(form);
    if (p.settings.signupEnabled) {
        page.paragraph(page.t(QT_TRANSLATE_NOOP("Portal", "New here?")) +
                       u" <a href=\"/portal/signup\">"_s +
                       page.t(QT_TRANSLATE_NOOP("Portal", "Register")) + u"</a>"_s);
    }
    return answer(p, status, page);
}

Response login(RequestContext& ctx)
{
    std::optional<PortalRequest> p = PortalRequest::open(ctx);
    if (!p)
        return noPortal();
    if (ctx.request().method == "GET") {
        if (portal::currentSession(ctx.db(), ctx.request()))
            return redirect(&*p, u"/portal/"_s);
        return loginPage(*p, 200, false);
    }
    if (!portal::csrfMatches(ctx.request(), p->form.value(u"csrf"_s)))
        return csrfFailed(*p);
    const PortalSettings& limits = p->server().portal;
    const portal::RateLimit limit(ctx.db(), limits.limitWindow);
    const QString email = p->form.value(u"email"_s);
    const QString emailBucket =
        u"portal-login:"_s + core::toWireId(p->firm.id) + u':' + core::normalizedEmail(email);
    // Limits first: their answer does not depend on whether the address is known.
    if (limit.reached(emailBucket, limits.failuresPerEmail) ||
        limit.reached(p->addressBucket(), limits.attemptsPerAddress))
        return limited(*p, limit);

    std::optional<QUuid> contactId;
    QByteArray hash;
    if (!email.trimmed().isEmpty()) {
        storage::Query q(ctx.db(), u"SELECT p.contact_id, p.password_hash FROM contacts c JOIN "
                                   "portal_identities p ON p.firm_id = c.firm_id AND "
                                   "p.contact_id = c.contact_id WHERE c.firm_id = :f AND "
                                   "c.email_key = :e ORDER BY p.updated_at DESC LIMIT 1"_s);
        q.bind(u":f"_s, p->firm.id).bind(u":e"_s, core::normalizedEmail(email)).exec();
        if (q.next()) {
            contactId = q.id(0);
            hash = q.text(1).toLatin1();
        }
    }
    const QByteArray password = portal::passwordBytes(p->form.value(u"password"_s).left(1024));
    const auth::PasswordHasher& hasher = ctx.server().hasher;
    // One Argon2id verification on every path: the same work and time for unknown addresses.
    const bool valid =
        contactId ? hasher.verify(hash, password) : (hasher.verifyDummy(password), false);
    if (!valid) {
        limit.count(emailBucket);
        limit.count(p->addressBucket());
        return loginPage(*p, 422, true);
    }
    limit.clear(emailBucket);
    return signedIn(*p,
                    portal::startSession(ctx.db(), p->firm.id, *contactId, limits.sessionLifetime),
                    u"/portal/"_s);
}

Response logout(RequestContext& ctx)
{
    std::optional<PortalRequest> p = PortalRequest::open(ctx);
    if (!p)
        return noPortal();
    if (ctx.request().method == "GET") {
        PortalPage page = p->page();
        page.heading(page.t(QT_TRANSLATE_NOOP("Portal", "Sign out")));
        page.add(PortalPage::formStart(u"/portal/logout"_s, p->csrf) +
                 u"<button type=\"submit\">"_s + page.t(QT_TRANSLATE_NOOP("Portal", "Sign out")) +
                 u"</button>\n</form>\n"_s);
        return answer(*p, 200, page);
    }
    if (!portal::csrfMatches(ctx.request(), p->form.value(u"csrf"_s)))
        return csrfFailed(*p);
    portal::endSession(ctx.db(), ctx.request());
    Response r = redirect(&*p, u"/portal/login"_s);
    r.withHeader("Set-Cookie", portal::cookieHeader(portal::sessionCookie, {}, 0, p->secure));
    return r;
}

// --- the signed-in client's accounts (R-INV-5) ---

QString folderList(const QList<core::FolderNode>& folders)
{
    if (folders.isEmpty())
        return {};
    QString html = u"<ul class=\"folders\">"_s;
    for (const core::FolderNode& f : folders)
        html += u"<li>"_s + esc(f.name) + folderList(f.children) + u"</li>"_s;
    return html + u"</ul>\n"_s;
}

Response home(RequestContext& ctx)
{
    std::optional<PortalRequest> p = PortalRequest::open(ctx);
    if (!p)
        return noPortal();
    const std::optional<portal::PortalSession> session =
        portal::currentSession(ctx.db(), ctx.request());
    if (!session)
        return redirect(&*p, u"/portal/login"_s);
    // Only the accounts where this contact's LOGIN is on are reachable.
    QList<QUuid> ids;
    {
        storage::Query q(ctx.db(), u"SELECT a.account_id FROM account_contacts ac JOIN accounts a "
                                   "ON a.firm_id = ac.firm_id AND a.account_id = ac.account_id "
                                   "WHERE ac.firm_id = :f AND ac.contact_id = :c AND ac.login = 1 "
                                   "ORDER BY a.sort_key, a.account_id"_s);
        q.bind(u":f"_s, session->firmId).bind(u":c"_s, session->contactId).exec();
        while (q.next())
            ids.append(q.id(0));
    }
    const QString wanted = ctx.request().queryValue(u"account"_s);
    QUuid selected = ids.isEmpty() ? QUuid() : ids.constFirst();
    if (!wanted.isEmpty()) {
        selected = QUuid::fromString(wanted);
        if (!ids.contains(selected))
            return notFound(*p);
    }
    QHash<QUuid, domain::accounts::Stored> byId;
    for (const domain::accounts::Stored& s :
         domain::accounts::loadMany(ctx.db(), session->firmId, ids))
        byId.insert(s.account.id, s);

    PortalPage page = p->page();
    page.setHeaderExtra(PortalPage::formStart(u"/portal/logout"_s, p->csrf) +
                        u"<button type=\"submit\">"_s +
                        page.t(QT_TRANSLATE_NOOP("Portal", "Sign out")) + u"</button></form>"_s);
    if (ids.isEmpty()) {
        page.heading(page.t(QT_TRANSLATE_NOOP("Portal", "Your accounts")));
        page.paragraph(page.t(QT_TRANSLATE_NOOP("Portal", "No account is shared with you at the "
                                                          "moment.")));
        return answer(*p, 200, page);
    }
    if (ids.size() > 1) {
        QString nav = u"<nav class=\"accounts\" aria-label=\""_s +
                      page.t(QT_TRANSLATE_NOOP("Portal", "Switch account")) + u"\"><ul>"_s;
        for (const QUuid& id : ids) {
            nav += u"<li><a href=\"/portal/?account="_s + core::toWireId(id) + u'"' +
                   (id == selected ? u" aria-current=\"page\""_s : QString()) + u'>' +
                   esc(byId.value(id).account.name) + u"</a></li>"_s;
        }
        page.add(nav + u"</ul></nav>\n"_s);
    }
    const core::Account& account = byId.value(selected).account;
    page.setTitle(esc(account.name));
    page.add(u"<h1>"_s + esc(account.name) + u"</h1>\n"_s);
    page.add(u"<h2>"_s + page.t(QT_TRANSLATE_NOOP("Portal", "Folders")) + u"</h2>\n"_s +
             folderList(account.folders));
    return answer(*p, 200, page);
}

Response stylesheet(RequestContext&)
{
    static const QByteArray css = [] {
        QFile file(u":/kontor/portal/portal.css"_s);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    Response r;
    r.contentType = "text/css; charset=utf-8";
    r.body = css;
    return r;
}

// The web link of notifications (R-REG-3): opens the account in the desktop client.
Response accountLink(RequestContext& ctx)
{
    const QUuid id = ctx.idParam(u"id"_s);
    PortalPage page(ctx.request().header("accept-language").left(2) == "en" ? u"en"_s : u"de"_s,
                    u"Kontor"_s);
    page.heading(page.t(QT_TRANSLATE_NOOP("Portal", "Open in Kontor")));
    page.paragraph(u"<a href=\"kontor://account/"_s + core::toWireId(id) + u"\">"_s +
                   page.t(QT_TRANSLATE_NOOP("Portal", "Open the account in the Kontor desktop "
                                                      "application")) +
                   u"</a>"_s);
    return withPageHeaders(Response::html(200, page.render()), nullptr);
}

} // namespace

void addPortalRoutes(ServerContext& server)
{
    http::Router& r = server.router;
    for (const QByteArray& method : {QByteArray("GET"), QByteArray("POST")}) {
        r.add(method, u"/portal/login"_s, login, {formLimit});
        r.add(method, u"/portal/logout"_s, logout, {formLimit});
    }
    r.add("GET", u"/portal/"_s, home);
    r.add("GET", u"/portal"_s, [](RequestContext&) {
        Response res = Response::html(308, {});
        res.withHeader("Location", "/portal/");
        return res;
    });
    r.add("GET", u"/portal/portal.css"_s, stylesheet);
    r.add("GET", u"/accounts/{id}"_s, accountLink);
}

} // namespace kontor::server
