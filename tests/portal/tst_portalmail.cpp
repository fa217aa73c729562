// The mail outbox against a misbehaving SMTP server process (tests/mail/smtp_fault_server.py):
// temporary failures (4xx, a server that hangs, a connection dropped after the data) are
// retried with the same bytes and Message-ID; a permanent failure (5xx) marks the invitation
// failed, shows it in the pending activations and tells the staff member who sent it.
#include "portaltesttools.h"

#include <QFile>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace kontor::test;
namespace mail = kontor::mail;

class TestPortalMail : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void temporaryFailureIsRetriedAndSentOnce();
    void retriesEndAfterTheLastAttempt();
    void permanentFailureMarksFailedAndTellsTheSender();
    void hangingServerTimesOutAndIsRetried();
    void droppedAfterDataIsRetriedWithTheSameMessageId();
    void withoutSmtpMailStaysQueued();

private:
    void setMode(const QString& mode);
    // An account with one invitable contact, invited; returns the invitation id.
    QString inviteNew(const QString& email);
    QString outbox(const QString& column, const QString& invitationId);
    QString pendingStatus(const QString& invitationId);
    QList<mail::test::ReceivedMail> mailsTo(const QString& email);

    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
    std::unique_ptr<mail::test::SmtpTestServer> m_smtp;
    ServerProcess m_server;
    std::unique_ptr<ApiClient> m_owner;
    const QString m_password = u"mail-secret-1"_s;
};

void TestPortalMail::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(backendFromEnvironment());
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY(initFirm(m_db->spec(), {u"Kanzlei Post"_s, u"owner@post.example"_s, m_password}));
    setMode(u"accept"_s);
    m_smtp = mail::test::SmtpTestServer::startFaultServer(
        u"accept"_s, {u"--mode-file"_s, m_dir.filePath(u"mode"_s)});
    QVERIFY(m_smtp);
    QVERIFY(m_server.start(m_db->spec(), {u"--public-url"_s, u"https://portal.post.example"_s,
                                          u"--smtp"_s, u"smtp://127.0.0.1:%1"_s.arg(m_smtp->port()),
                                          u"--smtp-timeout"_s, u"2"_s, u"--mail-retry-delay"_s,
                                          u"0.3"_s, u"--mail-max-attempts"_s, u"5"_s}));
    m_owner = std::make_unique<ApiClient>(m_server.baseUrl());
    QVERIFY(!m_owner->signIn(u"owner@post.example"_s, m_password).isEmpty());
    // Behind https (the public URL says so) the portal's cookies are Secure.
    PortalClient browser(m_server.baseUrl());
    const QByteArray cookie = browser.get(u"/portal/login"_s).headers.value("set-cookie");
    QVERIFY(cookie.contains("kontor_csrf=") && cookie.contains("; Secure"));
}

void TestPortalMail::init()
{
    setMode(u"accept"_s);
}

void TestPortalMail::cleanupTestCase()
{
    QCOMPARE(m_server.terminate(), 0);
}

void TestPortalMail::setMode(const QString& mode)
{
    QFile file(m_dir.filePath(u"mode"_s));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(mode.toUtf8());
}

QString TestPortalMail::inviteNew(const QString& email)
{
    QJsonObject body = individualAccount(u"Paul"_s, u"Post"_s, email);
    QJsonArray contacts = body[u"contacts"_s].toArray();
    QJsonObject contact = contacts[0].toObject();
    contact[u"login"_s] = true;
    contacts[0] = contact;
    body[u"contacts"_s] = contacts;
    const Reply account = m_owner->post(u"/api/v1/accounts"_s, body);
    const Reply r = m_owner->post(
        u"/api/v1/invitations"_s,
        {{u"account_id"_s, account.json[u"id"_s].toString()},
         {u"contact_id"_s, account.json[u"contacts"_s][0][u"contact_id"_s].toString()}});
    return r.status == 201 ? r.json[u"id"_s].toString() : QString();
}

QString TestPortalMail::outbox(const QString& column, const QString& invitationId)
{
    return queryValue(m_db->spec(), u"SELECT %1 FROM mail_outbox WHERE invitation_id = '%2'"_s.arg(
                                        column, invitationId))
        .toString();
}

QString TestPortalMail::pendingStatus(const QString& invitationId)
{
    for (const QJsonValue& item : m_owner->get(u"/api/v1/pending-activations"_s).items()) {
        if (item[u"invitation_id"_s].toString() == invitationId)
            return item[u"status"_s].toString();
    }
    return {};
}

QList<mail::test::ReceivedMail> TestPortalMail::mailsTo(const QString& email)
{
    QList<mail::test::ReceivedMail> out;
    for (const mail::test::ReceivedMail& m : m_smtp->received()) {
        if (m.envelope[u"rcpt_tos"_s].toArray().contains(email))
            out.append(m);
    }
    return out;
}

void TestPortalMail::temporaryFailureIsRetriedAndSentOnce()
{
    setMode(u"data-4xx"_s);
    const QString id = inviteNew(u"temp@kunde.example"_s);
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(outbox(u"attempts"_s, id).toInt() >= 2, 15000);
    QVERIFY(outbox(u"last_error"_s, id).startsWith(u"451"_s));
    QCOMPARE(pendingStatus(id), u"queued"_s); // not sent yet, not failed
    setMode(u"accept"_s);
    QTRY_COMPARE_WITH_TIMEOUT(outbox(u"state"_s, id), u"sent"_s, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(pendingStatus(id), u"sent"_s, 5000);
    QTest::qWait(1000); // no second delivery comes later
    QCOMPARE(mailsTo(u"temp@kunde.example"_s).size(), 1);
    QVERIFY(outbox(u"data"_s, id).isEmpty()); // sent: the link is no longer stored
}

void TestPortalMail::retriesEndAfterTheLastAttempt()
{
    setMode(u"rcpt-4xx"_s);
    const QString id = inviteNew(u"busy@kunde.example"_s);
    QTRY_COMPARE_WITH_TIMEOUT(outbox(u"state"_s, id), u"failed"_s, 20000);
    QCOMPARE(outbox(u"attempts"_s, id).toInt(), 5);
    QCOMPARE(pendingStatus(id), u"failed"_s);
    setMode(u"accept"_s);
}

void TestPortalMail::permanentFailureMarksFailedAndTellsTheSender()
{
    setMode(u"rcpt-5xx"_s);
    const QString id = inviteNew(u"gone@kunde.example"_s);
    QTRY_COMPARE_WITH_TIMEOUT(pendingStatus(id), u"failed"_s, 15000);
    QCOMPARE(outbox(u"attempts"_s, id).toInt(), 1); // never retried
    QVERIFY(outbox(u"last_error"_s, id).startsWith(u"550"_s));
    bool told = false;
    for (const QJsonValue& n : m_owner->get(u"/api/v1/notifications"_s).items()) {
        told |= n[u"kind"_s].toString() == u"invitation_failed" &&
                n[u"title"_s].toString().contains(u"gone@kunde.example"_s) &&
                n[u"links"_s][u"desktop"_s].toString().startsWith(u"kontor://account/"_s);
    }
    QVERIFY(told);
    QVERIFY(mailsTo(u"gone@kunde.example"_s).isEmpty());
    setMode(u"accept"_s);
    // Sending again works once the address is fixed (here: the server accepts again).
    QCOMPARE(m_owner->post(u"/api/v1/invitations/"_s + id + u"/resend"_s, {}).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(pendingStatus(id), u"sent"_s, 15000);
}

void TestPortalMail::hangingServerTimesOutAndIsRetried()
{
    setMode(u"hang"_s);
    const QString id = inviteNew(u"slow@kunde.example"_s);
    // The first attempt timed out and was written down; the message waits for a retry.
    QTRY_VERIFY_WITH_TIMEOUT(!outbox(u"last_error"_s, id).isEmpty(), 15000);
    QVERIFY(outbox(u"state"_s, id) != u"failed"_s);
    setMode(u"accept"_s);
    QTRY_COMPARE_WITH_TIMEOUT(outbox(u"state"_s, id), u"sent"_s, 20000);
    QCOMPARE(mailsTo(u"slow@kunde.example"_s).size(), 1);
}

void TestPortalMail::droppedAfterDataIsRetriedWithTheSameMessageId()
{
    setMode(u"drop-after-data"_s);
    const QString id = inviteNew(u"drop@kunde.example"_s);
    QTRY_VERIFY_WITH_TIMEOUT(mailsTo(u"drop@kunde.example"_s).size() >= 1, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(outbox(u"last_error"_s, id).contains(u"may have been delivered"_s),
                             15000);
    setMode(u"accept"_s);
    QTRY_COMPARE_WITH_TIMEOUT(outbox(u"state"_s, id), u"sent"_s, 15000);
    // The server may have kept the first copy; the retry is the very same message, so the
    // receiving side can tell it is a repeat.
    const QList<mail::test::ReceivedMail> mails = mailsTo(u"drop@kunde.example"_s);
    QVERIFY(mails.size() >= 2);
    for (const mail::test::ReceivedMail& m : mails)
        QCOMPARE(m.data, mails.constFirst().data);
    QCOMPARE(viewMail(mails.constLast().data).messageId,
             u"<"_s + outbox(u"message_id"_s, id) + u">"_s);
}

void TestPortalMail::withoutSmtpMailStaysQueued()
{
    TestDatabase db(backendFromEnvironment());
    QVERIFY(db.isValid());
    QVERIFY(initFirm(db.spec(), {u"Kanzlei Still"_s, u"owner@still.example"_s, m_password}));
    ServerProcess quiet;
    QVERIFY(quiet.start(db.spec()));
    ApiClient api(quiet.baseUrl());
    QVERIFY(!api.signIn(u"owner@still.example"_s, m_password).isEmpty());
    QJsonObject body = individualAccount(u"Stella"_s, u"Still"_s, u"stella@kunde.example"_s);
    QJsonArray contacts = body[u"contacts"_s].toArray();
    QJsonObject contact = contacts[0].toObject();
    contact[u"login"_s] = true;
    contacts[0] = contact;
    body[u"contacts"_s] = contacts;
    const Reply account = api.post(u"/api/v1/accounts"_s, body);
    const Reply r =
        api.post(u"/api/v1/invitations"_s,
                 {{u"account_id"_s, account.json[u"id"_s].toString()},
                  {u"contact_id"_s, account.json[u"contacts"_s][0][u"contact_id"_s].toString()}});
    QVERIFY2(r.status == 201, r.body.constData());
    QCOMPARE(r.json[u"status"_s].toString(), u"queued"_s);
    QTest::qWait(500);
    QCOMPARE(queryValue(db.spec(), u"SELECT state FROM mail_outbox"_s).toString(), u"pending"_s);
    QCOMPARE(api.get(u"/api/v1/pending-activations"_s).items()[0][u"status"_s].toString(),
             u"queued"_s);
    QCOMPARE(quiet.terminate(), 0);
    QVERIFY(quiet.standardError().contains("no --smtp given"));
}

QTEST_GUILESS_MAIN(TestPortalMail)
#include "tst_portalmail.moc"
