// Two kontor-server processes on one PostgreSQL database, requests alternating between them:
// the answers are those of one server, because sessions, sign-in counters, op_id idempotency
// and the change sequence all live in the database.
#include "serverfixture.h"

#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace kontor::test;

class TestServerMultiProcess : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void tokenFromOneWorksOnTheOther();
    void writesOnOneAreReadOnTheOther();
    void opIdempotencyHoldsAcrossProcesses();
    void concurrentPushOfOneOperationAppliesOnce();
    void changeFeedIsTheSameOnBoth();
    void signInLimitCountsAcrossProcesses();
    void signOutOnOneRevokesOnTheOther();

private:
    ApiClient& api(int i) { return i % 2 == 0 ? *m_one : *m_two; }

    std::unique_ptr<TestDatabase> m_db;
    ServerProcess m_server1;
    ServerProcess m_server2;
    std::unique_ptr<ApiClient> m_one;
    std::unique_ptr<ApiClient> m_two;
    const QString m_password = u"multi-secret-1"_s;
};

void TestServerMultiProcess::initTestCase()
{
    if (backendFromEnvironment() != Backend::Postgres)
        QSKIP("two processes share one database only on PostgreSQL");
    m_db = std::make_unique<TestDatabase>(Backend::Postgres);
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY(initFirm(m_db->spec(), {u"Kanzlei Zwei"_s, u"owner@zwei.example"_s, m_password}));
    const QStringList limits{u"--signin-limit-account"_s, u"4"_s};
    QVERIFY(m_server1.start(m_db->spec(), limits));
    QVERIFY(m_server2.start(m_db->spec(), limits));
    QVERIFY(m_server1.port() != m_server2.port());
    m_one = std::make_unique<ApiClient>(m_server1.baseUrl());
    m_two = std::make_unique<ApiClient>(m_server2.baseUrl());
    const QString token = m_one->signIn(u"owner@zwei.example"_s, m_password);
    QVERIFY(!token.isEmpty());
    m_two->setToken(token);
}

void TestServerMultiProcess::cleanupTestCase()
{
    if (m_server1.isRunning())
        QCOMPARE(m_server1.terminate(), 0);
    if (m_server2.isRunning())
        QCOMPARE(m_server2.terminate(), 0);
}

void TestServerMultiProcess::tokenFromOneWorksOnTheOther()
{
    const Reply a = m_one->get(u"/api/v1/me"_s);
    const Reply b = m_two->get(u"/api/v1/me"_s);
    QCOMPARE(a.status, 200);
    QCOMPARE(b.body, a.body);
}

void TestServerMultiProcess::writesOnOneAreReadOnTheOther()
{
    for (int i = 0; i < 6; ++i) {
        const Reply created =
            api(i).post(u"/api/v1/accounts"_s, individualAccount(u"Wechsel"_s, u"Nr%1"_s.arg(i)));
        QCOMPARE(created.status, 201);
        const Reply read =
            api(i + 1).get(u"/api/v1/accounts/"_s + created.json[u"id"_s].toString());
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json[u"name"_s], created.json[u"name"_s]);
    }
    const Reply list1 = m_one->get(u"/api/v1/accounts?q=wechsel&limit=4"_s);
    const Reply list2 = m_two->get(u"/api/v1/accounts?q=wechsel&limit=4"_s);
    QCOMPARE(list1.items().size(), 4);
    QCOMPARE(list2.body, list1.body);
    const QString next = list1.json[u"next"_s].toString();
    QCOMPARE(m_two->get(u"/api/v1/accounts?q=wechsel&after="_s + next).items().size(), 2);
}

void TestServerMultiProcess::opIdempotencyHoldsAcrossProcesses()
{
    QJsonObject payload = individualAccount(u"Ida"_s, u"Idempotent"_s);
    payload.insert(u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QJsonObject body{
        {u"ops"_s,
         QJsonArray{QJsonObject{{u"op_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                {u"kind"_s, u"account.create"_s},
                                {u"payload"_s, payload}}}}};
    QCOMPARE(m_one->post(u"/api/v1/ops"_s, body).json[u"results"_s][0][u"status"_s].toString(),
             u"applied"_s);
    QCOMPARE(m_two->post(u"/api/v1/ops"_s, body).json[u"results"_s][0][u"status"_s].toString(),
             u"replayed"_s);
}

// The race the database settles: the same operation reaches both processes at once.
void TestServerMultiProcess::concurrentPushOfOneOperationAppliesOnce()
{
    for (int round = 0; round < 5; ++round) {
        QJsonObject payload = individualAccount(u"Rennen"_s, u"Runde%1"_s.arg(round));
        payload.insert(u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QByteArray body =
            QJsonDocument(
                QJsonObject{
                    {u"ops"_s, QJsonArray{QJsonObject{
                                   {u"op_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                   {u"kind"_s, u"account.create"_s},
                                   {u"payload"_s, payload}}}}})
                .toJson(QJsonDocument::Compact);
        QTcpSocket s1, s2;
        s1.connectToHost(u"127.0.0.1"_s, m_server1.port());
        s2.connectToHost(u"127.0.0.1"_s, m_server2.port());
        QVERIFY(s1.waitForConnected(3000) && s2.waitForConnected(3000));
        const QByteArray request = rawRequest("POST", "/api/v1/ops", body, m_one->token());
        s1.write(request);
        s2.write(request);
        s1.flush();
        s2.flush();
        const RawResponse r1 = readRawResponse(s1, 15000);
        const RawResponse r2 = readRawResponse(s2, 15000);
        QCOMPARE(r1.status, 200);
        QCOMPARE(r2.status, 200);
        QStringList statuses{r1.json()[u"results"_s][0][u"status"_s].toString(),
                             r2.json()[u"results"_s][0][u"status"_s].toString()};
        statuses.sort();
        QCOMPARE(statuses, (QStringList{u"applied"_s, u"replayed"_s}));
        QCOMPARE(m_one->get(u"/api/v1/accounts?q=rennen%20runde"_s + QString::number(round))
                     .items()
                     .size(),
                 1);
    }
}

void TestServerMultiProcess::changeFeedIsTheSameOnBoth()
{
    const Reply a = m_one->get(u"/api/v1/changes?limit=50"_s);
    const Reply b = m_two->get(u"/api/v1/changes?limit=50"_s);
    QCOMPARE(a.status, 200);
    QCOMPARE(b.body, a.body);
    // Changes written through one process appear in the other's feed after its cursor.
    QString last = a.json[u"cursor"_s].toString();
    while (true) {
        const Reply page = m_two->get(u"/api/v1/changes?since="_s + last);
        last = page.json[u"cursor"_s].toString();
        if (!page.json[u"more"_s].toBool())
            break;
    }
    const Reply created =
        m_one->post(u"/api/v1/accounts"_s, individualAccount(u"Feed"_s, u"Eins"_s));
    const Reply feed = m_two->get(u"/api/v1/changes?since="_s + last);
    QVERIFY(feed.body.contains(created.json[u"id"_s].toString().toLatin1()));
}

void TestServerMultiProcess::signInLimitCountsAcrossProcesses()
{
    ApiClient a(m_server1.baseUrl()), b(m_server2.baseUrl());
    const QJsonObject wrong{{u"email"_s, u"owner@zwei.example"_s},
                            {u"password"_s, u"falsch-falsch"_s}};
    for (int i = 0; i < 4; ++i)
        QCOMPARE((i % 2 ? b : a).post(u"/api/v1/session"_s, wrong).status, 401);
    const Reply limited = b.post(u"/api/v1/session"_s, wrong);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), u"too_many_attempts"_s);
    QVERIFY(limited.headers.value("retry-after").toInt() > 0);
    // Even the right password waits now (the limit is on the account).
    QCOMPARE(a.post(u"/api/v1/session"_s,
                    {{u"email"_s, u"owner@zwei.example"_s}, {u"password"_s, m_password}})
                 .status,
             429);
}

void TestServerMultiProcess::signOutOnOneRevokesOnTheOther()
{
    QCOMPARE(m_two->del(u"/api/v1/session"_s).status, 204);
    QCOMPARE(m_one->get(u"/api/v1/me"_s).status, 401);
}

QTEST_GUILESS_MAIN(TestServerMultiProcess)
#include "tst_servermultiprocess.moc"
