#include "server.h"

#include "api/requestcontext.h"
#include "api/routes.h"
#include "storage/migrations.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcServer, "kontor.server")

using namespace Qt::StringLiterals;

namespace kontor::server {

namespace {
thread_local std::unique_ptr<storage::Database> t_database;
}

Server::Server(ServerSettings settings, http::HttpConfig httpConfig)
    : m_context(std::move(settings))
    , m_http(httpConfig,
             http::HttpHooks{
                 [this](http::Request& r) { return dispatch(r); },
                 [this](const http::Request& r) -> std::optional<qint64> {
                     const auto match = m_context.router.match(r.method, r.path);
                     return match.route ? match.route->options.bodyLimit : std::nullopt;
                 },
                 [this] {
                     t_database = std::make_unique<storage::Database>(m_context.settings.database);
                     QString error;
                     if (!t_database->open(&error))
                         qCWarning(lcServer) << "handler thread: cannot open database:" << error;
                     storage::Database::setCurrent(t_database.get());
                 },
                 [] {
                     storage::Database::setCurrent(nullptr);
                     t_database.reset();
                 }})
{
    registerModules(m_context);
}

bool Server::start(QString* error)
{
    {
        storage::Database db(m_context.settings.database);
        if (!db.open(error))
            return false;
        if (!storage::Migrations::migrate(db, error))
            return false;
    }
    return m_http.listen(error);
}

void Server::run()
{
    m_context.jobs.start();
    m_http.onStopping([this] { m_context.jobs.stop(); });
    m_http.run();
    m_context.jobs.stop();
}

http::Response Server::dispatch(http::Request& request)
{
    const QByteArray language = request.header("accept-language");
    const http::Router::Match match = m_context.router.match(request.method, request.path);
    if (!match.route) {
        if (!match.allowedMethods.isEmpty()) {
            http::ApiError error(405, u"method_not_allowed"_s,
                                 QT_TRANSLATE_NOOP("Server", "This address does not support "
                                                             "the method %1."),
                                 {QString::fromLatin1(request.method)});
            error.withHeader("Allow", match.allowedMethods.join(", "));
            return toResponse(error, language);
        }
        return toResponse(http::ApiError(404, u"route_not_found"_s,
                                         QT_TRANSLATE_NOOP("Server", "There is nothing at this "
                                                                     "address.")),
                          language);
    }
    request.pathParams = match.params;
    storage::Database* db = storage::Database::current();
    QString openError;
    if (!db || (!db->isOpen() && !db->reopen(&openError))) {
        qCWarning(lcServer) << request.requestId << "database unavailable:" << openError;
        return toResponse(http::ApiError(503, u"storage_unavailable"_s,
                                         QT_TRANSLATE_NOOP("Server", "The database is not "
                                                                     "reachable. Try again "
                                                                     "later.")),
                          language);
    }
    RequestContext context(m_context, request, *db);
    try {
        return match.route->handler(context);
    } catch (const http::ApiError& e) {
        return toResponse(e, language);
    } catch (const storage::StorageError& e) {
        qCWarning(lcServer).noquote() << request.requestId << "storage error:" << e.what();
        if (e.connectionLost()) {
            db->reopen(&openError);
            return toResponse(http::ApiError(503, u"storage_unavailable"_s,
                                             QT_TRANSLATE_NOOP("Server", "The database is not "
                                                                         "reachable. Try again "
                                                                         "later.")),
                              language);
        }
    } catch (const std::exception& e) {
        qCWarning(lcServer).noquote() << request.requestId << "handler failed:" << e.what();
    }
    return toResponse(http::ApiError::internal(), language);
}

} // namespace kontor::server
