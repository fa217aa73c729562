#include "requestcontext.h"
#include "routes.h"
#include "servercontext.h"

namespace kontor::server {

void addSyncRoutes(ServerContext&) {}
void addOpenApiRoutes(ServerContext&) {}

} // namespace kontor::server
