// Known and unknown email addresses look the same at sign-in and sign-up: the same status, the
// same body, and median response times within a few milliseconds of each other. Sign-in runs
// at the real Argon2id cost (the work an unknown address must imitate); sign-up hashes nothing.
#include "portaltesttools.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace kontor::test;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

constexpr double allowedDifferenceMs = 5.0;

} // namespace

class TestPortalTiming : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void signInLooksTheSameForKnownAndUnknownAddresses();
    void signUpLooksTheSameForKnownAndUnknownAddresses();

private:
    std::unique_ptr<TestDatabase> m_db;
    ServerProcess m_server;
    std::unique_ptr<ApiClient> m_owner;
    const QString m_password = u"timing-secret-1"_s;
    const QString m_clientPassword = u"Lange Wörter sind gut"_s;
};

void TestPortalTiming::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(backendFromEnvironment());
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY(initFirm(m_db->spec(), {u"Kanzlei Takt"_s, u"owner@takt.example"_s, m_password}));
    const QStringList limits{u"--portal-limit-email"_s,   u"100000"_s,
                             u"--portal-limit-address"_s, u"100000"_s,
                             u"--portal-limit-signup"_s,  u"100000"_s};
    QVERIFY(m_server.start(m_db->spec(), limits, /*realPasswordCost=*/true));
    m_owner = std::make_unique<ApiClient>(m_server.baseUrl());
    QVERIFY(!m_owner->signIn(u"owner@takt.example"_s, m_password).isEmpty());

    // A client with a portal password (activated through the link, hashed at the real cost).
    QJsonObject body = individualAccount(u"Tina"_s, u"Takt"_s, u"tina@takt.example"_s);
    QJsonArray contacts = body[u"contacts"_s].toArray();
    QJsonObject contact = contacts[0].toObject();
    contact[u"login"_s] = true;
    contacts[0] = contact;
    body[u"contacts"_s] = contacts;
    const Reply account = m_owner->post(u"/api/v1/accounts"_s, body);
    QCOMPARE(account.status, 201);
    const Reply invited = m_owner->post(
        u"/api/v1/invitations"_s,
        {{u"account_id"_s, account.json[u"id"_s].toString()},
         {u"contact_id"_s, account.json[u"contacts"_s][0][u"contact_id"_s].toString()}});
    QCOMPARE(invited.status, 201);
    // No SMTP here: the link is read from the queued mail.
    const QByteArray mail =
        queryValue(m_db->spec(), u"SELECT data FROM mail_outbox"_s).toString().toLatin1();
    const QString link = activationPath(viewMail(mail).text);
    QVERIFY(!link.isEmpty());
    PortalClient client(m_server.baseUrl());
    const Reply form = client.get(link);
    QCOMPARE(client
                 .post(u"/portal/activate"_s, {{u"token"_s, inputValue(form.body, u"token"_s)},
                                               {u"password"_s, m_clientPassword},
                                               {u"password_confirm"_s, m_clientPassword}})
                 .status,
             303);
}

void TestPortalTiming::cleanupTestCase()
{
    QCOMPARE(m_server.terminate(), 0);
}

void TestPortalTiming::signInLooksTheSameForKnownAndUnknownAddresses()
{
    PortalClient client(m_server.baseUrl());
    client.csrf();
    QList<double> known;
    QList<double> unknown;
    QByteArray knownBody;
    QByteArray unknownBody;
    const int warmUp = 5;
    const int rounds = 100 + warmUp;
    for (int i = 0; i < rounds; ++i) {
        for (bool isKnown : {i % 2 == 0, i % 2 != 0}) { // alternate which goes first
            QElapsedTimer timer;
            timer.start();
            const Reply r = client.post(
                u"/portal/login"_s,
                {{u"email"_s, isKnown ? u"tina@takt.example"_s : u"niemand@takt.example"_s},
                 {u"password"_s, u"falsches Passwort %1"_s.arg(i)}});
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            QCOMPARE(r.status, 422);
            if (i >= warmUp)
                (isKnown ? known : unknown).append(ms);
            (isKnown ? knownBody : unknownBody) = r.body;
        }
        QCOMPARE(knownBody, unknownBody);
    }
    const double difference = qAbs(median(known) - median(unknown));
    qInfo("sign-in median: known %.2f ms, unknown %.2f ms, difference %.2f ms (allowed %.1f)",
          median(known), median(unknown), difference, allowedDifferenceMs);
    QVERIFY(difference < allowedDifferenceMs);
}

void TestPortalTiming::signUpLooksTheSameForKnownAndUnknownAddresses()
{
    PortalClient client(m_server.baseUrl());
    client.csrf(u"/portal/signup"_s);
    QList<double> known;
    QList<double> unknown;
    QByteArray knownBody;
    QByteArray unknownBody;
    const int rounds = 200;
    for (int i = 0; i < rounds; ++i) {
        for (bool isKnown : {i % 2 == 0, i % 2 != 0}) {
            QElapsedTimer timer;
            timer.start();
            const Reply r = client.post(
                u"/portal/signup"_s,
                {{u"first_name"_s, u"Tina"_s},
                 {u"last_name"_s, u"Takt"_s},
                 {u"email"_s, isKnown ? u"tina@takt.example"_s : u"neu%1@takt.example"_s.arg(i)}});
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            QCOMPARE(r.status, 200);
            (isKnown ? known : unknown).append(ms);
            (isKnown ? knownBody : unknownBody) = r.body;
        }
        QCOMPARE(knownBody, unknownBody);
    }
    const double difference = qAbs(median(known) - median(unknown));
    qInfo("sign-up median: known %.2f ms, unknown %.2f ms, difference %.2f ms (allowed %.1f)",
          median(known), median(unknown), difference, allowedDifferenceMs);
    QVERIFY(difference < allowedDifferenceMs);
}

QTEST_GUILESS_MAIN(TestPortalTiming)
#include "tst_portaltiming.moc"
