#include "servercontext.h"

#include "storage/query.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace kontor::server {

ServerContext::ServerContext(ServerSettings settings_)
    : settings(std::move(settings_))
    , hasher(settings.passwordCost)
    , auth(hasher, settings.auth)
    , jobs(settings.database)
    , processId(storage::idText(storage::newId()))
{
}

domain::invitations::Options ServerSettings::invitationOptions() const
{
    domain::invitations::Options o;
    o.publicUrl = publicUrl;
    // A host name of the public URL makes a sender address; an IP address or "localhost" does
    // not, and such a test or intranet setup gets a placeholder (set --mail-from in production).
    static const QRegularExpression ipv4(u"^[0-9.]+$"_s);
    const QString host = QUrl(publicUrl).host();
    const bool named = host.contains(u'.') && !host.contains(u':') && !ipv4.match(host).hasMatch();
    o.mailFrom = !mailFrom.isEmpty() ? mailFrom
                 : named             ? u"kontor@"_s + host
                                     : u"kontor@kontor.invalid"_s;
    o.validityMs = invitationValidityMs;
    return o;
}

} // namespace kontor::server
