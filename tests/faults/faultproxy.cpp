#include "faultproxy.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <deque>

#include <sys/socket.h>

namespace kontor::test {

namespace {

qint64 nowMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

// close() after SO_LINGER {1, 0} sends RST instead of FIN: what a crashed peer or a middle box
// that drops state looks like.
void resetSocket(QTcpSocket* socket)
{
    if (!socket)
        return;
    if (socket->socketDescriptor() >= 0) {
        const linger hard{1, 0};
        ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard,
                     sizeof(hard));
    }
    socket->abort();
}

} // namespace

struct FaultProxy::Link {
    struct Chunk {
        qint64 due = 0;
        QByteArray data;
        bool last = false; ///< the cut ends here
    };
    std::unique_ptr<QObject> context = std::make_unique<QObject>(); // owns sockets and timers
    QTcpSocket* client = nullptr;
    QTcpSocket* upstream = nullptr;
    Fault fault = Fault::None;
    qint64 cutAfter = 0;
    qint64 sentDown = 0;
    bool closed = false;
    bool upstreamConnected = false;
    bool upstreamClosed = false;
    QByteArray waitingUp;
    std::deque<Chunk> queue[2]; // [0] to the server, [1] to the client
    qint64 lastDue[2] = {0, 0};
    QTimer* timer[2] = {nullptr, nullptr};
};

FaultProxy::FaultProxy(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

FaultProxy::~FaultProxy()
{
    for (const std::shared_ptr<Link>& link : std::as_const(m_links))
        link->closed = true;
    m_links.clear();
}

bool FaultProxy::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 FaultProxy::port() const
{
    return m_server->serverPort();
}

QUrl FaultProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void FaultProxy::setLatency(std::chrono::milliseconds min, std::chrono::milliseconds max)
{
    m_minLatency = min;
    m_maxLatency = std::max(min, max);
}

void FaultProxy::armNext(Fault fault, int count, qint64 cutAfter)
{
    m_armed = fault;
    m_armedCount = count;
    m_armedCut = cutAfter;
}

void FaultProxy::setMode(Fault fault)
{
    m_mode = fault;
    if (fault != Fault::None)
        resetAll();
}

void FaultProxy::setRandomFaults(quint64 seed, double probability)
{
    m_random.seed(seed);
    m_randomProbability = probability;
}

void FaultProxy::resetAll()
{
    const QList<std::shared_ptr<Link>> links = m_links;
    for (const std::shared_ptr<Link>& link : links)
        closeLink(link, true);
}

Fault FaultProxy::nextFault()
{
    if (m_mode != Fault::None)
        return m_mode;
    if (m_armedCount > 0) {
        --m_armedCount;
        return m_armed;
    }
    if (m_randomProbability > 0) {
        // Black holes cost the client a whole request timeout: rarer than resets.
        const double roll = m_random.generateDouble();
        if (roll < m_randomProbability / 4)
            return Fault::Reset;
        if (roll < m_randomProbability / 4 + m_randomProbability / 12)
            return Fault::BlackHole;
    }
    return Fault::None;
}

std::chrono::milliseconds FaultProxy::delay()
{
    if (m_maxLatency.count() == 0)
        return {};
    return std::chrono::milliseconds(
        m_random.bounded(qint64(m_minLatency.count()), qint64(m_maxLatency.count()) + 1));
}

void FaultProxy::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        auto link = std::make_shared<Link>();
        socket->setParent(link->context.get());
        link->client = socket;
        link->fault = nextFault();
        if (link->fault == Fault::CutResponse)
            link->cutAfter = m_armedCut;
        ++m_stats.connections;
        m_links.append(link);
        const std::weak_ptr<Link> weak = link;
        if (link->fault == Fault::Reset) {
            ++m_stats.resets;
            closeLink(link, true);
            continue;
        }
        if (link->fault == Fault::BlackHole) {
            ++m_stats.blackHoles;
            connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
            connect(socket, &QTcpSocket::disconnected, this, [this, weak] {
                if (auto l = weak.lock())
                    closeLink(l, false);
            });
            continue;
        }
        for (int i = 0; i < 2; ++i) {
            link->timer[i] = new QTimer(link->context.get());
            link->timer[i]->setSingleShot(true);
            const bool down = i == 1;
            connect(link->timer[i], &QTimer::timeout, this, [this, weak, down] {
                if (auto l = weak.lock())
                    deliver(l, down);
            });
        }
        link->upstream = new QTcpSocket(link->context.get());
        connect(socket, &QTcpSocket::readyRead, this, [this, weak] {
            if (auto l = weak.lock())
                forward(l, false, l->client->readAll());
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, weak] {
            if (auto l = weak.lock())
                closeLink(l, false);
        });
        connect(link->upstream, &QTcpSocket::connected, this, [this, weak] {
            if (auto l = weak.lock()) {
                l->upstreamConnected = true;
                l->upstream->write(std::exchange(l->waitingUp, {}));
            }
        });
        connect(link->upstream, &QTcpSocket::readyRead, this, [this, weak] {
            if (auto l = weak.lock())
                forward(l, true, l->upstream->readAll());
        });
        connect(link->upstream, &QTcpSocket::disconnected, this, [this, weak] {
            if (auto l = weak.lock()) {
                l->upstreamClosed = true;
                if (l->queue[1].empty() && !l->closed)
                    closeLink(l, false); // the server closed: so does the client's side
            }
        });
        connect(link->upstream, &QTcpSocket::errorOccurred, this,
                [this, weak](QAbstractSocket::SocketError error) {
                    auto l = weak.lock();
                    if (!l || l->closed || error == QAbstractSocket::RemoteHostClosedError)
                        return;
                    ++m_stats.upstreamFailures; // the server is gone: the client sees a reset
                    closeLink(l, true);
                });
        link->upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        if (socket->bytesAvailable() > 0)
            forward(link, false, socket->readAll());
    }
}

void FaultProxy::forward(const std::shared_ptr<Link>& link, bool down, QByteArray data)
{
    if (link->closed || data.isEmpty())
        return;
    if (!down && onClientData)
        onClientData(data);
    if (down && link->fault == Fault::None && m_randomProbability > 0) {
        const double roll = m_random.generateDouble();
        if (roll < m_randomProbability / 4) {
            link->fault = Fault::CutResponse;
            link->cutAfter = link->sentDown + m_random.bounded(qint64(data.size()));
        } else if (roll < m_randomProbability / 2) {
            link->fault = Fault::ResetAfterRequest;
        }
    }
    if (down && link->fault == Fault::ResetAfterRequest) {
        ++m_stats.resets;
        closeLink(link, true);
        return;
    }
    Link::Chunk chunk;
    if (down && link->fault == Fault::CutResponse) {
        // Bytes queued but not yet delivered count too.
        qint64 queued = 0;
        for (const Link::Chunk& c : link->queue[1])
            queued += c.data.size();
        const qint64 allowed = link->cutAfter - link->sentDown - queued;
        if (allowed < 0)
            return; // the cut is already queued
        if (data.size() >= allowed) {
            data.truncate(allowed);
            chunk.last = true;
        }
    }
    const int i = down ? 1 : 0;
    chunk.due = std::max(nowMs() + delay().count(), link->lastDue[i]);
    chunk.data = std::move(data);
    link->lastDue[i] = chunk.due;
    link->queue[i].push_back(std::move(chunk));
    deliver(link, down);
}

void FaultProxy::deliver(const std::shared_ptr<Link>& link, bool down)
{
    const int i = down ? 1 : 0;
    while (!link->closed && !link->queue[i].empty()) {
        Link::Chunk& next = link->queue[i].front();
        const qint64 wait = next.due - nowMs();
        if (wait > 0) {
            link->timer[i]->start(int(wait));
            return;
        }
        Link::Chunk chunk = std::move(next);
        link->queue[i].pop_front();
        if (!down) {
            if (link->upstreamConnected)
                link->upstream->write(chunk.data);
            else
                link->waitingUp += chunk.data;
            continue;
        }
        link->client->write(chunk.data);
        link->sentDown += chunk.data.size();
        if (chunk.last) {
            ++m_stats.cuts;
            closeLink(link, false);
            return;
        }
    }
    if (down && !link->closed && link->upstreamClosed && link->queue[1].empty())
        closeLink(link, false);
}

void FaultProxy::closeLink(const std::shared_ptr<Link>& link, bool reset)
{
    if (link->closed) {
        m_links.removeAll(link);
        return;
    }
    link->closed = true;
    m_links.removeAll(link);
    if (reset) {
        resetSocket(link->client);
    } else if (link->client->state() == QAbstractSocket::ConnectedState) {
        link->client->disconnectFromHost(); // after what was written (FIN)
    }
    if (link->upstream)
        link->upstream->abort();
    // The sockets may be inside one of their own signals: delete them afterwards. A client
    // socket still sending its last bytes lives until it is done.
    QObject* context = link->context.release();
    if (reset || link->client->state() == QAbstractSocket::UnconnectedState) {
        context->deleteLater();
    } else {
        connect(link->client, &QTcpSocket::disconnected, context, &QObject::deleteLater);
        QTimer::singleShot(5000, context, &QObject::deleteLater);
    }
}

} // namespace kontor::test
