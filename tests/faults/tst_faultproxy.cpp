// The fault proxy of the harness against the real kontor-server: it passes requests through,
// adds latency, cuts an answer after N bytes (the server acted, the client saw no answer),
// resets before or after the request, black-holes a connection, and follows the server to a
// new port.

#include "faultproxy.h"
#include "syncharness.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor::test;

namespace {

struct RawExchange {
    QByteArray received;
    bool closed = false; ///< the proxy closed or reset the connection
};

// Sends @p request on a fresh connection and collects what comes back until the connection
// closes or @p waitMs pass (the event loop runs, so the proxy works meanwhile).
RawExchange exchange(quint16 port, const QByteArray& request, int waitMs = 3000)
{
    RawExchange out;
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; },
                         waitMs)) {
        out.closed = true;
        return out;
    }
    socket.write(request);
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                     [&] { out.received += socket.readAll(); });
    const bool closed = QTest::qWaitFor(
        [&] { return socket.state() == QAbstractSocket::UnconnectedState; }, waitMs);
    out.received += socket.readAll();
    out.closed = closed;
    return out;
}

QByteArray createRequest(const QString& token, const QString& lastName)
{
    return rawRequest("POST", "/api/v1/accounts",
                      QJsonDocument(individualAccount(u"Roh"_s, lastName)).toJson(), token);
}

} // namespace

class TestFaultProxy : public QObject {
    Q_OBJECT

    std::unique_ptr<HarnessServer> m_server;
    std::optional<HarnessFirm> m_firm;

    // How many accounts have a contact named @p lastName, asked straight from the server.
    int accountsNamed(const QString& lastName)
    {
        const std::optional<QHash<QUuid, kontor::core::Account>> accounts =
            readServerAccounts(m_server->url(), m_firm->checkerToken);
        if (!accounts)
            qFatal("cannot read the server's accounts");
        int n = 0;
        for (const kontor::core::Account& a : *accounts) {
            for (const kontor::core::AccountContact& c : a.contacts)
                n += c.contact.lastName == lastName;
        }
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<HarnessServer>(Backend::Sqlite);
        QVERIFY2(m_server->isValid(), qPrintable(m_server->error()));
        QVERIFY(m_server->start());
        m_firm = makeFirm(*m_server, u"Proxy"_s, 1, 0);
        QVERIFY(m_firm);
    }

    void passesRequestsThrough()
    {
        FaultProxy proxy;
        QVERIFY(proxy.listen());
        proxy.setUpstream(m_server->port());
        ApiClient api(proxy.url());
        api.setToken(m_firm->checkerToken);
        const Reply r = api.get(u"/api/v1/me"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[u"firm"_s][u"name"_s].toString(), u"Proxy"_s);
        QCOMPARE(proxy.stats().faults(), 0);
        QVERIFY(proxy.stats().connections >= 1);
    }

    void addsLatency()
    {
        FaultProxy proxy;
        QVERIFY(proxy.listen());
        proxy.setUpstream(m_server->port());
        proxy.setLatency(std::chrono::milliseconds(150), std::chrono::milliseconds(150));
        ApiClient api(proxy.url());
        api.setToken(m_firm->checkerToken);
        QElapsedTimer t;
        t.start();
        QCOMPARE(api.get(u"/api/v1/me"_s).status, 200);
        QVERIFY2(t.elapsed() >= 300, qPrintable(QString::number(t.elapsed()))); // both ways
    }

    void cutsTheAnswerAfterTheServerActed()
    {
        FaultProxy proxy;
        QVERIFY(proxy.listen());
        proxy.setUpstream(m_server->port());
        proxy.armNext(Fault::CutResponse, 1, 20);
        const RawExchange got =
            exchange(proxy.port(), createRequest(m_firm->checkerToken, u"Abgeschnitten"_s));
        QCOMPARE(got.received.size(), 20); // "HTTP/1.1 201 Created" and no more
        QVERIFY(got.received.startsWith("HTTP/1.1 201"));
        QVERIFY(got.closed);
        QCOMPARE(proxy.stats().cuts, 1);
        QCOMPARE(accountsNamed(u"Abgeschnitten"_s), 1); // the server committed
    }

    void resetsAfterTheRequest()
    {
        FaultProxy proxy;
        QVERIFY(proxy.listen());
        proxy.setUpstream(m_server->port());
        proxy.armNext(Fault::ResetAfterRequest);
        const RawExchange got =
            exchange(proxy.port(), createRequest(m_firm->checkerToken, u"Zurueckgesetzt"_s));
        QVERIFY(got.received.isEmpty());
        QVERIFY(got.closed);
        QCOMPARE(proxy.stats().resets, 1);
        QCOMPARE(accountsNamed(u"Zurueckgesetzt"_s), 1);
    }

    void resetsBeforeTheServerSeesAnything()
    {
        FaultProxy proxy;
        QVERIFY(proxy.listen());
        proxy.setUpstream(m_server->port());
        proxy.setMode(Fault::Reset); // offline
        const RawExchange got =
            exchange(proxy.port(), createRequest(m_firm->checkerToken, u"Abgewiesen"_s));
        QVERIFY(got.received.isEmpty());
        QVERIFY(got.closed);
        proxy.setMode(Fault::None);
        QCOMPARE(accountsNamed(u"Abgewiesen"_s), 0);
        // Back online: requests pass again.
        ApiClient api(proxy.url());
        api.setToken(m_firm->checkerToken);
        QCOMPARE(api.get(u"/api/v1/me"_s).status, 200);
    }

    void blackHoleSwallowsTheRequest()
    {
        FaultProxy proxy;
        QVERIFY(proxy.listen());
        proxy.setUpstream(m_server->port());
        proxy.armNext(Fault::BlackHole);
        const RawExchange got =
            exchange(proxy.port(), createRequest(m_firm->checkerToken, u"Verschluckt"_s), 800);
        QVERIFY(got.received.isEmpty());
        QVERIFY(!got.closed); // no answer, no close: the client must time out
        QCOMPARE(proxy.stats().blackHoles, 1);
        QCOMPARE(accountsNamed(u"Verschluckt"_s), 0);
    }

    void followsTheServerToItsNewPort()
    {
        FaultProxy proxy;
        QVERIFY(proxy.listen());
        proxy.setUpstream(m_server->port());
        QVERIFY(m_server->killAndRestart());
        ApiClient api(proxy.url());
        api.setToken(m_firm->checkerToken);
        QCOMPARE(api.get(u"/api/v1/me"_s).status, 0); // the old port: nobody there
        QVERIFY(proxy.stats().upstreamFailures >= 1);
        proxy.setUpstream(m_server->port());
        QCOMPARE(api.get(u"/api/v1/me"_s).status, 200); // the session survived the kill
        QCOMPARE(m_server->integrity(), u"ok"_s);
    }

    void cleanupTestCase()
    {
        if (m_server)
            m_server->stop();
    }
};

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "tst_faultproxy.moc"
