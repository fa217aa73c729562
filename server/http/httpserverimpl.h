#pragma once

// Internal to the HTTP layer: the listener and the per-connection sessions.

#include "handlerpool.h"
#include "httpserver.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <QLoggingCategory>

#include <atomic>
#include <mutex>
#include <unordered_map>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcAccess)

namespace kontor::server::http {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = boost::asio::ip::tcp;

class HttpSession;
struct ApiError;

class HttpServerImpl {
public:
    HttpServerImpl(HttpConfig config, HttpHooks hooks);

    bool listen(QString* error);
    void run();
    void requestStop();

    // Called by sessions (from their strands).
    void sessionStarted(const std::shared_ptr<HttpSession>& session);
    void sessionEnded(HttpSession* session);
    bool draining() const { return m_draining.load(); }

    const HttpConfig config;
    const HttpHooks hooks;
    net::io_context ioc;
    std::unique_ptr<HandlerPool> pool;
    std::function<void()> stoppingCallback;

private:
    void accept();
    void onAccept(beast::error_code ec, tcp::socket socket);
    void refuse(tcp::socket socket);
    void beginDrain();
    void finishIfDrained();

    tcp::acceptor m_acceptor;
    net::signal_set m_signals;
    net::steady_timer m_drainTimer;
    net::steady_timer m_acceptRetry;
    std::atomic<bool> m_draining{false};
    std::atomic<bool> m_stopped{false};
    std::mutex m_mutex;
    std::unordered_map<HttpSession*, std::weak_ptr<HttpSession>> m_sessions;

public:
    quint16 boundPort = 0;
};

/// One TCP connection: reads requests one after another (keep-alive), hands each to the handler
/// pool and writes the answer. All its work runs on its own strand.
class HttpSession : public std::enable_shared_from_this<HttpSession> {
public:
    HttpSession(tcp::socket&& socket, HttpServerImpl& server);
    ~HttpSession();

    void start();
    /// Graceful stop: close now when idle, else after the running request is answered.
    void drain();
    /// Hard stop when draining took too long.
    void abort();

private:
    enum class State { Idle, Reading, Handling, Writing, Closing };

    void waitForRequest();
    void readHeader();
    void onHeader(beast::error_code ec);
    void readBody();
    void onBody(beast::error_code ec);
    void handle();
    void write(Response response, bool keepAlive, bool requestComplete);
    void onWritten(beast::error_code ec, bool keepAlive, bool requestComplete);
    void failRead(beast::error_code ec);
    void fail(const ApiError& error);
    void lingerAndClose();
    void lingerRead();
    void close();
    void logAccess(int status, std::size_t bytes);

    HttpServerImpl& m_server;
    beast::tcp_stream m_stream;
    beast::flat_buffer m_buffer;
    std::optional<bhttp::request_parser<bhttp::string_body>> m_parser;
    std::shared_ptr<bhttp::response<bhttp::string_body>> m_response;
    std::shared_ptr<bhttp::response<bhttp::empty_body>> m_continue;
    Request m_request;
    State m_state = State::Idle;
    bool m_drainRequested = false;
    QString m_remote;
    std::array<char, 4096> m_scratch{};
};

} // namespace kontor::server::http
