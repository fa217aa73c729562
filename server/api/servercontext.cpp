#include "servercontext.h"

namespace kontor::server {

ServerContext::ServerContext(ServerSettings settings_)
    : settings(std::move(settings_))
    , hasher(settings.passwordCost)
    , auth(hasher, settings.auth)
    , jobs(settings.database)
{
}

} // namespace kontor::server
