// The client portal's ways in (R-INV-6, R-REG-1, R-INV-8): activation through an invitation
// or sign-up link, and self sign-up. Answers for known and unknown email addresses are the
// same in status, body and work done.
#include "requestcontext.h"
#include "routes.h"
#include "servercontext.h"

#include "core/emailaddress.h"
#include "core/wireformat.h"
#include "domain/invitations.h"
#include "domain/signup.h"
#include "http/apierror.h"
#include "portal/passwordpolicy.h"
#include "portal/portalrequest.h"
#include "storage/transaction.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPortal, "kontor.server.portal")

using namespace Qt::StringLiterals;

namespace kontor::server {

using http::Response;
using namespace portal; // the answers of portal/portalrequest.h
namespace invitations = domain::invitations;

namespace {

constexpr qint64 formLimit = 16 * 1024;

// --- activation (R-INV-6) and sign-up confirmation ---

Response linkInvalid(const PortalRequest& p)
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

Response activatePage(const PortalRequest& p, int status, const invitations::Invitation& inv,
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
    std::optional<PortalRequest> p = PortalRequest::open(ctx);
    if (!p)
        return noPortal();
    if (ctx.request().method == "GET") {
        // Only shows the form, so a mail scanner that opens the link does not use it up.
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
    if (limit.reached(p->addressBucket(), limits.attemptsPerAddress))
        return limited(*p, limit);
    limit.count(p->addressBucket());
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
    return signedIn(
        *p, portal::startSession(ctx.db(), used->firmId, used->contactId, limits.sessionLifetime),
        u"/portal/"_s);
}

// --- self sign-up (R-REG-1, R-INV-8) ---

Response signupPage(const PortalRequest& p, int status, const domain::signup::Request& values,
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
    std::optional<PortalRequest> p = PortalRequest::open(ctx);
    if (!p)
        return noPortal();
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
        limit.reached(p->addressBucket(), limits.attemptsPerAddress))
        return limited(*p, limit);
    limit.count(emailBucket);
    limit.count(p->addressBucket());
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

} // namespace

void addPortalAccessRoutes(ServerContext& server)
{
    http::Router& r = server.router;
    for (const QByteArray& method : {QByteArray("GET"), QByteArray("POST")}) {
        r.add(method, u"/portal/activate"_s, activate, {formLimit});
        r.add(method, u"/portal/signup"_s, signup, {formLimit});
    }
}

} // namespace kontor::server
