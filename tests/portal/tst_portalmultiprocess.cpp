// Two kontor-server processes on one PostgreSQL database and one SMTP server: each queued
// message is delivered by exactly one of them (FOR UPDATE SKIP LOCKED and a lease), even when
// both poll for the same due messages; portal links and limits work across processes.
#include "portaltesttools.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor::test;
namespace mail = kontor::mail;

class TestPortalMultiProcess : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init() { setMode(u"accept"_s); }

    void eachMessageIsSentExactlyOnce();
    void linkFromOneProcessActivatesOnTheOther();
    void loginLimitCountsAcrossProcesses();

private:
    void setMode(const QString& mode);
    ApiClient& api(int i) { return i % 2 == 0 ? *m_one : *m_two; }
    ServerProcess& server(int i) { return i % 2 == 0 ? m_server1 : m_server2; }
    // An account with one contact (LOGIN on), invited through server @p i.
    Reply invite(int i, const QString& email);

    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
    std::unique_ptr<mail::test::SmtpTestServer> m_smtp;
    ServerProcess m_server1;
    ServerProcess m_server2;
    std::unique_ptr<ApiClient> m_one;
    std::unique_ptr<ApiClient> m_two;
    const QString m_password = u"multi-secret-1"_s;
};

void TestPortalMultiProcess::initTestCase()
{
    if (backendFromEnvironment() != Backend::Postgres)
        QSKIP("two processes share one database only on PostgreSQL");
    m_db = std::make_unique<TestDatabase>(Backend::Postgres);
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY(initFirm(m_db->spec(), {u"Kanzlei Doppel"_s, u"owner@doppel.example"_s, m_password}));
    setMode(u"accept"_s);
    m_smtp = mail::test::SmtpTestServer::startFaultServer(
        u"accept"_s, {u"--mode-file"_s, m_dir.filePath(u"mode"_s)});
    QVERIFY(m_smtp);
    const QStringList args{u"--public-url"_s,
                           u"http://portal.doppel.example"_s,
                           u"--smtp"_s,
                           u"smtp://127.0.0.1:%1"_s.arg(m_smtp->port()),
                           u"--mail-retry-delay"_s,
                           u"0.4"_s,
                           u"--portal-limit-email"_s,
                           u"3"_s};
    QVERIFY(m_server1.start(m_db->spec(), args));
    QVERIFY(m_server2.start(m_db->spec(), args));
    m_one = std::make_unique<ApiClient>(m_server1.baseUrl());
    m_two = std::make_unique<ApiClient>(m_server2.baseUrl());
    const QString token = m_one->signIn(u"owner@doppel.example"_s, m_password);
    QVERIFY(!token.isEmpty());
    m_two->setToken(token);
}

void TestPortalMultiProcess::cleanupTestCase()
{
    if (m_server1.isRunning())
        QCOMPARE(m_server1.terminate(), 0);
    if (m_server2.isRunning())
        QCOMPARE(m_server2.terminate(), 0);
}

void TestPortalMultiProcess::setMode(const QString& mode)
{
    QFile file(m_dir.filePath(u"mode"_s));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(mode.toUtf8());
}

Reply TestPortalMultiProcess::invite(int i, const QString& email)
{
    QJsonObject body = individualAccount(u"Dana"_s, u"Doppel"_s, email);
    QJsonArray contacts = body[u"contacts"_s].toArray();
    QJsonObject contact = contacts[0].toObject();
    contact[u"login"_s] = true;
    contacts[0] = contact;
    body[u"contacts"_s] = contacts;
    const Reply account = api(i).post(u"/api/v1/accounts"_s, body);
    return api(i).post(
        u"/api/v1/invitations"_s,
        {{u"account_id"_s, account.json[u"id"_s].toString()},
         {u"contact_id"_s, account.json[u"contacts"_s][0][u"contact_id"_s].toString()}});
}

void TestPortalMultiProcess::eachMessageIsSentExactlyOnce()
{
    // Every first attempt fails, so the messages fall due again while both processes poll;
    // then each delivery takes a while, so both are sending at the same time.
    setMode(u"data-4xx"_s);
    const int count = 30;
    for (int i = 0; i < count; ++i)
        QCOMPARE(invite(i, u"kunde%1@doppel.example"_s.arg(i)).status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(
        queryValue(m_db->spec(), u"SELECT COUNT(*) FROM mail_outbox WHERE attempts >= 1"_s).toInt(),
        count, 30000);
    setMode(u"slow-accept"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        queryValue(m_db->spec(), u"SELECT COUNT(*) FROM mail_outbox WHERE state = 'sent'"_s)
            .toInt(),
        count, 60000);
    QTest::qWait(1500); // nothing more arrives later
    const QList<mail::test::ReceivedMail> mails = m_smtp->received();
    QCOMPARE(mails.size(), count);
    QSet<QString> recipients;
    QSet<QString> messageIds;
    for (const mail::test::ReceivedMail& m : mails) {
        recipients.insert(m.envelope[u"rcpt_tos"_s].toArray()[0].toString());
        messageIds.insert(viewMail(m.data).messageId);
    }
    QCOMPARE(recipients.size(), count);
    QCOMPARE(messageIds.size(), count);
    // Both processes delivered some: they really competed for the same rows.
    QCOMPARE(
        queryValue(m_db->spec(), u"SELECT COUNT(DISTINCT claimed_by) FROM mail_outbox"_s).toInt(),
        2);
    setMode(u"accept"_s);
}

void TestPortalMultiProcess::linkFromOneProcessActivatesOnTheOther()
{
    const qsizetype before = m_smtp->received().size();
    QCOMPARE(invite(0, u"wandern@doppel.example"_s).status, 201);
    const QList<mail::test::ReceivedMail> mails = waitForMails(*m_smtp, int(before) + 1);
    QCOMPARE(mails.size(), before + 1);
    const QString link = activationPath(viewMail(mails.constLast().data).text);
    PortalClient client(m_server2.baseUrl());
    const Reply form = client.get(link);
    QCOMPARE(form.status, 200);
    const Reply r =
        client.post(u"/portal/activate"_s, {{u"token"_s, inputValue(form.body, u"token"_s)},
                                            {u"password"_s, u"Zwei Server ein Link"_s},
                                            {u"password_confirm"_s, u"Zwei Server ein Link"_s}});
    QCOMPARE(r.status, 303);
    // The session cookie works on the other process too.
    PortalClient other(m_server1.baseUrl());
    other.cookies() = client.cookies();
    QCOMPARE(other.get(u"/portal/"_s).status, 200);
}

void TestPortalMultiProcess::loginLimitCountsAcrossProcesses()
{
    auto attempt = [&](int i) {
        PortalClient client(server(i).baseUrl());
        client.csrf();
        return client
            .post(u"/portal/login"_s, {{u"email"_s, u"wandern@doppel.example"_s},
                                       {u"password"_s, u"falsch falsch falsch"_s}})
            .status;
    };
    QCOMPARE(attempt(0), 422);
    QCOMPARE(attempt(1), 422);
    QCOMPARE(attempt(0), 422);
    QCOMPARE(attempt(1), 429); // the fourth, on either process
    QCOMPARE(attempt(0), 429);
}

QTEST_GUILESS_MAIN(TestPortalMultiProcess)
#include "tst_portalmultiprocess.moc"
