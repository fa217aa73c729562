#pragma once

#include "httpmessage.h"

#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace kontor::server::http {

/// Limits and sizes of the HTTP server. The defaults suit production; tests shrink them.
struct HttpConfig {
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 8080;
    int ioThreads = 2;
    int handlerThreads = 4;
    qint64 bodyLimit = 10 * 1024 * 1024; ///< default per request; routes may set their own
    quint32 headerLimit = 16 * 1024;     ///< request line and headers together
    std::chrono::milliseconds readTimeout{15'000}; ///< from the first byte to the whole request
    std::chrono::milliseconds idleTimeout{60'000}; ///< waiting for the next request
    std::chrono::milliseconds writeTimeout{30'000};
    std::chrono::milliseconds drainTimeout{30'000}; ///< SIGTERM: longest wait for running work
    int maxConnections = 1000;
};

/// What the server calls back. `dispatch` runs on a handler thread, never on an I/O thread;
/// `bodyLimit` runs on an I/O thread once the header is read and must be cheap.
struct HttpHooks {
    std::function<Response(Request&)> dispatch;
    std::function<std::optional<qint64>(const Request&)> bodyLimit;
    std::function<void()> handlerThreadStarted;  ///< e.g. open this thread's SQL connection
    std::function<void()> handlerThreadFinished; ///< e.g. close it
};

class HttpServerImpl;

/// The HTTP/1.1 server on Boost.Beast: I/O threads read and write, a separate pool runs the
/// handlers (so Argon2id or a slow query never stalls other connections). Keep-alive, body and
/// header limits, read/idle/write timeouts, a cap on open connections, an access log with a
/// request id, and a graceful stop on SIGTERM/SIGINT: stop accepting, close idle connections,
/// finish running requests, return.
class HttpServer {
public:
    HttpServer(HttpConfig config, HttpHooks hooks);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    /// Binds the listening socket (port 0 picks a free port). False with @p error on failure.
    bool listen(QString* error);
    quint16 boundPort() const;
    /// Serves until SIGTERM/SIGINT or stop(); returns when every connection is closed.
    void run();
    /// Starts the same graceful stop a signal does (thread-safe).
    void stop();
    /// Called when the first stop request arrives (before draining), e.g. to stop jobs.
    void onStopping(std::function<void()> callback);

private:
    std::unique_ptr<HttpServerImpl> d;
};

} // namespace kontor::server::http
