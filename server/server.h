#pragma once

#include "api/servercontext.h"
#include "http/httpserver.h"

namespace kontor::server {

/// `kontor-server serve`: migrates the database, registers the API modules, and runs the HTTP
/// server with one SQL connection per handler thread and the background jobs beside it.
class Server {
public:
    Server(ServerSettings settings, http::HttpConfig http);

    /// Opens the database, migrates it and binds the port. False with @p error on failure.
    bool start(QString* error);
    quint16 port() const { return m_http.boundPort(); }
    /// Serves until SIGTERM/SIGINT; returns after draining.
    void run();

    ServerContext& context() { return m_context; }

private:
    http::Response dispatch(http::Request& request);

    ServerContext m_context;
    http::HttpServer m_http;
};

} // namespace kontor::server
