#include "apierror.h"
#include "httpserverimpl.h"

#include <QRandomGenerator>
#include <QStringDecoder>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>

using namespace Qt::StringLiterals;

namespace kontor::server::http {

namespace {

// The client's X-Request-Id when it is short and plain, so it can be followed across systems;
// otherwise a fresh one.
QByteArray requestIdFrom(const QByteArray& given)
{
    const bool sane =
        !given.isEmpty() && given.size() <= 64 &&
        std::all_of(given.begin(), given.end(), [](char c) {
            return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
        });
    if (sane)
        return given;
    quint64 words[2];
    QRandomGenerator::global()->fillRange(words);
    return QByteArray(reinterpret_cast<const char*>(words), sizeof(words)).toHex();
}

bool isUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)decoder.decode(bytes).operator QString();
    return !decoder.hasError();
}

QByteArray view(beast::string_view s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

} // namespace

HttpSession::HttpSession(tcp::socket&& socket, HttpServerImpl& server)
    : m_server(server)
    , m_stream(std::move(socket))
{
    beast::error_code ec;
    const tcp::endpoint remote = m_stream.socket().remote_endpoint(ec);
    if (!ec)
        m_remote = QString::fromStdString(remote.address().to_string());
}

HttpSession::~HttpSession()
{
    m_server.sessionEnded(this);
}

void HttpSession::start()
{
    m_server.sessionStarted(shared_from_this());
    net::dispatch(m_stream.get_executor(), [self = shared_from_this()] { self->waitForRequest(); });
}

void HttpSession::drain()
{
    net::post(m_stream.get_executor(), [self = shared_from_this()] {
        self->m_drainRequested = true;
        // Idle and nothing sent: close. A request already on its way is read and answered.
        beast::error_code ec;
        if (self->m_state == State::Idle && self->m_stream.socket().available(ec) == 0)
            self->close();
    });
}

void HttpSession::abort()
{
    net::post(m_stream.get_executor(), [self = shared_from_this()] { self->close(); });
}

void HttpSession::waitForRequest()
{
    m_state = State::Idle;
    if (m_drainRequested || m_server.draining()) {
        close();
        return;
    }
    if (m_buffer.size() > 0) {
        readHeader();
        return;
    }
    // Idle: wait for the first byte of the next request at most idleTimeout.
    m_stream.expires_after(m_server.config.idleTimeout);
    m_stream.async_read_some(m_buffer.prepare(4096),
                             [self = shared_from_this()](beast::error_code ec, std::size_t n) {
                                 if (ec || self->m_state == State::Closing) {
                                     self->close();
                                     return;
                                 }
                                 self->m_buffer.commit(n);
                                 self->readHeader();
                             });
}

void HttpSession::readHeader()
{
    m_state = State::Reading;
    m_request = Request{};
    m_request.received = std::chrono::steady_clock::now();
    m_parser.emplace();
    m_parser->header_limit(m_server.config.headerLimit);
    // The body limit depends on the route, known only once the header is read. (Not
    // boost::none: Beast 1.74 compares the length against an empty optional and fails.)
    m_parser->body_limit(std::numeric_limits<std::uint64_t>::max());
    // One deadline for the whole request: a client that trickles bytes cannot stretch it.
    m_stream.expires_after(m_server.config.readTimeout);
    bhttp::async_read_header(
        m_stream, m_buffer, *m_parser,
        [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onHeader(ec); });
}

void HttpSession::onHeader(beast::error_code ec)
{
    if (ec) {
        failRead(ec);
        return;
    }
    const auto& header = m_parser->get();
    Request& r = m_request;
    r.method = view(header.method_string());
    r.target = view(header.target());
    for (const auto& field : header)
        r.headers.insert(view(field.name_string()).toLower(), view(field.value()));
    r.remoteAddress = m_remote;
    r.requestId = requestIdFrom(r.header("x-request-id"));
    r.keepAlive = header.keep_alive();

    if (!r.target.startsWith('/')) {
        fail(ApiError::badRequest(u"bad_target"_s, QT_TRANSLATE_NOOP("Server", "The request "
                                                                               "target must be "
                                                                               "a path.")));
        return;
    }
    const qsizetype q = r.target.indexOf('?');
    const QByteArray rawPath = r.target.left(q < 0 ? r.target.size() : q);
    QByteArray rawQuery = q < 0 ? QByteArray() : r.target.mid(q + 1);
    rawQuery.replace('+', "%20");
    const QByteArray path = QByteArray::fromPercentEncoding(rawPath);
    if (!isUtf8(path) || !isUtf8(QByteArray::fromPercentEncoding(rawQuery))) {
        fail(ApiError::badRequest(u"invalid_utf8"_s,
                                  QT_TRANSLATE_NOOP("Server", "The address is not valid UTF-8.")));
        return;
    }
    r.path = QString::fromUtf8(path);
    r.query.setQuery(QString::fromUtf8(rawQuery));

    const qint64 limit = m_server.hooks.bodyLimit
                             ? m_server.hooks.bodyLimit(r).value_or(m_server.config.bodyLimit)
                             : m_server.config.bodyLimit;
    const auto length = m_parser->content_length();
    if (length && *length > quint64(limit)) {
        fail(ApiError(413, u"payload_too_large"_s,
                      QT_TRANSLATE_NOOP("Server", "The request body is larger than %1 bytes."),
                      {QString::number(limit)}));
        return;
    }
    m_parser->body_limit(quint64(limit));
    if (m_parser->is_done()) {
        handle();
        return;
    }
    if (beast::iequals(header[bhttp::field::expect], "100-continue")) {
        m_continue =
            std::make_shared<bhttp::response<bhttp::empty_body>>(bhttp::status::continue_, 11);
        bhttp::async_write(m_stream, *m_continue,
                           [self = shared_from_this()](beast::error_code writeError, std::size_t) {
                               if (writeError)
                                   self->close();
                               else
                                   self->readBody();
                           });
        return;
    }
    readBody();
}

void HttpSession::readBody()
{
    bhttp::async_read(
        m_stream, m_buffer, *m_parser,
        [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onBody(ec); });
}

void HttpSession::onBody(beast::error_code ec)
{
    if (ec) {
        failRead(ec);
        return;
    }
    handle();
}

void HttpSession::failRead(beast::error_code ec)
{
    if (ec == bhttp::error::body_limit) {
        fail(ApiError(413, u"payload_too_large"_s,
                      QT_TRANSLATE_NOOP("Server", "The request body is too large.")));
    } else if (ec == bhttp::error::header_limit) {
        fail(ApiError(431, u"header_too_large"_s,
                      QT_TRANSLATE_NOOP("Server", "The request headers are too large.")));
    } else if (ec == bhttp::error::end_of_stream || ec == net::error::eof ||
               ec == beast::error::timeout || ec == net::error::operation_aborted ||
               ec == net::error::connection_reset || ec == bhttp::error::partial_message) {
        // The client left or was too slow: nobody to answer.
        qCDebug(lcHttp) << "connection from" << m_remote << "closed:" << ec.message().c_str();
        close();
    } else {
        fail(ApiError::badRequest(u"bad_request"_s,
                                  QT_TRANSLATE_NOOP("Server", "The HTTP request is malformed.")));
    }
}

void HttpSession::fail(const ApiError& error)
{
    if (m_request.requestId.isEmpty())
        m_request.requestId = requestIdFrom({});
    write(toResponse(error, m_request.header("accept-language")), false, false);
}

void HttpSession::handle()
{
    m_state = State::Handling;
    m_request.body = QByteArray::fromStdString(m_parser->get().body());
    m_parser.reset();
    m_stream.expires_never();
    Request request = m_request; // implicitly shared: no copy of the body
    m_request.body.clear();
    m_server.pool->post([self = shared_from_this(), request = std::move(request)]() mutable {
        Response response;
        try {
            response = self->m_server.hooks.dispatch(request);
        } catch (...) {
            response = toResponse(ApiError::internal(), request.header("accept-language"));
        }
        net::post(self->m_stream.get_executor(), [self, response = std::move(response),
                                                  keep = request.keepAlive]() mutable {
            const bool keepAlive = keep && !self->m_drainRequested && !self->m_server.draining();
            self->write(std::move(response), keepAlive, true);
        });
    });
}

void HttpSession::write(Response response, bool keepAlive, bool requestComplete)
{
    if (m_state == State::Closing)
        return;
    m_state = State::Writing;
    auto res =
        std::make_shared<bhttp::response<bhttp::string_body>>(bhttp::status(response.status), 11);
    res->set(bhttp::field::server, "kontor-server");
    if (!response.contentType.isEmpty())
        res->set(bhttp::field::content_type, response.contentType.toStdString());
    res->set("X-Request-Id", m_request.requestId.toStdString());
    res->set(bhttp::field::cache_control, "no-store");
    for (const auto& [name, value] : response.headers)
        res->insert(beast::string_view(name.constData(), std::size_t(name.size())),
                    beast::string_view(value.constData(), std::size_t(value.size())));
    res->body() = response.body.toStdString();
    res->keep_alive(keepAlive);
    res->prepare_payload();
    m_response = res;
    m_stream.expires_after(m_server.config.writeTimeout);
    bhttp::async_write(m_stream, *res,
                       [self = shared_from_this(), keepAlive, requestComplete,
                        status = response.status,
                        bytes = response.body.size()](beast::error_code ec, std::size_t) {
                           self->logAccess(status, std::size_t(bytes));
                           self->m_response.reset();
                           if (ec) {
                               self->close();
                               return;
                           }
                           self->onWritten(ec, keepAlive, requestComplete);
                       });
}

void HttpSession::onWritten(beast::error_code, bool keepAlive, bool requestComplete)
{
    if (!keepAlive) {
        if (requestComplete) {
            beast::error_code ignored;
            m_stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
            close();
        } else {
            lingerAndClose();
        }
        return;
    }
    waitForRequest();
}

void HttpSession::lingerAndClose()
{
    // The rest of the request was never read. Closing now would make the kernel send a reset,
    // which can destroy the answer before the client reads it; read and discard for a moment.
    m_state = State::Closing;
    beast::error_code ignored;
    m_stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
    m_stream.expires_after(std::chrono::seconds(2));
    lingerRead();
}

void HttpSession::lingerRead()
{
    m_stream.async_read_some(net::buffer(m_scratch),
                             [self = shared_from_this()](beast::error_code ec, std::size_t) {
                                 if (ec)
                                     self->close();
                                 else
                                     self->lingerRead();
                             });
}

void HttpSession::close()
{
    m_state = State::Closing;
    beast::error_code ignored;
    m_stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
    m_stream.close();
}

void HttpSession::logAccess(int status, std::size_t bytes)
{
    const auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::steady_clock::now() - m_request.received);
    qCInfo(lcAccess).noquote()
        << QString::fromLatin1(m_request.requestId) << m_remote
        << QString::fromLatin1(m_request.method)
        << QString::fromUtf8(m_request.target.left(qsizetype(m_request.target.indexOf('?')) < 0
                                                       ? m_request.target.size()
                                                       : m_request.target.indexOf('?')))
        << status << bytes << QString::number(double(elapsed.count()) / 1000.0, 'f', 1) + u"ms"_s;
}

} // namespace kontor::server::http
