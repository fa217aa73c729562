#pragma once

#include <QHostAddress>
#include <QObject>
#include <QRandomGenerator>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace kontor::test {

/// What the proxy does to one connection.
enum class Fault {
    None,
    Reset,             ///< resets (RST) as soon as it is accepted: like a refused connection
    ResetAfterRequest, ///< forwards the request, resets when the answer starts: the server
                       ///< acted, the client saw no answer
    CutResponse,       ///< forwards the request and N bytes of the answer, then closes (FIN)
    BlackHole,         ///< accepts and swallows everything; never answers, never closes
};

/// A TCP proxy on 127.0.0.1 between a client and a server that injects network faults, for
/// tests: latency, answers cut after N bytes, resets and black holes, for the next connections
/// (armNext), for all of them (setMode: an offline period), or at random with a seed. It works
/// on bytes and never parses HTTP. Runs on the thread's event loop: wait with QTest::qWait or
/// QTest::qWaitFor, never with QProcess::waitFor… while a client talks through it.
class FaultProxy : public QObject {
    Q_OBJECT

public:
    /// What was done, for the run's figures.
    struct Stats {
        int connections = 0;
        int resets = 0; ///< Reset and ResetAfterRequest
        int cuts = 0;   ///< CutResponse
        int blackHoles = 0;
        int upstreamFailures = 0; ///< the server was not there
        int faults() const { return resets + cuts + blackHoles; }
    };

    explicit FaultProxy(QObject* parent = nullptr);
    ~FaultProxy() override;

    /// Listens on 127.0.0.1:@p port (0: a free one).
    bool listen(quint16 port = 0);
    quint16 port() const;
    QUrl url() const;
    /// Where connections go: the server's port on 127.0.0.1 (changeable while running).
    void setUpstream(quint16 port) { m_upstreamPort = port; }

    /// Every chunk waits between @p min and @p max in each direction (order kept).
    void setLatency(std::chrono::milliseconds min, std::chrono::milliseconds max);
    /// The next @p count new connections get @p fault; CutResponse passes @p cutAfter bytes
    /// of the answer.
    void armNext(Fault fault, int count = 1, qint64 cutAfter = 0);
    /// From now on every new connection gets @p fault (Fault::None ends it); open connections
    /// are reset, so an offline period starts at once.
    void setMode(Fault fault);
    /// Random faults from @p seed: a new connection is reset or black-holed, and a chunk of an
    /// answer cut or reset, each with probability @p probability (0 turns it off).
    void setRandomFaults(quint64 seed, double probability);
    /// Resets every open connection (the client's next request opens a new one).
    void resetAll();

    /// Called with the first bytes of every chunk a client sends (e.g. to act while a push
    /// is on its way).
    std::function<void(const QByteArray& chunk)> onClientData;

    const Stats& stats() const { return m_stats; }

private:
    struct Link;
    void accept();
    void forward(const std::shared_ptr<Link>& link, bool down, QByteArray data);
    void deliver(const std::shared_ptr<Link>& link, bool down);
    void closeLink(const std::shared_ptr<Link>& link, bool reset);
    Fault nextFault();
    std::chrono::milliseconds delay();

    QTcpServer* m_server;
    quint16 m_upstreamPort = 0;
    std::chrono::milliseconds m_minLatency{0};
    std::chrono::milliseconds m_maxLatency{0};
    Fault m_mode = Fault::None;
    Fault m_armed = Fault::None;
    int m_armedCount = 0;
    qint64 m_armedCut = 0;
    double m_randomProbability = 0;
    QRandomGenerator m_random;
    QList<std::shared_ptr<Link>> m_links;
    Stats m_stats;
};

} // namespace kontor::test
