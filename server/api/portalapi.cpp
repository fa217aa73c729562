// The client portal (R-INV-5/6, R-REG-1, R-INV-8): server-rendered pages that work without
// JavaScript. Forms carry a CSRF token checked against a cookie (double submit); the session
// cookie is HttpOnly and SameSite=Lax (Secure behind https). Answers for known and unknown
// email addresses are the same in status, body and work done.
#include "requestcontext.h"
#include "routes.h"
#include "servercontext.h"

#include "auth/tokens.h"
#include "core/emailaddress.h"
#include "core/wireformat.h"
#include "domain/accounts.h"
#include "domain/firms.h"
#include "domain/invitations.h"
#include "domain/signup.h"
#include "http/apierror.h"
#include "portal/passwordpolicy.h"
#include "portal/portalpage.h"
#include "portal/portalsession.h"
#include "storage/query.h"
#include "storage/transaction.h"

#include <QFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPortal, "kontor.server.portal")

using namespace Qt::StringLiterals;

namespace kontor::server {

using http::Response;
using portal::esc;
using portal::PortalPage;
namespace invitations = domain::invitations;

namespace {

constexpr qint64 formLimit = 16 * 1024;
constexpr qint64 csrfCookieSeconds = 24 * 3600;

/// Everything a portal handler needs about the request and the firm.
struct Portal {
    RequestContext& ctx;
    portal::PortalFirm firm;
    core::FirmSettings settings;
    bool secure = false;
    QString csrf;         ///< the CSRF token of this page's forms
    bool newCsrf = false; ///< set it as a cookie with the answer
    QHash<QString, QString> form;

    PortalPage page() const { return PortalPage(settings.language, firm.name); }
    ServerSettings const& server() const { return ctx.server().settings; }
    storage::Database& db() const { return ctx.db(); }
    QString address() const { return ctx.request().remoteAddress; }
};

Response withPageHeaders(Response r, const Portal* p)
{
    r.withHeader("Content-Security-Policy",
                 "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                 "frame-ancestors 'none'; base-uri 'none'")
        .withHeader("Referrer-Policy", "no-referrer")
        .withHeader("X-Frame-Options", "DENY")
        .withHeader("X-Content-Type-Options", "nosniff");
    if (p && p->newCsrf) {
        r.withHeader("Set-Cookie", portal::cookieHeader(portal::csrfCookie, p->csrf,
                                                        csrfCookieSeconds, p->secure));
    }
    return r;
}

Response answer(const Portal& p, int status, const PortalPage& page)
{
    return withPageHeaders(Response::html(status, page.render()), &p);
}

Response redirect(const Portal* p, const QString& location)
{
    Response r = Response::html(303, {});
    r.withHeader("Location", location.toUtf8());
    return withPageHeaders(std::move(r), p);
}

Response simplePage(const Portal& p, int status, const char* heading, const char* text)
{
    PortalPage page = p.page();
    page.heading(page.t(heading));
    page.paragraph(page.t(text));
    return answer(p, status, page);
}

Response notFound(const Portal& p)
{
    return simplePage(p, 404, QT_TRANSLATE_NOOP("Portal", "Page not found"),
                      QT_TRANSLATE_NOOP("Portal", "There is nothing at this address."));
}

// The firm, the CSRF token and the form; nothing when this server has no portal firm.
std::optional<Portal> open(RequestContext& ctx)
{
    const std::optional<portal::PortalFirm> firm =
        portal::portalFirm(ctx.db(), ctx.server().settings.portal.firmName);
    if (!firm)
        return std::nullopt;
    Portal p{ctx, *firm, domain::firms::loadSettings(ctx.db(), firm->id), false, {}, false, {}};
    p.secure = ctx.server().settings.publicUrl.startsWith(u"https://"_s);
    p.csrf = portal::cookieValue(ctx.request(), portal::csrfCookie);
    if (p.csrf.size() < 32 || p.csrf.size() > 64) {
        p.csrf = auth::randomSecret(32);
        p.newCsrf = true;
    }
    if (ctx.request().method == "POST")
        p.form = portal::formFields(ctx.request().body);
    return p;
}

Response noPortal(RequestContext& ctx)
{
    PortalPage page(u"de"_s, u"Kontor"_s);
    page.heading(page.t(QT_TRANSLATE_NOOP("Portal", "Page not found")));
    page.paragraph(page.t(QT_TRANSLATE_NOOP("Portal", "There is nothing at this address.")));
    Q_UNUSED(ctx);
    return withPageHeaders(Response::html(404, page.render()), nullptr);
}

Response csrfFailed(const Portal& p)
{
    return simplePage(p, 403, QT_TRANSLATE_NOOP("Portal", "Form expired"),
                      QT_TRANSLATE_NOOP("Portal", "This form could not be checked. Go back, "
                                                  "reload the page and try again."));
}

Response limited(const Portal& p, const portal::RateLimit& limit)
{
    Response r = simplePage(p, 429, QT_TRANSLATE_NOOP("Portal", "Too many attempts"),
                            QT_TRANSLATE_NOOP("Portal", "There were too many attempts. Please "
                                                        "wait a few minutes and try again."));
    r.withHeader("Retry-After", QByteArray::number(limit.retryAfterSeconds()));
    return r;
}

QString addressBucket(const Portal& p)
{
    return u"portal-address:"_s + p.address();
}

// --- sign-in and sign-out ---

Response loginPage(const Portal& p, int status, bool failed)
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
    std::optional<Portal> p = open(ctx);
    if (!p)
        return noPortal(ctx);
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
        limit.reached(addressBucket(*p), limits.attemptsPerAddress))
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
        limit.count(addressBucket(*p));
        return loginPage(*p, 422, true);
    }
    const QString token =
        portal::startSession(ctx.db(), p->firm.id, *contactId, limits.sessionLifetime);
    Response r = redirect(&*p, u"/portal/"_s);
    r.withHeader("Set-Cookie",
                 portal::cookieHeader(portal::sessionCookie, token,
                                      qint64(limits.sessionLifetime.count()), p->secure));
    return r;
}

Response logout(RequestContext& ctx)
{
    std::optional<Portal> p = open(ctx);
    if (!p)
        return noPortal(ctx);
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

// --- activation (R-INV-6) and sign-up confirmation ---

Response linkInvalid(const Portal& p)
{
    return simplePage(p, 410, QT_TRANSLATE_NOOP("Portal", "This link does not work any more"),
                      QT_TRANSLATE_NOOP("Portal", "The link was already used, replaced by a "
                                                  "newer one or has expired. Ask your tax firm "
                                                  "to send you a new invitation."));
}

QString passwordError(const PortalPage& page, portal::PasswordProblem problem)
{
    switch (problem) {
    case portal::PasswordProblem::TooShort:
        return page.t(QT_TRANSLATE_NOOP("Portal", "The password needs at least 10 characters."));
    case portal::PasswordProblem::TooLong:
        return page.t(QT_TRANSLATE_NOOP("Portal", "The password may have at most 256 "
                                                  "characters."));
    case portal::PasswordProblem::Common:
        return page.t(QT_TRANSLATE_NOOP("Portal", "This password is one of the most common "
                                                  "ones and easy to guess. Choose another."));
    case portal::PasswordProblem::Mismatch:
        return page.t(QT_TRANSLATE_NOOP("Portal", "The two passwords are not the same."));
    case portal::PasswordProblem::None:
        break;
    }
    return {};
}

Response activatePage(const Portal& p, int status, const invitations::Invitation& inv,
                      const QString& token, portal::PasswordProblem problem)
{
    PortalPage page = p.page();
    page.heading(inv.kind == u"signup"
                     ? page.t(QT_TRANSLATE_NOOP("Portal", "Confirm your registration"))
                     : page.t(QT_TRANSLATE_NOOP("Portal", "Activate your access")));
    page.paragraph(page.t(QT_TRANSLATE_NOOP("Portal", "Choose a password for %1."), {inv.email}));
    QString form = PortalPage::formStart(u"/portal/activate"_s, p.csrf);
    form += u"<input type=\"hidden\" name=\"token\" value=\""_s + esc(token) + u"\">\n"_s;
    const QString error = passwordError(page, problem);
    form +=
        page.field(u"password"_s, u"password"_s, page.t(QT_TRANSLATE_NOOP("Portal", "Password")),
                   {}, problem == portal::PasswordProblem::Mismatch ? QString() : error,
                   page.t(QT_TRANSLATE_NOOP("Portal", "At least 10 characters; any letters, "
                                                      "digits and symbols.")),
                   u"new-password"_s);
    form += page.field(u"password_confirm"_s, u"password"_s,
                       page.t(QT_TRANSLATE_NOOP("Portal", "Repeat the password")), {},
                       problem == portal::PasswordProblem::Mismatch ? error : QString(), {},
                       u"new-password"_s);
    form += u"<button type=\"submit\">"_s +
            page.t(QT_TRANSLATE_NOOP("Portal", "Save password and sign in")) +
            u"</button>\n</form>\n"_s;
    page.add(form);
    return answer(p, status, page);
}

Response activate(RequestContext& ctx)
{
    std::optional<Portal> p = open(ctx);
    if (!p)
        return noPortal(ctx);
    if (ctx.request().method == "GET") {
        // Only shows the form: mail scanners that follow links use nothing up.
        const QString token = ctx.request().queryValue(u"token"_s);
        const std::optional<invitations::Invitation> inv =
            invitations::findByToken(ctx.db(), token);
        if (!inv)
            return linkInvalid(*p);
        return activatePage(*p, 200, *inv, token, portal::PasswordProblem::None);
    }
    if (!portal::csrfMatches(ctx.request(), p->form.value(u"csrf"_s)))
        return csrfFailed(*p);
    const PortalSettings& limits = p->server().portal;
    const portal::RateLimit limit(ctx.db(), limits.limitWindow);
    if (limit.reached(addressBucket(*p), limits.attemptsPerAddress))
        return limited(*p, limit);
    limit.count(addressBucket(*p));
    const QString token = p->form.value(u"token"_s);
    const std::optional<invitations::Invitation> inv = invitations::findByToken(ctx.db(), token);
    if (!inv)
        return linkInvalid(*p);
    const QString password = p->form.value(u"password"_s);
    const portal::PasswordProblem problem =
        portal::checkPassword(password, p->form.value(u"password_confirm"_s));
    if (problem != portal::PasswordProblem::None)
        return activatePage(*p, 422, *inv, token, problem);
    // Hashing is slow: outside the transaction, which then only decides who used the token.
    const QByteArray hash = ctx.server().hasher.hash(portal::passwordBytes(password));
    if (hash.isEmpty())
        throw http::ApiError::internal();
    const invitations::Options options = p->server().invitationOptions();
    const std::optional<invitations::Invitation> used =
        storage::transact(ctx.db(), storage::TxMode::Write, [&](storage::Transaction& tx) {
            return invitations::activate(tx, token, hash, options);
        });
    if (!used)
        return linkInvalid(*p);
    ctx.server().jobs.wake(u"mail"_s);
    qCInfo(lcPortal).noquote() << "portal access activated for contact"
                               << core::toWireId(used->contactId);
    const QString session =
        portal::startSession(ctx.db(), used->firmId, used->contactId, limits.sessionLifetime);
    Response r = redirect(&*p, u"/portal/"_s);
    r.withHeader("Set-Cookie",
                 portal::cookieHeader(portal::sessionCookie, session,
                                      qint64(limits.sessionLifetime.count()), p->secure));
    return r;
}

// --- self sign-up (R-REG-1, R-INV-8) ---

Response signupPage(const Portal& p, int status, const domain::signup::Request& values,
                    const core::Violations& errors)
{
    PortalPage page = p.page();
    page.heading(page.t(QT_TRANSLATE_NOOP("Portal", "Register")));
    page.paragraph(page.t(QT_TRANSLATE_NOOP("Portal", "Register for the client portal of %1. "
                                                      "We will send you a link to confirm your "
                                                      "email address."),
                          {p.firm.name}));
    auto errorAt = [&](const QString& path) {
        for (const core::Violation& v : errors) {
            if (v.path() == path)
                return esc(v.message(page.translator()));
        }
        return QString();
    };
    QString form = PortalPage::formStart(u"/portal/signup"_s, p.csrf);
    form +=
        page.field(u"first_name"_s, u"text"_s, page.t(QT_TRANSLATE_NOOP("Portal", "First name")),
                   values.firstName, errorAt(u"first_name"_s), {}, u"given-name"_s);
    form += page.field(u"last_name"_s, u"text"_s, page.t(QT_TRANSLATE_NOOP("Portal", "Last name")),
                       values.lastName, errorAt(u"last_name"_s), {}, u"family-name"_s);
    form += page.field(u"email"_s, u"email"_s, page.t(QT_TRANSLATE_NOOP("Portal", "Email address")),
                       values.email, errorAt(u"email"_s), {}, u"email"_s);
    form += u"<button type=\"submit\">"_s + page.t(QT_TRANSLATE_NOOP("Portal", "Register")) +
            u"</button>\n</form>\n"_s;
    page.add(form);
    page.paragraph(page.t(QT_TRANSLATE_NOOP("Portal", "Already registered?")) +
                   u" <a href=\"/portal/login\">"_s +
                   page.t(QT_TRANSLATE_NOOP("Portal", "Sign in")) + u"</a>"_s);
    return answer(p, status, page);
}

Response signup(RequestContext& ctx)
{
    std::optional<Portal> p = open(ctx);
    if (!p)
        return noPortal(ctx);
    if (!p->settings.signupEnabled)
        return notFound(*p); // R-INV-8: the firm turned its sign-up link off
    if (ctx.request().method == "GET")
        return signupPage(*p, 200, {}, {});
    if (!portal::csrfMatches(ctx.request(), p->form.value(u"csrf"_s)))
        return csrfFailed(*p);
    const domain::signup::Request request{p->form.value(u"first_name"_s).left(500),
                                          p->form.value(u"last_name"_s).left(500),
                                          p->form.value(u"email"_s).left(500)};
    const core::Violations errors = domain::signup::check(request);
    if (!errors.isEmpty())
        return signupPage(*p, 422, request, errors);
    const PortalSettings& limits = p->server().portal;
    const portal::RateLimit limit(ctx.db(), limits.limitWindow);
    const QString emailBucket = u"portal-signup:"_s + core::toWireId(p->firm.id) + u':' +
                                core::normalizedEmail(request.email);
    if (limit.reached(emailBucket, limits.signupsPerEmail) ||
        limit.reached(addressBucket(*p), limits.attemptsPerAddress))
        return limited(*p, limit);
    limit.count(emailBucket);
    limit.count(addressBucket(*p));
    const invitations::Options options = p->server().invitationOptions();
    storage::transact(ctx.db(), storage::TxMode::Write, [&](storage::Transaction& tx) {
        domain::signup::registerClient(tx, p->firm.id, request, options);
    });
    ctx.server().jobs.wake(u"mail"_s);
    // The same page whether the address was known or not.
    return simplePage(*p, 200, QT_TRANSLATE_NOOP("Portal", "Check your inbox"),
                      QT_TRANSLATE_NOOP("Portal", "We sent a link to the email address you "
                                                  "gave. Open it to choose your password and "
                                                  "finish the registration."));
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
    std::optional<Portal> p = open(ctx);
    if (!p)
        return noPortal(ctx);
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
        r.add(method, u"/portal/activate"_s, activate, {formLimit});
        r.add(method, u"/portal/signup"_s, signup, {formLimit});
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
