#include "portalrequest.h"

#include "api/servercontext.h"
#include "auth/tokens.h"
#include "domain/firms.h"

using namespace Qt::StringLiterals;

namespace kontor::server::portal {

using http::Response;

namespace {
constexpr qint64 csrfCookieSeconds = 24 * 3600;
} // namespace

const ServerSettings& PortalRequest::server() const
{
    return ctx.server().settings;
}

QString PortalRequest::addressBucket() const
{
    return u"portal-address:"_s + ctx.request().remoteAddress;
}

std::optional<PortalRequest> PortalRequest::open(RequestContext& ctx)
{
    const std::optional<PortalFirm> firm =
        portalFirm(ctx.db(), ctx.server().settings.portal.firmName);
    if (!firm)
        return std::nullopt;
    PortalRequest p{ctx,   *firm, domain::firms::loadSettings(ctx.db(), firm->id), false, {},
                    false, {}};
    p.secure = ctx.server().settings.publicUrl.startsWith(u"https://"_s);
    p.csrf = cookieValue(ctx.request(), csrfCookie);
    if (p.csrf.size() < 32 || p.csrf.size() > 64) {
        p.csrf = auth::randomSecret(32);
        p.newCsrf = true;
    }
    if (ctx.request().method == "POST")
        p.form = formFields(ctx.request().body);
    return p;
}

Response withPageHeaders(Response r, const PortalRequest* p)
{
    r.withHeader("Content-Security-Policy",
                 "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                 "frame-ancestors 'none'; base-uri 'none'")
        .withHeader("Referrer-Policy", "no-referrer")
        .withHeader("X-Frame-Options", "DENY")
        .withHeader("X-Content-Type-Options", "nosniff");
    if (p && p->newCsrf)
        r.withHeader("Set-Cookie", cookieHeader(csrfCookie, p->csrf, csrfCookieSeconds, p->secure));
    return r;
}

Response answer(const PortalRequest& p, int status, const PortalPage& page)
{
    return withPageHeaders(Response::html(status, page.render()), &p);
}

Response redirect(const PortalRequest* p, const QString& location)
{
    Response r = Response::html(303, {});
    r.withHeader("Location", location.toUtf8());
    return withPageHeaders(std::move(r), p);
}

Response simplePage(const PortalRequest& p, int status, const char* heading, const char* text)
{
    PortalPage page = p.page();
    page.heading(page.t(heading));
    page.paragraph(page.t(text));
    return answer(p, status, page);
}

Response notFound(const PortalRequest& p)
{
    return simplePage(p, 404, QT_TRANSLATE_NOOP("Portal", "Page not found"),
                      QT_TRANSLATE_NOOP("Portal", "There is nothing at this address."));
}

Response noPortal()
{
    PortalPage page(u"de"_s, u"Kontor"_s);
    page.heading(page.t(QT_TRANSLATE_NOOP("Portal", "Page not found")));
    page.paragraph(page.t(QT_TRANSLATE_NOOP("Portal", "There is nothing at this address.")));
    return withPageHeaders(Response::html(404, page.render()), nullptr);
}

Response csrfFailed(const PortalRequest& p)
{
    return simplePage(p, 403, QT_TRANSLATE_NOOP("Portal", "Form expired"),
                      QT_TRANSLATE_NOOP("Portal", "This form could not be checked. Go back, "
                                                  "reload the page and try again."));
}

Response limited(const PortalRequest& p, const RateLimit& limit)
{
    Response r = simplePage(p, 429, QT_TRANSLATE_NOOP("Portal", "Too many attempts"),
                            QT_TRANSLATE_NOOP("Portal", "There were too many attempts. Please "
                                                        "wait a few minutes and try again."));
    r.withHeader("Retry-After", QByteArray::number(limit.retryAfterSeconds()));
    return r;
}

Response signedIn(const PortalRequest& p, const QString& sessionToken, const QString& location)
{
    Response r = redirect(&p, location);
    r.withHeader("Set-Cookie",
                 cookieHeader(sessionCookie, sessionToken,
                              qint64(p.server().portal.sessionLifetime.count()), p.secure));
    return r;
}

} // namespace kontor::server::portal
