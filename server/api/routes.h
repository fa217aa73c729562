#pragma once

namespace kontor::server {

class ServerContext;

// Each API module adds its routes (and background jobs) here; registerModules() calls them
// all. A new module (portal pages, invitations, mail outbox) adds one function and one line.
void addSessionRoutes(ServerContext& server);
void addAccountRoutes(ServerContext& server);
void addContactRoutes(ServerContext& server);
void addReferenceRoutes(ServerContext& server);
void addNotificationRoutes(ServerContext& server);
void addSyncRoutes(ServerContext& server);
void addOpenApiRoutes(ServerContext& server);
void addMaintenanceJobs(ServerContext& server);
void addInvitationRoutes(ServerContext& server);
void addMailJobs(ServerContext& server);
void addPortalRoutes(ServerContext& server);
void addPortalAccessRoutes(ServerContext& server);

inline void registerModules(ServerContext& server)
{
    addSessionRoutes(server);
    addAccountRoutes(server);
    addContactRoutes(server);
    addReferenceRoutes(server);
    addNotificationRoutes(server);
    addSyncRoutes(server);
    addOpenApiRoutes(server);
    addMaintenanceJobs(server);
    addInvitationRoutes(server);
    addMailJobs(server);
    addPortalRoutes(server);
    addPortalAccessRoutes(server);
}

} // namespace kontor::server
