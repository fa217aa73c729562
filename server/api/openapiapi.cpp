#include "requestcontext.h"
#include "routes.h"
#include "servercontext.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace kontor::server {

void addOpenApiRoutes(ServerContext& server)
{
    // For load balancers and the benchmark's baseline: no database, no authentication.
    server.router.add("GET", u"/api/v1/health"_s, [](RequestContext&) {
        return http::Response::json({{u"status"_s, u"ok"_s}});
    });
    // The contract is kept beside the code (api/openapi.json) and embedded; the suite
    // tst_serveropenapi checks real answers against it.
    server.router.add("GET", u"/api/v1/openapi.json"_s, [](RequestContext&) {
        static const QByteArray document = [] {
            QFile file(u":/kontor/api/openapi.json"_s);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        http::Response r;
        r.body = document;
        return r;
    });
}

} // namespace kontor::server
