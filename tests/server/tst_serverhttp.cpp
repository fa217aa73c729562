// The HTTP layer against hostile and careless clients: limits, timeouts, the connection cap,
// keep-alive, request ids and the graceful stop on SIGTERM. Raw sockets where Qt's client
// would be too polite.
#include "serverfixture.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace kontor::test;

namespace {

// True when the server closed the connection within @p timeoutMs.
bool closedWithin(QTcpSocket& socket, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        socket.waitForReadyRead(50);
        socket.readAll();
        if (socket.state() == QAbstractSocket::UnconnectedState ||
            socket.error() == QAbstractSocket::RemoteHostClosedError)
            return true;
    }
    return false;
}

} // namespace

class TestServerHttp : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void keepAliveServesSeveralRequestsOnOneConnection();
    void requestIdIsEchoedOrMade();
    void malformedHttpIs400();
    void invalidUtf8InPathIs400();
    void oversizedBodyIs413BeforeReadingIt();
    void oversizedChunkedBodyIs413();
    void oversizedHeaderIs431();
    void idleConnectionIsClosed();
    void slowClientIsCutOffAtTheReadTimeout();
    void connectionCapRefusesWith503AndRecovers();
    void unknownEmailTakesAsLongAsWrongPassword();
    void failedSignInsAreLimitedPerAddress();
    void sigtermFinishesRunningRequestsThenExits();

private:
    QTcpSocket* connectRaw();

    std::unique_ptr<TestDatabase> m_db;
    ServerProcess m_server;
    const TestFirm m_firm{u"Kanzlei Http"_s, u"owner@http.example"_s, u"http-secret-1"_s};
};

void TestServerHttp::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(Backend::Sqlite);
    QVERIFY(initFirm(m_db->spec(), m_firm));
    QVERIFY(m_server.start(m_db->spec(), {u"--max-body"_s, u"4096"_s, u"--max-header"_s, u"2048"_s,
                                          u"--idle-timeout"_s, u"0.6"_s, u"--read-timeout"_s,
                                          u"1"_s, u"--max-connections"_s, u"8"_s}));
}

void TestServerHttp::cleanupTestCase()
{
    QCOMPARE(m_server.terminate(), 0);
}

QTcpSocket* TestServerHttp::connectRaw()
{
    auto* socket = new QTcpSocket(this);
    socket->connectToHost(u"127.0.0.1"_s, m_server.port());
    if (!socket->waitForConnected(3000))
        qWarning("cannot connect");
    return socket;
}

void TestServerHttp::keepAliveServesSeveralRequestsOnOneConnection()
{
    std::unique_ptr<QTcpSocket> s(connectRaw());
    for (int i = 0; i < 3; ++i) {
        s->write("GET /api/v1/openapi.json HTTP/1.1\r\nHost: x\r\n\r\n");
        const RawResponse r = readRawResponse(*s);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("openapi"));
    }
    QCOMPARE(s->state(), QAbstractSocket::ConnectedState);
}

void TestServerHttp::requestIdIsEchoedOrMade()
{
    std::unique_ptr<QTcpSocket> s(connectRaw());
    s->write("GET /api/v1/me HTTP/1.1\r\nHost: x\r\nX-Request-Id: trace-42\r\n\r\n");
    const RawResponse given = readRawResponse(*s);
    QCOMPARE(given.status, 401);
    QCOMPARE(given.headers.value("x-request-id"), QByteArray("trace-42"));
    s->write("GET /api/v1/me HTTP/1.1\r\nHost: x\r\nX-Request-Id: <script>\r\n\r\n");
    const RawResponse made = readRawResponse(*s);
    QCOMPARE(made.headers.value("x-request-id").size(), 32);
}

void TestServerHttp::malformedHttpIs400()
{
    std::unique_ptr<QTcpSocket> s(connectRaw());
    s->write("THIS IS NOT HTTP\r\n\r\n");
    const RawResponse r = readRawResponse(*s);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), u"bad_request"_s);
    QVERIFY(closedWithin(*s, 3000));
}

void TestServerHttp::invalidUtf8InPathIs400()
{
    std::unique_ptr<QTcpSocket> s(connectRaw());
    s->write("GET /api/v1/accounts/%FF%FE HTTP/1.1\r\nHost: x\r\n\r\n");
    const RawResponse r = readRawResponse(*s);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.code(), u"invalid_utf8"_s);
}

void TestServerHttp::oversizedBodyIs413BeforeReadingIt()
{
    std::unique_ptr<QTcpSocket> s(connectRaw());
    s->write("POST /api/v1/accounts HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
             "Content-Length: 100000\r\n\r\n");
    s->write(QByteArray(8192, ' '));
    const RawResponse r = readRawResponse(*s);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.code(), u"payload_too_large"_s);
    // Qt's client sees the same answer.
    ApiClient api(m_server.baseUrl());
    const Reply reply = api.send("POST", u"/api/v1/accounts"_s, QByteArray(20000, ' '));
    QCOMPARE(reply.status, 413);
}

void TestServerHttp::oversizedChunkedBodyIs413()
{
    std::unique_ptr<QTcpSocket> s(connectRaw());
    s->write("POST /api/v1/accounts HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
    for (int i = 0; i < 3; ++i)
        s->write("800\r\n" + QByteArray(0x800, 'x') + "\r\n");
    const RawResponse r = readRawResponse(*s);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.code(), u"payload_too_large"_s);
}

void TestServerHttp::oversizedHeaderIs431()
{
    std::unique_ptr<QTcpSocket> s(connectRaw());
    s->write("GET /api/v1/me HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(4000, 'a') + "\r\n\r\n");
    const RawResponse r = readRawResponse(*s);
    QCOMPARE(r.status, 431);
    QCOMPARE(r.code(), u"header_too_large"_s);
}

void TestServerHttp::idleConnectionIsClosed()
{
    std::unique_ptr<QTcpSocket> s(connectRaw());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(closedWithin(*s, 5000));
    QVERIFY(timer.elapsed() >= 400);
}

// Slowloris: one byte at a time keeps the connection busy, but the whole request has one
// deadline.
void TestServerHttp::slowClientIsCutOffAtTheReadTimeout()
{
    std::unique_ptr<QTcpSocket> s(connectRaw());
    const QByteArray request =
        "GET /api/v1/me HTTP/1.1\r\nHost: x\r\nX-Slow: " + QByteArray(200, 'z') + "\r\n\r\n";
    QElapsedTimer timer;
    timer.start();
    bool closed = false;
    for (qsizetype i = 0; i < request.size() && timer.elapsed() < 5000; ++i) {
        s->write(request.mid(i, 1));
        s->flush();
        if (closedWithin(*s, 50)) {
            closed = true;
            break;
        }
    }
    QVERIFY(closed);
    QVERIFY(timer.elapsed() >= 900);
    QVERIFY(timer.elapsed() < 3000);
}

void TestServerHttp::connectionCapRefusesWith503AndRecovers()
{
    // Let earlier tests' connections close first (idle timeout 0.6 s).
    QTest::qWait(1500);
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 8; ++i) {
        held.emplace_back(connectRaw());
        held.back()->write("GET /api/v1/openapi.json HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(readRawResponse(*held.back()).status, 200);
    }
    std::unique_ptr<QTcpSocket> extra(connectRaw());
    const RawResponse refused = readRawResponse(*extra);
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.code(), u"too_many_connections"_s);
    QVERIFY(closedWithin(*extra, 3000));
    held.pop_back();
    QTest::qWait(200);
    std::unique_ptr<QTcpSocket> again(connectRaw());
    again->write("GET /api/v1/openapi.json HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(readRawResponse(*again).status, 200);
}

// The answer for an unknown email costs one Argon2id verification like a wrong password does
// (real cost, not the test cost), so its time tells nothing.
void TestServerHttp::unknownEmailTakesAsLongAsWrongPassword()
{
    TestDatabase db(Backend::Sqlite);
    const CommandResult init =
        runServerCommand({u"init"_s, u"--database"_s, db.spec(), u"--firm"_s, u"Kanzlei Zeit"_s,
                          u"--owner-email"_s, u"zeit@http.example"_s, u"--owner-name"_s, u"Zeit"_s},
                         "real-cost-secret\n");
    QCOMPARE(init.exitCode, 0);
    ServerProcess server;
    QVERIFY(server.start(db.spec(), {u"--signin-limit-account"_s, u"100"_s}, true));
    ApiClient api(server.baseUrl());
    auto timeOf = [&](const QString& email) {
        QElapsedTimer t;
        t.start();
        const Reply r = api.post(u"/api/v1/session"_s,
                                 {{u"email"_s, email}, {u"password"_s, u"wrong-password"_s}});
        if (r.status != 401)
            qWarning("unexpected %d", r.status);
        return t.elapsed();
    };
    QList<qint64> wrong, unknown;
    for (int i = 0; i < 3; ++i) {
        wrong.append(timeOf(u"zeit@http.example"_s));
        unknown.append(timeOf(u"niemand@http.example"_s));
    }
    std::sort(wrong.begin(), wrong.end());
    std::sort(unknown.begin(), unknown.end());
    qInfo("median wrong password %lld ms, unknown email %lld ms", wrong[1], unknown[1]);
    QVERIFY(wrong[1] >= 10); // a real Argon2id ran
    QVERIFY(unknown[1] * 2 >= wrong[1]);
    QVERIFY(wrong[1] * 2 >= unknown[1]);
    QCOMPARE(server.terminate(), 0);
}

void TestServerHttp::failedSignInsAreLimitedPerAddress()
{
    TestDatabase db(Backend::Sqlite);
    QVERIFY(
        initFirm(db.spec(), {u"Kanzlei Adresse"_s, u"a@adresse.example"_s, u"addr-secret-1"_s}));
    ServerProcess server;
    QVERIFY(server.start(db.spec(), {u"--signin-limit-address"_s, u"5"_s}));
    ApiClient api(server.baseUrl());
    for (int i = 0; i < 5; ++i) {
        const Reply r =
            api.post(u"/api/v1/session"_s, {{u"email"_s, u"nr%1@adresse.example"_s.arg(i)},
                                            {u"password"_s, u"wrong-wrong"_s}});
        QCOMPARE(r.status, 401);
    }
    // A sixth address from the same client: limited, even with a right password.
    const Reply limited = api.post(u"/api/v1/session"_s, {{u"email"_s, u"a@adresse.example"_s},
                                                          {u"password"_s, u"addr-secret-1"_s}});
    QCOMPARE(limited.status, 429);
    QCOMPARE(server.terminate(), 0);
}

void TestServerHttp::sigtermFinishesRunningRequestsThenExits()
{
    TestDatabase db(Backend::Sqlite);
    QVERIFY(initFirm(db.spec(), {u"Kanzlei Stop"_s, u"stop@http.example"_s, u"stop-secret-1"_s}));
    ServerProcess server;
    // One handler thread and real Argon2id: sign-ins queue up and take a while.
    QVERIFY(server.start(db.spec(),
                         {u"--threads"_s, u"1"_s, u"--signin-limit-address"_s, u"1000"_s,
                          u"--signin-limit-account"_s, u"1000"_s},
                         true));
    const QByteArray body = R"({"email":"niemand@http.example","password":"x-wrong-password"})";
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    for (int i = 0; i < 8; ++i) {
        auto s = std::make_unique<QTcpSocket>();
        s->connectToHost(u"127.0.0.1"_s, server.port());
        QVERIFY(s->waitForConnected(3000));
        s->write("POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 "Content-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n" + body);
        s->flush();
        clients.push_back(std::move(s));
    }
    QTest::qWait(200); // the requests are in; most of them still wait for the one thread
    ::kill(pid_t(server.pid()), SIGTERM);
    int closing = 0;
    for (auto& s : clients) {
        const RawResponse r = readRawResponse(*s, 15000);
        QCOMPARE(r.status, 401); // answered, not dropped
        closing += r.headers.value("connection") == "close" ? 1 : 0;
    }
    QVERIFY(closing >= 3); // those answered after SIGTERM close their connection
    QCOMPARE(server.terminate(15000), 0);
    QTcpSocket late;
    late.connectToHost(u"127.0.0.1"_s, server.port());
    QVERIFY(!late.waitForConnected(1000) || readRawResponse(late, 1000).status == 0);
}

QTEST_GUILESS_MAIN(TestServerHttp)
#include "tst_serverhttp.moc"
