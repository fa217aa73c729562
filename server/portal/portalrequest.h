#pragma once

#include "portalpage.h"
#include "portalsession.h"

#include "api/requestcontext.h"
#include "core/firmsettings.h"
#include "http/httpmessage.h"

#include <optional>

namespace kontor::server {
struct ServerSettings;
}

namespace kontor::server::portal {

/// One portal request: the firm whose portal this is, its settings, the CSRF token of the
/// page's forms (a new one is set as a cookie with the answer) and the posted form fields.
struct PortalRequest {
    RequestContext& ctx;
    PortalFirm firm;
    core::FirmSettings settings;
    bool secure = false;  ///< the public URL is https: cookies get Secure
    QString csrf;         ///< the CSRF token of this page's forms
    bool newCsrf = false; ///< set it as a cookie with the answer
    QHash<QString, QString> form;

    PortalPage page() const { return PortalPage(settings.language, firm.name); }
    const ServerSettings& server() const;
    storage::Database& db() const { return ctx.db(); }
    /// The rate-limit bucket of the client's address.
    QString addressBucket() const;

    /// Nothing when this server shows no firm's portal (see README: --portal-firm).
    static std::optional<PortalRequest> open(RequestContext& ctx);
};

/// The answers every portal page uses; all carry the security headers (CSP, no referrer,
/// no framing) and the new CSRF cookie when there is one.
http::Response withPageHeaders(http::Response r, const PortalRequest* p);
http::Response answer(const PortalRequest& p, int status, const PortalPage& page);
http::Response redirect(const PortalRequest* p, const QString& location);
http::Response simplePage(const PortalRequest& p, int status, const char* heading,
                          const char* text);
http::Response notFound(const PortalRequest& p);
/// 404 when the server has no portal firm.
http::Response noPortal();
http::Response csrfFailed(const PortalRequest& p);
http::Response limited(const PortalRequest& p, const RateLimit& limit);
/// 303 to @p location with the session cookie set.
http::Response signedIn(const PortalRequest& p, const QString& sessionToken,
                        const QString& location);

} // namespace kontor::server::portal
