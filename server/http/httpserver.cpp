#include "httpserverimpl.h"

#include "apierror.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>

#include <csignal>

Q_LOGGING_CATEGORY(lcHttp, "kontor.server.http")
Q_LOGGING_CATEGORY(lcAccess, "kontor.server.access")

using namespace Qt::StringLiterals;

namespace kontor::server::http {

HttpServer::HttpServer(HttpConfig config, HttpHooks hooks)
    : d(std::make_unique<HttpServerImpl>(std::move(config), std::move(hooks)))
{
}

HttpServer::~HttpServer() = default;

bool HttpServer::listen(QString* error)
{
    return d->listen(error);
}

quint16 HttpServer::boundPort() const
{
    return d->boundPort;
}

void HttpServer::run()
{
    d->run();
}

void HttpServer::stop()
{
    d->requestStop();
}

void HttpServer::onStopping(std::function<void()> callback)
{
    d->stoppingCallback = std::move(callback);
}

HttpServerImpl::HttpServerImpl(HttpConfig config_, HttpHooks hooks_)
    : config(std::move(config_))
    , hooks(std::move(hooks_))
    , ioc(std::max(1, config.ioThreads))
    , m_acceptor(ioc)
    , m_signals(ioc, SIGTERM, SIGINT)
    , m_drainTimer(ioc)
    , m_acceptRetry(ioc)
{
}

bool HttpServerImpl::listen(QString* error)
{
    beast::error_code ec;
    const auto address = net::ip::make_address(config.host.toStdString(), ec);
    if (ec) {
        *error = u"invalid listen address %1"_s.arg(config.host);
        return false;
    }
    const tcp::endpoint endpoint(address, config.port);
    m_acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        m_acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec)
        m_acceptor.bind(endpoint, ec);
    if (!ec)
        m_acceptor.listen(net::socket_base::max_listen_connections, ec);
    if (ec) {
        *error = QString::fromStdString(ec.message());
        return false;
    }
    boundPort = m_acceptor.local_endpoint().port();
    return true;
}

void HttpServerImpl::run()
{
    pool = std::make_unique<HandlerPool>(config.handlerThreads, hooks.handlerThreadStarted,
                                         hooks.handlerThreadFinished);
    m_signals.async_wait([this](beast::error_code ec, int signal) {
        if (!ec) {
            qCInfo(lcHttp) << "signal" << signal << "received: finishing running requests";
            beginDrain();
        }
    });
    accept();
    std::vector<std::thread> extra;
    for (int i = 1; i < config.ioThreads; ++i)
        extra.emplace_back([this] { ioc.run(); });
    ioc.run();
    for (std::thread& t : extra)
        t.join();
    pool->stop();
    qCInfo(lcHttp) << "stopped";
}

void HttpServerImpl::requestStop()
{
    net::post(ioc, [this] { beginDrain(); });
}

void HttpServerImpl::accept()
{
    m_acceptor.async_accept(
        net::make_strand(ioc),
        [this](beast::error_code ec, tcp::socket socket) { onAccept(ec, std::move(socket)); });
}

void HttpServerImpl::onAccept(beast::error_code ec, tcp::socket socket)
{
    if (m_draining)
        return;
    if (ec) {
        // Out of file descriptors and the like: wait a little instead of spinning.
        qCWarning(lcHttp) << "accept failed:" << ec.message().c_str();
        m_acceptRetry.expires_after(std::chrono::milliseconds(100));
        m_acceptRetry.async_wait([this](beast::error_code waitError) {
            if (!waitError && !m_draining)
                accept();
        });
        return;
    }
    std::size_t open = 0;
    {
        std::lock_guard lock(m_mutex);
        open = m_sessions.size();
    }
    if (open >= std::size_t(config.maxConnections))
        refuse(std::move(socket));
    else
        std::make_shared<HttpSession>(std::move(socket), *this)->start();
    accept();
}

void HttpServerImpl::refuse(tcp::socket socket)
{
    // Over the cap: a short 503 and close, without reading the request or keeping any state.
    const Response r = toResponse(
        ApiError(503, u"too_many_connections"_s,
                 QT_TRANSLATE_NOOP("Server", "The server has too many open connections. Try "
                                             "again in a moment."))
            .withHeader("Retry-After", "1"),
        {});
    auto text = std::make_shared<std::string>(
        "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nConnection: "
        "close\r\nRetry-After: 1\r\nContent-Length: " +
        std::to_string(r.body.size()) + "\r\n\r\n" + r.body.toStdString());
    auto s = std::make_shared<tcp::socket>(std::move(socket));
    qCWarning(lcHttp) << "connection refused: cap of" << config.maxConnections << "reached";
    net::async_write(*s, net::buffer(*text), [s, text](beast::error_code, std::size_t) {
        beast::error_code ignored;
        s->shutdown(tcp::socket::shutdown_both, ignored);
        s->close(ignored);
    });
}

void HttpServerImpl::sessionStarted(const std::shared_ptr<HttpSession>& session)
{
    std::lock_guard lock(m_mutex);
    m_sessions.emplace(session.get(), session);
}

void HttpServerImpl::sessionEnded(HttpSession* session)
{
    {
        std::lock_guard lock(m_mutex);
        m_sessions.erase(session);
    }
    if (m_draining)
        net::post(ioc, [this] { finishIfDrained(); });
}

void HttpServerImpl::beginDrain()
{
    if (m_draining.exchange(true))
        return;
    if (stoppingCallback)
        stoppingCallback();
    beast::error_code ignored;
    m_acceptor.close(ignored);
    m_acceptRetry.cancel();
    m_signals.cancel();
    std::vector<std::shared_ptr<HttpSession>> sessions;
    {
        std::lock_guard lock(m_mutex);
        for (auto& [raw, weak] : m_sessions) {
            if (auto s = weak.lock())
                sessions.push_back(std::move(s));
        }
    }
    for (auto& s : sessions)
        s->drain();
    m_drainTimer.expires_after(config.drainTimeout);
    m_drainTimer.async_wait([this](beast::error_code ec) {
        if (ec)
            return;
        qCWarning(lcHttp) << "drain timeout: closing the remaining connections";
        std::lock_guard lock(m_mutex);
        for (auto& [raw, weak] : m_sessions) {
            if (auto s = weak.lock())
                s->abort();
        }
    });
    finishIfDrained();
}

void HttpServerImpl::finishIfDrained()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_sessions.empty())
            return;
    }
    if (m_stopped.exchange(true))
        return;
    m_drainTimer.cancel();
    ioc.stop();
}

} // namespace kontor::server::http
