// The client portal end to end (R-INV-1…8, R-REG-1…3, R-SW-1/4): a real kontor-server, a real
// SMTP server process (aiosmtpd) and HTTP over loopback. Staff invite through the API, the
// client follows the link from the received mail, chooses a password and signs in.
#include "portaltesttools.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace kontor::test;
namespace mail = kontor::mail;

namespace {
const QString publicUrl = u"http://portal.kanzlei-test.example"_s;
const QString goodPassword = u"Grüne Wiese am Fluss"_s;

// The portal status in the account list row of @p accountId (empty when not listed), with the
// search @p query or without one.
QString listedPortalStatus(ApiClient& api, const QString& query, const QString& accountId)
{
    const Reply r =
        api.get(u"/api/v1/accounts?limit=200"_s + (query.isEmpty() ? QString() : u"&q="_s + query));
    for (const QJsonValue& item : r.items()) {
        if (item[u"id"_s].toString() == accountId)
            return item[u"portal_status"_s].toString();
    }
    return {};
}
} // namespace

class TestPortalAccess : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void invitationToActivationToNotification();
    void invitationNeedsLoginAndEmail();
    void passwordRules_data();
    void passwordRules();
    void fiftyConcurrentActivationsUseTheTokenOnce();
    void linkOneSecondPastExpiryFails();
    void resendVoidsTheFirstLink();
    void emailChangeVoidsThePendingInvitation();
    void loginOffVoidsThePendingInvitation();
    void invitationSendOperationAndChangeFeed();
    void severalAccountsSwitchAndLoginOffIsUnreachable();
    void missingOrWrongCsrfIsForbiddenAndChangesNothing();
    void signupDisabledIsNotFoundAndReenabledWorks();
    void signupWithKnownEmailLinksTheExistingContact();
    void hostileInputIsEscapedInPagesAndMails();
    void pagesFollowTheFirmLanguage();
    void rateLimitsAnswer429();

private:
    struct Created {
        QString accountId;
        QString contactId;
    };
    // An individual account with one contact (LOGIN on) assigned to the employee.
    Created createAccount(const QString& first, const QString& last, const QString& email,
                          bool login = true);
    QString invite(const Created& c, const QString& message = {});
    // The newest mail to @p email (waiting for at least @p count mails to it).
    MailView mailTo(const QString& email, int count = 1);
    // Activates through the link; returns the client signed in.
    std::unique_ptr<PortalClient> activate(const QString& path, const QString& password);
    QJsonObject pendingItem(const QString& invitationId);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<mail::test::SmtpTestServer> m_smtp;
    ServerProcess m_server;
    std::unique_ptr<ApiClient> m_owner;
    std::unique_ptr<ApiClient> m_employee;
    QString m_employeeId;
    const QString m_password = u"portal-secret-1"_s;
};

void TestPortalAccess::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(backendFromEnvironment());
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY(initFirm(m_db->spec(), {u"Kanzlei Portal"_s, u"owner@portal.example"_s, m_password}));
    QVERIFY(addUser(m_db->spec(), u"Kanzlei Portal"_s, u"erika@portal.example"_s, u"employee"_s,
                    u"manage_accounts"_s, m_password));
    QVERIFY(addUser(m_db->spec(), u"Kanzlei Portal"_s, u"dora@portal.example"_s, u"employee"_s,
                    u"default_account_access"_s, m_password));
    m_smtp = mail::test::SmtpTestServer::startAiosmtpd();
    QVERIFY(m_smtp);
    QVERIFY(m_server.start(m_db->spec(), {u"--public-url"_s, publicUrl, u"--smtp"_s,
                                          u"smtp://127.0.0.1:%1"_s.arg(m_smtp->port()),
                                          u"--portal-limit-address"_s, u"100000"_s,
                                          u"--portal-limit-signup"_s, u"1000"_s}));
    m_owner = std::make_unique<ApiClient>(m_server.baseUrl());
    QVERIFY(!m_owner->signIn(u"owner@portal.example"_s, m_password).isEmpty());
    m_employee = std::make_unique<ApiClient>(m_server.baseUrl());
    QVERIFY(!m_employee->signIn(u"erika@portal.example"_s, m_password).isEmpty());
    for (const QJsonValue& m : m_owner->get(u"/api/v1/team-members"_s).items()) {
        if (m[u"email"_s].toString() == u"erika@portal.example")
            m_employeeId = m[u"id"_s].toString();
    }
    QVERIFY(!m_employeeId.isEmpty());
}

void TestPortalAccess::cleanupTestCase()
{
    QCOMPARE(m_server.terminate(), 0);
}

TestPortalAccess::Created TestPortalAccess::createAccount(const QString& first, const QString& last,
                                                          const QString& email, bool login)
{
    QJsonObject body = individualAccount(first, last, email);
    QJsonArray contacts = body[u"contacts"_s].toArray();
    QJsonObject contact = contacts[0].toObject();
    contact[u"login"_s] = login;
    contacts[0] = contact;
    body[u"contacts"_s] = contacts;
    body[u"team_member_ids"_s] = QJsonArray{m_employeeId};
    const Reply r = m_owner->post(u"/api/v1/accounts"_s, body);
    if (r.status != 201)
        qWarning("account create: %d %s", r.status, r.body.constData());
    return {r.json[u"id"_s].toString(), r.json[u"contacts"_s][0][u"contact_id"_s].toString()};
}

QString TestPortalAccess::invite(const Created& c, const QString& message)
{
    const Reply r = m_owner->post(
        u"/api/v1/invitations"_s,
        {{u"account_id"_s, c.accountId}, {u"contact_id"_s, c.contactId}, {u"message"_s, message}});
    if (r.status != 201)
        qWarning("invite: %d %s", r.status, r.body.constData());
    return r.json[u"id"_s].toString();
}

MailView TestPortalAccess::mailTo(const QString& email, int count)
{
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        QList<QByteArray> found;
        for (const mail::test::ReceivedMail& m : m_smtp->received()) {
            if (m.envelope[u"rcpt_tos"_s].toArray().contains(email))
                found.append(m.data);
        }
        if (found.size() >= count)
            return viewMail(found.constLast());
        QTest::qWait(50);
    }
    return {};
}

std::unique_ptr<PortalClient> TestPortalAccess::activate(const QString& path,
                                                         const QString& password)
{
    auto client = std::make_unique<PortalClient>(m_server.baseUrl());
    const Reply form = client->get(path);
    if (form.status != 200)
        return nullptr;
    const Reply r =
        client->post(u"/portal/activate"_s, {{u"token"_s, inputValue(form.body, u"token"_s)},
                                             {u"password"_s, password},
                                             {u"password_confirm"_s, password}});
    if (r.status != 303)
        return nullptr;
    return client;
}

QJsonObject TestPortalAccess::pendingItem(const QString& invitationId)
{
    for (const QJsonValue& item : m_owner->get(u"/api/v1/pending-activations"_s).items()) {
        if (item[u"invitation_id"_s].toString() == invitationId)
            return item.toObject();
    }
    return {};
}

void TestPortalAccess::invitationToActivationToNotification()
{
    const Created c = createAccount(u"Klara"_s, u"Kunde"_s, u"klara@kunde.example"_s);
    QVERIFY(!c.accountId.isEmpty());
    // R-INV-2: the personal message travels with the invitation.
    const Reply sent = m_owner->post(u"/api/v1/invitations"_s,
                                     {{u"account_id"_s, c.accountId},
                                      {u"contact_id"_s, c.contactId},
                                      {u"message"_s, u"Liebe Klara,\nbis bald im Portal!"_s}});
    QCOMPARE(sent.status, 201);
    const QString invitationId = sent.json[u"id"_s].toString();
    const QDateTime expires =
        QDateTime::fromString(sent.json[u"expires_at"_s].toString(), Qt::ISODateWithMs);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().daysTo(expires) - 14) <= 1); // default 14 days
    QVERIFY(QStringList({u"queued"_s, u"sent"_s}).contains(sent.json[u"status"_s].toString()));

    const MailView invitation = mailTo(u"klara@kunde.example"_s);
    QVERIFY2(invitation.subject.contains(u"Kanzlei Portal"_s), qPrintable(invitation.subject));
    QVERIFY(invitation.text.contains(u"bis bald im Portal!"_s));
    QVERIFY(invitation.text.contains(expires.toLocalTime().toString(u"dd.MM.yyyy"_s)));
    const QString link = activationPath(invitation.text);
    QVERIFY2(!link.isEmpty(), qPrintable(invitation.text));
    QVERIFY(invitation.html.contains(u"/portal/activate?token="_s));

    // R-INV-7: pending, with status, times and count; the account shows "pending".
    QTRY_COMPARE_WITH_TIMEOUT(pendingItem(invitationId)[u"status"_s].toString(), u"sent"_s, 10000);
    const QJsonObject item = pendingItem(invitationId);
    QCOMPARE(item[u"account_id"_s].toString(), c.accountId);
    QCOMPARE(item[u"contact_id"_s].toString(), c.contactId);
    QCOMPARE(item[u"email"_s].toString(), u"klara@kunde.example"_s);
    QCOMPARE(item[u"send_count"_s].toInt(), 1);
    QVERIFY(!item[u"sent_at"_s].toString().isEmpty());
    const Reply pendingList = m_owner->get(u"/api/v1/accounts?portal_status=pending"_s);
    QVERIFY(QJsonDocument(pendingList.json).toJson().contains(c.accountId.toLatin1()));

    // R-INV-6: follow the link, choose a password, be signed in.
    PortalClient client(m_server.baseUrl());
    const Reply form = client.get(link);
    QCOMPARE(form.status, 200);
    QVERIFY(form.body.contains("name=\"password_confirm\""));
    QVERIFY(form.headers.value("content-type").startsWith("text/html"));
    const QString token = inputValue(form.body, u"token"_s);
    const Reply mismatch = client.post(
        u"/portal/activate"_s,
        {{u"token"_s, token}, {u"password"_s, goodPassword}, {u"password_confirm"_s, u"x"_s}});
    QCOMPARE(mismatch.status, 422);
    const Reply done = client.post(u"/portal/activate"_s, {{u"token"_s, token},
                                                           {u"password"_s, goodPassword},
                                                           {u"password_confirm"_s, goodPassword}});
    QCOMPARE(done.status, 303);
    QCOMPARE(done.headers.value("location"), QByteArray("/portal/"));
    const QByteArray cookie = done.headers.value("set-cookie");
    QVERIFY(cookie.contains("kontor_portal="));
    QVERIFY(cookie.contains("HttpOnly"));
    QVERIFY(cookie.contains("SameSite=Lax"));
    QVERIFY(!cookie.contains("Secure")); // the public URL is http
    const Reply home = client.get(u"/portal/"_s);
    QCOMPARE(home.status, 200);
    QVERIFY(home.body.contains("Klara Kunde"));
    QVERIFY(QString::fromUtf8(home.body).contains(u"Vom Kunden hochgeladene Dokumente"_s));
    QCOMPARE(client.get(link).status, 410); // single use

    // Sign out, sign in again with the new password.
    QCOMPARE(client.post(u"/portal/logout"_s, {}).status, 303);
    QCOMPARE(client.get(u"/portal/"_s).status, 303);
    const Reply login = client.post(u"/portal/login"_s, {{u"email"_s, u"Klara@Kunde.example"_s},
                                                         {u"password"_s, goodPassword}});
    QCOMPARE(login.status, 303);
    QCOMPARE(client.get(u"/portal/"_s).status, 200);

    // R-REG-2/3: the assigned team member has an inbox entry and a mail with "Gehe zu" links.
    QJsonObject note;
    for (const QJsonValue& n : m_employee->get(u"/api/v1/notifications"_s).items()) {
        if (n[u"kind"_s].toString() == u"portal_activated" &&
            n[u"account_id"_s].toString() == c.accountId)
            note = n.toObject();
    }
    QVERIFY(!note.isEmpty());
    QCOMPARE(note[u"links"_s][u"desktop"_s].toString(), u"kontor://account/"_s + c.accountId);
    QCOMPARE(note[u"links"_s][u"web"_s].toString(), publicUrl + u"/accounts/"_s + c.accountId);
    QVERIFY(note[u"title"_s].toString().contains(u"Klara Kunde"_s));
    const MailView notice = mailTo(u"erika@portal.example"_s);
    QVERIFY(notice.text.contains(u"kontor://account/"_s + c.accountId));
    QVERIFY(notice.text.contains(publicUrl + u"/accounts/"_s + c.accountId));
    QVERIFY(notice.subject.contains(u"Klara Kunde"_s));

    // Activated: off the pending list; the account is "activated".
    QVERIFY(pendingItem(invitationId).isEmpty());
    const Reply account = m_owner->get(u"/api/v1/accounts/"_s + c.accountId);
    QCOMPARE(account.json[u"contacts"_s][0][u"portal_status"_s].toString(), u"activated"_s);
    // …and so is its row in the account list, searched or not.
    QCOMPARE(listedPortalStatus(*m_owner, u"klara"_s, c.accountId), u"activated"_s);
    QCOMPARE(listedPortalStatus(*m_owner, QString(), c.accountId), u"activated"_s);
    const Reply web = PortalClient(m_server.baseUrl()).get(u"/accounts/"_s + c.accountId);
    QCOMPARE(web.status, 200);
    QVERIFY(web.body.contains(QByteArray("kontor://account/" + c.accountId.toLatin1())));
}

void TestPortalAccess::invitationNeedsLoginAndEmail()
{
    // R-SW-1/4: LOGIN must be on, and the contact needs an email.
    const Created off = createAccount(u"Otto"_s, u"Ohnelogin"_s, u"otto@kunde.example"_s, false);
    Reply r = m_owner->post(u"/api/v1/invitations"_s,
                            {{u"account_id"_s, off.accountId}, {u"contact_id"_s, off.contactId}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorPaths(), QStringList{u"contact_id"_s});
    const Created noMail = createAccount(u"Nora"_s, u"Ohnemail"_s, {}, false);
    r = m_owner->post(u"/api/v1/invitations"_s,
                      {{u"account_id"_s, noMail.accountId}, {u"contact_id"_s, noMail.contactId}});
    QCOMPARE(r.status, 422);
    r = m_owner->post(u"/api/v1/invitations"_s,
                      {{u"account_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                       {u"contact_id"_s, off.contactId}});
    QCOMPARE(r.status, 404);
    r = m_owner->post(u"/api/v1/invitations/"_s +
                          QUuid::createUuid().toString(QUuid::WithoutBraces) + u"/resend"_s,
                      {});
    QCOMPARE(r.status, 404);
}

void TestPortalAccess::passwordRules_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("status");
    QTest::newRow("nine characters") << u"abcdefgh9"_s << 422;
    QTest::newRow("common password") << u"Passwort123"_s << 422;
    QTest::newRow("common keyboard walk") << u"qwertzuiop"_s << 422;
    QTest::newRow("257 characters") << QString(257, u'x') << 422;
    QTest::newRow("ten Unicode characters") << u"ÄÖÜäöüß€日本"_s << 303;
    QTest::newRow("256 characters") << QString(256, u'y') << 303;
}

void TestPortalAccess::passwordRules()
{
    QFETCH(QString, password);
    QFETCH(int, status);
    static int n = 0;
    const QString email = u"pw%1@kunde.example"_s.arg(++n);
    const Created c = createAccount(u"Paula"_s, u"Passwort"_s, email);
    invite(c);
    const QString link = activationPath(mailTo(email).text);
    PortalClient client(m_server.baseUrl());
    const Reply form = client.get(link);
    const Reply r =
        client.post(u"/portal/activate"_s, {{u"token"_s, inputValue(form.body, u"token"_s)},
                                            {u"password"_s, password},
                                            {u"password_confirm"_s, password}});
    QCOMPARE(r.status, status);
    if (status == 303) {
        const Reply login = PortalClient(m_server.baseUrl()).get(u"/portal/login"_s);
        PortalClient again(m_server.baseUrl());
        again.csrf();
        QCOMPARE(
            again.post(u"/portal/login"_s, {{u"email"_s, email}, {u"password"_s, password}}).status,
            303);
        Q_UNUSED(login);
    }
}

void TestPortalAccess::fiftyConcurrentActivationsUseTheTokenOnce()
{
    const Created c = createAccount(u"Rita"_s, u"Rennen"_s, u"rita@kunde.example"_s);
    invite(c);
    const QString link = activationPath(mailTo(u"rita@kunde.example"_s).text);
    PortalClient client(m_server.baseUrl());
    const Reply form = client.get(link);
    const QString token = inputValue(form.body, u"token"_s);
    const QByteArray csrf = client.cookies().value("kontor_csrf");
    QVERIFY(!token.isEmpty() && !csrf.isEmpty());
    const QByteArray body = "csrf=" + csrf + "&token=" + token.toLatin1() +
                            "&password=" + QUrl::toPercentEncoding(goodPassword) +
                            "&password_confirm=" + QUrl::toPercentEncoding(goodPassword);
    const QByteArray request = "POST /portal/activate HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                               "Content-Type: application/x-www-form-urlencoded\r\n"
                               "Cookie: kontor_csrf=" +
                               csrf + "\r\nContent-Length: " + QByteArray::number(body.size()) +
                               "\r\n\r\n" + body;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 50; ++i) {
        auto s = std::make_unique<QTcpSocket>();
        s->connectToHost(QHostAddress::LocalHost, m_server.port());
        QVERIFY(s->waitForConnected(5000));
        sockets.push_back(std::move(s));
    }
    for (auto& s : sockets) { // all requests are in flight before any answer is read
        s->write(request);
        s->flush();
    }
    int succeeded = 0;
    int gone = 0;
    for (auto& s : sockets) {
        const RawResponse r = readRawResponse(*s, 30000);
        succeeded += r.status == 303;
        gone += r.status == 410;
    }
    QCOMPARE(succeeded, 1);
    QCOMPARE(gone, 49);
    QCOMPARE(
        queryValue(m_db->spec(), u"SELECT COUNT(*) FROM portal_sessions WHERE contact_id = '"_s +
                                     c.contactId + u"'"_s)
            .toInt(),
        1);
}

void TestPortalAccess::linkOneSecondPastExpiryFails()
{
    const Created c = createAccount(u"Emil"_s, u"Ende"_s, u"emil@kunde.example"_s);
    const QString id = invite(c);
    const QString link = activationPath(mailTo(u"emil@kunde.example"_s).text);
    PortalClient client(m_server.baseUrl());
    const Reply form = client.get(link);
    QCOMPARE(form.status, 200);
    // The link's time ran out one second ago.
    const qint64 past = QDateTime::currentMSecsSinceEpoch() - 1000;
    QVERIFY(execSql(
        m_db->spec(),
        u"UPDATE invitations SET expires_at = %1 WHERE invitation_id = '%2'"_s.arg(past).arg(id)));
    QCOMPARE(client.get(link).status, 410);
    const Reply r =
        client.post(u"/portal/activate"_s, {{u"token"_s, inputValue(form.body, u"token"_s)},
                                            {u"password"_s, goodPassword},
                                            {u"password_confirm"_s, goodPassword}});
    QCOMPARE(r.status, 410);
    QCOMPARE(pendingItem(id)[u"status"_s].toString(), u"expired"_s);
    // Resending gives a working link again.
    const Reply again = m_owner->post(u"/api/v1/invitations/"_s + id + u"/resend"_s, {});
    QCOMPARE(again.status, 200);
    const QString link2 = activationPath(mailTo(u"emil@kunde.example"_s, 2).text);
    QVERIFY(activate(link2, goodPassword));
}

void TestPortalAccess::resendVoidsTheFirstLink()
{
    const Created c = createAccount(u"Vera"_s, u"Voll"_s, u"vera@kunde.example"_s);
    const QString id = invite(c, u"Erste Einladung"_s);
    const MailView first = mailTo(u"vera@kunde.example"_s);
    const Reply r = m_owner->post(u"/api/v1/invitations/"_s + id + u"/resend"_s, {});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[u"id"_s].toString(), id);
    const MailView second = mailTo(u"vera@kunde.example"_s, 2);
    QVERIFY(second.text.contains(u"Erste Einladung"_s)); // the message is kept
    QVERIFY(first.messageId != second.messageId);
    const QString link1 = activationPath(first.text);
    const QString link2 = activationPath(second.text);
    QVERIFY(!link2.isEmpty() && link1 != link2);
    PortalClient client(m_server.baseUrl());
    QCOMPARE(client.get(link1).status, 410);
    QTRY_COMPARE_WITH_TIMEOUT(pendingItem(id)[u"send_count"_s].toInt(), 2, 10000);
    QVERIFY(activate(link2, goodPassword));
    QCOMPARE(m_owner->post(u"/api/v1/invitations/"_s + id + u"/resend"_s, {}).status, 409);
}

void TestPortalAccess::emailChangeVoidsThePendingInvitation()
{
    const Created c = createAccount(u"Max"_s, u"Umzug"_s, u"max.alt@kunde.example"_s);
    const QString id = invite(c);
    const QString link = activationPath(mailTo(u"max.alt@kunde.example"_s).text);
    const Reply patch = m_owner->patch(u"/api/v1/contacts/"_s + c.contactId,
                                       {{u"email"_s, u"max.neu@kunde.example"_s}});
    QCOMPARE(patch.status, 200);
    QCOMPARE(PortalClient(m_server.baseUrl()).get(link).status, 410);
    QVERIFY(pendingItem(id).isEmpty());
    const Reply account = m_owner->get(u"/api/v1/accounts/"_s + c.accountId);
    QCOMPARE(account.json[u"contacts"_s][0][u"portal_status"_s].toString(), u"not_activated"_s);
}

void TestPortalAccess::loginOffVoidsThePendingInvitation()
{
    const Created c = createAccount(u"Lena"_s, u"Leise"_s, u"lena@kunde.example"_s);
    const QString id = invite(c);
    const QString link = activationPath(mailTo(u"lena@kunde.example"_s).text);
    QCOMPARE(m_owner
                 ->put(u"/api/v1/accounts/"_s + c.accountId + u"/contacts/"_s + c.contactId,
                       {{u"login"_s, false}, {u"notify"_s, true}})
                 .status,
             200);
    QCOMPARE(PortalClient(m_server.baseUrl()).get(link).status, 410);
    QVERIFY(pendingItem(id).isEmpty());
}

void TestPortalAccess::invitationSendOperationAndChangeFeed()
{
    const Created c = createAccount(u"Sina"_s, u"Sync"_s, u"sina@kunde.example"_s);
    const QString cursor =
        m_owner->get(u"/api/v1/changes?limit=1000"_s).json[u"cursor"_s].toString();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject op{{u"op_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                         {u"kind"_s, u"invitation.send"_s},
                         {u"payload"_s, QJsonObject{{u"id"_s, id},
                                                    {u"account_id"_s, c.accountId},
                                                    {u"contact_id"_s, c.contactId},
                                                    {u"message"_s, u"Per Sync"_s}}}};
    const Reply pushed = m_owner->post(u"/api/v1/ops"_s, {{u"ops"_s, QJsonArray{op}}});
    QCOMPARE(pushed.status, 200);
    QCOMPARE(pushed.json[u"results"_s][0][u"status"_s].toString(), u"applied"_s);
    const Reply replay = m_owner->post(u"/api/v1/ops"_s, {{u"ops"_s, QJsonArray{op}}});
    QCOMPARE(replay.json[u"results"_s][0][u"status"_s].toString(), u"replayed"_s);
    QVERIFY(mailTo(u"sina@kunde.example"_s).text.contains(u"Per Sync"_s));
    QCOMPARE(pendingItem(id)[u"invitation_id"_s].toString(), id);
    QCOMPARE(listedPortalStatus(*m_owner, QString(), c.accountId), u"pending"_s);

    // The change feed carries the invitation and the account's new portal status.
    const Reply feed = m_owner->get(u"/api/v1/changes?since="_s + cursor);
    bool invitationSeen = false;
    bool accountSeen = false;
    for (const QJsonValue& ch : feed.json[u"changes"_s].toArray()) {
        if (ch[u"entity"_s].toString() == u"invitation" && ch[u"id"_s].toString() == id) {
            invitationSeen = true;
            QCOMPARE(ch[u"data"_s][u"contact_id"_s].toString(), c.contactId);
            QCOMPARE(ch[u"data"_s][u"email"_s].toString(), u"sina@kunde.example"_s);
        }
        if (ch[u"entity"_s].toString() == u"account" && ch[u"id"_s].toString() == c.accountId) {
            accountSeen = true;
            QCOMPARE(ch[u"data"_s][u"portal_status"_s].toString(), u"pending"_s);
        }
    }
    QVERIFY(invitationSeen);
    QVERIFY(accountSeen);
    // Activated: the feed deletes it from the pending list.
    const QString after = feed.json[u"cursor"_s].toString();
    QVERIFY(activate(activationPath(mailTo(u"sina@kunde.example"_s).text), goodPassword));
    bool deleted = false;
    for (const QJsonValue& ch :
         m_owner->get(u"/api/v1/changes?since="_s + after).json[u"changes"_s].toArray()) {
        if (ch[u"entity"_s].toString() == u"invitation" && ch[u"id"_s].toString() == id)
            deleted = ch[u"op"_s].toString() == u"delete";
    }
    QVERIFY(deleted);
}

void TestPortalAccess::severalAccountsSwitchAndLoginOffIsUnreachable()
{
    // R-INV-5: one contact on three accounts, LOGIN on two of them.
    const Created first = createAccount(u"Mia"_s, u"Mehrfach"_s, u"mia@kunde.example"_s);
    auto link = [&](const QString& company, bool login) {
        const Reply r = m_owner->post(
            u"/api/v1/accounts"_s,
            {{u"type"_s, u"company"_s},
             {u"company_name"_s, company},
             {u"contacts"_s, QJsonArray{QJsonObject{{u"existing_contact_id"_s, first.contactId},
                                                    {u"login"_s, login},
                                                    {u"notify"_s, false},
                                                    {u"email_sync"_s, false}}}}});
        return r.json[u"id"_s].toString();
    };
    const QString second = link(u"Mia Bau GmbH"_s, true);
    const QString third = link(u"Mia Geheim GmbH"_s, false);
    QVERIFY(!second.isEmpty() && !third.isEmpty());
    invite(first);
    auto client = activate(activationPath(mailTo(u"mia@kunde.example"_s).text), goodPassword);
    QVERIFY(client);
    const Reply home = client->get(u"/portal/"_s);
    QCOMPARE(home.status, 200);
    QVERIFY(home.body.contains("Mia Bau GmbH"));
    QVERIFY(home.body.contains(QByteArray("/portal/?account=" + second.toLatin1())));
    QVERIFY(!home.body.contains("Mia Geheim GmbH"));
    const Reply switched = client->get(u"/portal/?account="_s + second);
    QCOMPARE(switched.status, 200);
    QVERIFY(switched.body.contains("<h1>Mia Bau GmbH</h1>"));
    QCOMPARE(client->get(u"/portal/?account="_s + third).status, 404);
    // The second account turned "activated" too: LOGIN on and the contact has a password.
    QCOMPARE(m_owner->get(u"/api/v1/accounts/"_s + second)
                 .json[u"contacts"_s][0][u"portal_status"_s]
                 .toString(),
             u"activated"_s);
    // LOGIN off: no longer reachable.
    const Reply off =
        m_owner->put(u"/api/v1/accounts/"_s + second + u"/contacts/"_s + first.contactId,
                     {{u"login"_s, false}, {u"notify"_s, false}});
    QCOMPARE(off.status, 200);
    QCOMPARE(client->get(u"/portal/?account="_s + second).status, 404);
    QVERIFY(!client->get(u"/portal/"_s).body.contains("Mia Bau GmbH"));
}

void TestPortalAccess::missingOrWrongCsrfIsForbiddenAndChangesNothing()
{
    const Created c = createAccount(u"Carl"_s, u"Csrf"_s, u"carl@kunde.example"_s);
    invite(c);
    const QString link = activationPath(mailTo(u"carl@kunde.example"_s).text);
    PortalClient client(m_server.baseUrl());
    const Reply form = client.get(link);
    const QString token = inputValue(form.body, u"token"_s);
    const QList<std::pair<QString, QString>> fields{
        {u"token"_s, token}, {u"password"_s, goodPassword}, {u"password_confirm"_s, goodPassword}};
    // Wrong, then missing CSRF field; then a cookie the attacker cannot know is absent.
    QCOMPARE(
        client
            .post(u"/portal/activate"_s,
                  fields + QList<std::pair<QString, QString>>{{u"csrf"_s, u"x"_s.repeated(43)}})
            .status,
        403);
    QCOMPARE(client
                 .post(u"/portal/activate"_s,
                       fields + QList<std::pair<QString, QString>>{{u"csrf"_s, QString()}})
                 .status,
             403);
    PortalClient noCookie(m_server.baseUrl());
    QCOMPARE(
        noCookie
            .post(u"/portal/activate"_s,
                  fields +
                      QList<std::pair<QString, QString>>{
                          {u"csrf"_s, QString::fromLatin1(client.cookies().value("kontor_csrf"))}})
            .status,
        403);
    QCOMPARE(client.get(link).status, 200); // the link still works: nothing changed
    const int accounts = queryValue(m_db->spec(), u"SELECT COUNT(*) FROM accounts"_s).toInt();
    QCOMPARE(client
                 .post(u"/portal/signup"_s, {{u"csrf"_s, u"wrong"_s},
                                             {u"first_name"_s, u"Fritz"_s},
                                             {u"last_name"_s, u"Fälscher"_s},
                                             {u"email"_s, u"fritz@kunde.example"_s}})
                 .status,
             403);
    QCOMPARE(queryValue(m_db->spec(), u"SELECT COUNT(*) FROM accounts"_s).toInt(), accounts);
    QCOMPARE(client
                 .post(u"/portal/login"_s, {{u"csrf"_s, u""_s},
                                            {u"email"_s, u"carl@kunde.example"_s},
                                            {u"password"_s, goodPassword}})
                 .status,
             403);
    QVERIFY(activate(link, goodPassword));
}

void TestPortalAccess::signupDisabledIsNotFoundAndReenabledWorks()
{
    QJsonObject settings = m_owner->get(u"/api/v1/settings"_s).json;
    settings[u"signup_enabled"_s] = false;
    QCOMPARE(m_owner->put(u"/api/v1/settings"_s, settings).status, 200);
    PortalClient client(m_server.baseUrl());
    client.csrf();
    QCOMPARE(client.get(u"/portal/signup"_s).status, 404);
    const QList<std::pair<QString, QString>> fields{{u"first_name"_s, u"Sven"_s},
                                                    {u"last_name"_s, u"Selbst"_s},
                                                    {u"email"_s, u"sven@kunde.example"_s}};
    QCOMPARE(client.post(u"/portal/signup"_s, fields).status, 404);
    QVERIFY(!client.get(u"/portal/login"_s).body.contains("/portal/signup"));

    settings[u"signup_enabled"_s] = true;
    QCOMPARE(m_owner->put(u"/api/v1/settings"_s, settings).status, 200);
    QCOMPARE(client.get(u"/portal/signup"_s).status, 200);
    const Reply done = client.post(u"/portal/signup"_s, fields);
    QCOMPARE(done.status, 200);
    const MailView confirmation = mailTo(u"sven@kunde.example"_s);
    QVERIFY(confirmation.subject.contains(u"Kanzlei Portal"_s));
    auto signedIn = activate(activationPath(confirmation.text), goodPassword);
    QVERIFY(signedIn);
    QVERIFY(signedIn->get(u"/portal/"_s).body.contains("Sven Selbst"));
    // R-REG-2: everyone with default account access is told, in the inbox and by mail.
    ApiClient dora(m_server.baseUrl());
    QVERIFY(!dora.signIn(u"dora@portal.example"_s, m_password).isEmpty());
    bool told = false;
    for (const QJsonValue& n : dora.get(u"/api/v1/notifications"_s).items())
        told |= n[u"kind"_s].toString() == u"portal_signup" &&
                n[u"title"_s].toString().contains(u"Sven Selbst"_s) &&
                n[u"links"_s][u"desktop"_s].toString().startsWith(u"kontor://account/"_s);
    QVERIFY(told);
    QVERIFY(mailTo(u"dora@portal.example"_s).text.contains(u"Sven Selbst"_s));
}

void TestPortalAccess::signupWithKnownEmailLinksTheExistingContact()
{
    const Created known = createAccount(u"Karl"_s, u"Bekannt"_s, u"karl@kunde.example"_s, false);
    PortalClient client(m_server.baseUrl());
    client.csrf(u"/portal/signup"_s);
    const Reply knownReply =
        client.post(u"/portal/signup"_s, {{u"first_name"_s, u"Karl"_s},
                                          {u"last_name"_s, u"Anders"_s},
                                          {u"email"_s, u"KARL@kunde.example"_s}});
    const Reply unknownReply =
        client.post(u"/portal/signup"_s, {{u"first_name"_s, u"Karl"_s},
                                          {u"last_name"_s, u"Anders"_s},
                                          {u"email"_s, u"karl2@kunde.example"_s}});
    QCOMPARE(knownReply.status, 200);
    QCOMPARE(knownReply.status, unknownReply.status);
    QCOMPARE(knownReply.body, unknownReply.body); // nothing tells the visitor which was known
    QCOMPARE(queryValue(m_db->spec(), u"SELECT COUNT(*) FROM contacts WHERE email_key = "
                                      "'karl@kunde.example'"_s)
                 .toInt(),
             1);
    QCOMPARE(
        queryValue(m_db->spec(), u"SELECT COUNT(*) FROM account_contacts WHERE contact_id = '"_s +
                                     known.contactId + u"' AND login = 1"_s)
            .toInt(),
        1);
    // The mail goes to the known contact's address and greets it by its stored name.
    const MailView mail = mailTo(u"karl@kunde.example"_s);
    QVERIFY(mail.text.contains(u"Karl Bekannt"_s));
    QVERIFY(activate(activationPath(mail.text), goodPassword));
}

void TestPortalAccess::hostileInputIsEscapedInPagesAndMails()
{
    // Names may not hold < > " (R-NAME-1) but may hold & and '; messages may hold anything.
    const Created c = createAccount(u"Jo & 'Jim'"_s, u"O'Neil"_s, u"jo@kunde.example"_s);
    invite(c, u"<script>alert('x')</script>\r\nBcc: victim@evil.example"_s);
    const mail::test::ReceivedMail raw = [&] {
        const QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired()) {
            for (const mail::test::ReceivedMail& m : m_smtp->received()) {
                if (m.envelope[u"rcpt_tos"_s].toArray().contains(u"jo@kunde.example"_s))
                    return m;
            }
            QTest::qWait(50);
        }
        return mail::test::ReceivedMail{};
    }();
    QCOMPARE(raw.envelope[u"rcpt_tos"_s].toArray().size(), 1);
    const MailView mail = viewMail(raw.data);
    QVERIFY(!mail.html.contains(u"<script>"_s));
    QVERIFY(mail.html.contains(u"&lt;script&gt;"_s));
    QVERIFY(mail.html.contains(u"Jo &amp; &#39;Jim&#39; O&#39;Neil"_s) ||
            mail.html.contains(u"Jo &amp; &#x27;Jim&#x27; O&#x27;Neil"_s));
    const QJsonObject parsed = mail::test::parseWithPython(raw.data);
    for (const QJsonValue& h : parsed[u"headers"_s].toArray())
        QVERIFY(h[0].toString().compare(u"Bcc"_s, Qt::CaseInsensitive) != 0);

    auto client = activate(activationPath(mail.text), goodPassword);
    QVERIFY(client);
    const QByteArray home = client->get(u"/portal/"_s).body;
    QVERIFY(home.contains("Jo &amp; &#39;Jim&#39; O&#39;Neil"));
    QVERIFY(!home.contains("Jo & 'Jim'"));

    // A hostile sign-up: refused, and what was typed comes back escaped.
    PortalClient visitor(m_server.baseUrl());
    visitor.csrf(u"/portal/signup"_s);
    const Reply r =
        visitor.post(u"/portal/signup"_s, {{u"first_name"_s, u"<img src=x onerror=alert(1)>"_s},
                                           {u"last_name"_s, u"\"><script>alert(2)</script>"_s},
                                           {u"email"_s, u"x@kunde.example"_s}});
    QCOMPARE(r.status, 422);
    QVERIFY(!r.body.contains("<img src=x"));
    QVERIFY(!r.body.contains("<script>"));
    QVERIFY(r.body.contains("&lt;img src=x onerror=alert(1)&gt;"));
    QVERIFY(r.headers.value("content-security-policy").contains("default-src 'none'"));
}

void TestPortalAccess::pagesFollowTheFirmLanguage()
{
    PortalClient client(m_server.baseUrl());
    Reply page = client.get(u"/portal/login"_s);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("<html lang=\"de\">"));
    QVERIFY(page.body.contains("<h1>Anmelden</h1>"));
    QVERIFY(page.body.contains("Kundenportal"));
    QJsonObject settings = m_owner->get(u"/api/v1/settings"_s).json;
    settings[u"language"_s] = u"en"_s;
    QCOMPARE(m_owner->put(u"/api/v1/settings"_s, settings).status, 200);
    page = client.get(u"/portal/login"_s);
    QVERIFY(page.body.contains("<html lang=\"en\">"));
    QVERIFY(page.body.contains("<h1>Sign in</h1>"));
    settings[u"language"_s] = u"de"_s;
    QCOMPARE(m_owner->put(u"/api/v1/settings"_s, settings).status, 200);
    // The stylesheet is a resource of the server.
    const Reply css = client.get(u"/portal/portal.css"_s);
    QCOMPARE(css.status, 200);
    QVERIFY(css.headers.value("content-type").startsWith("text/css"));
    QVERIFY(css.body.contains("nav.accounts"));
}

void TestPortalAccess::rateLimitsAnswer429()
{
    // A server with small limits on a database of its own (the counters live in the database,
    // and this suite's other requests came from the same address).
    TestDatabase db(m_db->backend());
    QVERIFY(db.isValid());
    QVERIFY(initFirm(db.spec(), {u"Kanzlei Streng"_s, u"owner@streng.example"_s, m_password}));
    ServerProcess strict;
    QVERIFY(strict.start(db.spec(), {u"--public-url"_s, publicUrl, u"--portal-limit-email"_s,
                                     u"2"_s, u"--portal-limit-address"_s, u"4"_s,
                                     u"--portal-limit-signup"_s, u"1"_s}));
    PortalClient client(strict.baseUrl());
    client.csrf();
    const QList<std::pair<QString, QString>> wrong{{u"email"_s, u"limit@kunde.example"_s},
                                                   {u"password"_s, u"falsch und falsch"_s}};
    QCOMPARE(client.post(u"/portal/login"_s, wrong).status, 422);
    QCOMPARE(client.post(u"/portal/login"_s, wrong).status, 422);
    const Reply limited = client.post(u"/portal/login"_s, wrong); // per email address
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.headers.value("retry-after").toInt() > 0);
    const QList<std::pair<QString, QString>> signup{{u"first_name"_s, u"Lisa"_s},
                                                    {u"last_name"_s, u"Limit"_s},
                                                    {u"email"_s, u"lisa@kunde.example"_s}};
    QCOMPARE(client.post(u"/portal/signup"_s, signup).status, 200);
    QCOMPARE(client.post(u"/portal/signup"_s, signup).status, 429); // per email address
    // Two failed sign-ins and one sign-up so far from this address; one more, then the cap.
    QCOMPARE(client.post(u"/portal/activate"_s, {{u"token"_s, u"unbekannt"_s}}).status, 410);
    QCOMPARE(client.post(u"/portal/activate"_s, {{u"token"_s, u"unbekannt"_s}}).status, 429);
    QCOMPARE(strict.terminate(), 0);
}

QTEST_GUILESS_MAIN(TestPortalAccess)
#include "tst_portalaccess.moc"
