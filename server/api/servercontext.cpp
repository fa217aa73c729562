#include "servercontext.h"

#include "storage/query.h"

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
    o.mailFrom = mailFrom.isEmpty()
                     ? u"kontor@"_s + (QUrl(publicUrl).host().isEmpty() ? u"localhost"_s
                                                                        : QUrl(publicUrl).host())
                     : mailFrom;
    o.validityMs = invitationValidityMs;
    return o;
}

} // namespace kontor::server
