// The staff API end to end: the real kontor-server process on loopback, on SQLite or on
// PostgreSQL (KONTOR_TEST_BACKEND), driven over HTTP.
#include "serverfixture.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor::test;

class TestServerApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void signInReturnsTokenUserAndFirm();
    void wrongPasswordAndUnknownEmailAnswerAlike();
    void signOutRevokesTheToken();
    void expiredTokenIs401();
    void failedSignInsAreLimitedPerAccount();
    void missingOrForgedTokenIs401_data();
    void missingOrForgedTokenIs401();
    void createsAccountWithGeneratedNameAndDefaultFolders();
    void createRejectsEveryFieldErrorAtOnceAndWritesNothing();
    void phoneNumbersAreStoredInE164();
    void unknownAccountIs404();
    void badBodiesGetPreciseErrors_data();
    void badBodiesGetPreciseErrors();
    void unknownRouteAndMethod();
    void errorsSpeakGermanWhenAsked();

private:
    std::unique_ptr<TestDatabase> m_db;
    ServerProcess m_server;
    std::unique_ptr<ApiClient> m_api;
    const TestFirm m_firm{u"Kanzlei Api"_s, u"owner@api.example"_s, u"owner-secret-1"_s};
};

void TestServerApi::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(backendFromEnvironment());
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY(initFirm(m_db->spec(), m_firm));
    QVERIFY(m_server.start(m_db->spec()));
    m_api = std::make_unique<ApiClient>(m_server.baseUrl());
    QVERIFY(!m_api->signIn(m_firm.ownerEmail, m_firm.password).isEmpty());
}

void TestServerApi::cleanupTestCase()
{
    QCOMPARE(m_server.terminate(), 0);
    m_db.reset();
}

void TestServerApi::signInReturnsTokenUserAndFirm()
{
    ApiClient api(m_server.baseUrl());
    const Reply r = api.post(u"/api/v1/session"_s, {{u"email"_s, u"OWNER@api.example"_s},
                                                    {u"password"_s, m_firm.password}});
    QCOMPARE(r.status, 201);
    const QString token = r.json.value(u"token"_s).toString();
    QVERIFY(token.size() >= 43); // at least 256 bits of base64url after the firm id
    QCOMPARE(r.json.value(u"user"_s).toObject().value(u"role"_s).toString(), u"owner"_s);
    QCOMPARE(r.json.value(u"firm"_s).toObject().value(u"name"_s).toString(), m_firm.name);
    api.setToken(token);
    const Reply me = api.get(u"/api/v1/me"_s);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json.value(u"user"_s).toObject().value(u"email"_s).toString(), m_firm.ownerEmail);
}

void TestServerApi::wrongPasswordAndUnknownEmailAnswerAlike()
{
    ApiClient api(m_server.baseUrl());
    const Reply wrong = api.post(u"/api/v1/session"_s, {{u"email"_s, m_firm.ownerEmail},
                                                        {u"password"_s, u"not-the-password"_s}});
    const Reply unknown = api.post(u"/api/v1/session"_s, {{u"email"_s, u"nobody@api.example"_s},
                                                          {u"password"_s, u"not-the-password"_s}});
    QCOMPARE(wrong.status, 401);
    QCOMPARE(unknown.status, 401);
    QCOMPARE(wrong.body, unknown.body);
    QCOMPARE(wrong.errorCode(), u"invalid_credentials"_s);
}

void TestServerApi::signOutRevokesTheToken()
{
    ApiClient api(m_server.baseUrl());
    QVERIFY(!api.signIn(m_firm.ownerEmail, m_firm.password).isEmpty());
    QCOMPARE(api.get(u"/api/v1/me"_s).status, 200);
    QCOMPARE(api.del(u"/api/v1/session"_s).status, 204);
    const Reply after = api.get(u"/api/v1/me"_s);
    QCOMPARE(after.status, 401);
    QCOMPARE(after.errorCode(), u"unauthorized"_s);
}

void TestServerApi::expiredTokenIs401()
{
    ApiClient api(m_server.baseUrl());
    QVERIFY(!api.signIn(m_firm.ownerEmail, m_firm.password).isEmpty());
    QCOMPARE(api.get(u"/api/v1/me"_s).status, 200);
    QVERIFY(execSql(m_db->spec(), u"UPDATE sessions SET expires_at = 1"_s));
    QCOMPARE(api.get(u"/api/v1/me"_s).status, 401);
    QCOMPARE(m_api->get(u"/api/v1/me"_s).status, 401);
    QVERIFY(!m_api->signIn(m_firm.ownerEmail, m_firm.password).isEmpty());
}

// Ten failures per account and 15 minutes (the default); the right password waits too, and an
// unknown address is limited the same way (the answer tells nothing about accounts).
void TestServerApi::failedSignInsAreLimitedPerAccount()
{
    ApiClient api(m_server.baseUrl());
    QVERIFY(initFirm(m_db->spec(),
                     {u"Kanzlei Limit"_s, u"limit-owner@api.example"_s, u"limit-secret-1"_s}));
    for (const QString& email : {u"limit@api.example"_s, m_firm.ownerEmail}) {
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(api.post(u"/api/v1/session"_s,
                              {{u"email"_s, email}, {u"password"_s, u"wrong-wrong"_s}})
                         .status,
                     401);
        }
        const Reply limited = api.post(u"/api/v1/session"_s,
                                       {{u"email"_s, email}, {u"password"_s, u"wrong-wrong"_s}});
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), u"too_many_attempts"_s);
        QVERIFY(limited.headers.value("retry-after").toInt() > 0);
    }
    // The owner's right password is refused while limited; other accounts are not affected.
    QCOMPARE(api.post(u"/api/v1/session"_s,
                      {{u"email"_s, m_firm.ownerEmail}, {u"password"_s, m_firm.password}})
                 .status,
             429);
    QVERIFY(!api.signIn(u"limit-owner@api.example"_s, u"limit-secret-1"_s).isEmpty());
    QVERIFY(execSql(m_db->spec(), u"DELETE FROM signin_failures"_s));
}

void TestServerApi::missingOrForgedTokenIs401_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("not bearer") << QByteArray("Basic b3duZXI6cHc=");
    QTest::newRow("garbage") << QByteArray("Bearer abc");
    // Right shape (firm id + 32 bytes), never issued.
    QTest::newRow("forged") << QByteArray("Bearer " + QByteArray(64, 'A'));
}

void TestServerApi::missingOrForgedTokenIs401()
{
    QFETCH(QByteArray, authorization);
    ApiClient api(m_server.baseUrl());
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const Reply r = api.send("GET", u"/api/v1/accounts"_s, {}, headers);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), u"unauthorized"_s);
    QCOMPARE(r.headers.value("www-authenticate"), QByteArray("Bearer"));
}

// R-ACC-4, R-ACC-8, R-ACC-7
void TestServerApi::createsAccountWithGeneratedNameAndDefaultFolders()
{
    const Reply r = m_api->post(u"/api/v1/accounts"_s,
                                individualAccount(u"Jürgen"_s, u"Weiß"_s, u"jw@example.de"_s));
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value(u"name"_s).toString(), u"Jürgen Weiß"_s);
    const QJsonArray folders = r.json.value(u"folders"_s).toArray();
    QVERIFY(!folders.isEmpty());
    QCOMPARE(folders.first().toObject().value(u"name"_s).toString(),
             u"Vom Kunden hochgeladene Dokumente"_s);
    const QJsonArray contacts = r.json.value(u"contacts"_s).toArray();
    QCOMPARE(contacts.size(), 1);
    QCOMPARE(contacts.first().toObject().value(u"portal_status"_s).toString(), u"not_activated"_s);
    QCOMPARE(r.json.value(u"team_member_ids"_s).toArray().size(), 1);

    const QString id = r.json.value(u"id"_s).toString();
    const Reply got = m_api->get(u"/api/v1/accounts/"_s + id);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json.value(u"name"_s), r.json.value(u"name"_s));
    QCOMPARE(got.json.value(u"contacts"_s), r.json.value(u"contacts"_s));
}

// R-NAME-1, R-CON-1, R-SW-4: every error at once, nothing stored.
void TestServerApi::createRejectsEveryFieldErrorAtOnceAndWritesNothing()
{
    const Reply before = m_api->get(u"/api/v1/contacts?q=Doppel"_s);
    QJsonObject body = individualAccount(u"Dop:pel"_s, u""_s);
    QJsonArray contacts = body.value(u"contacts"_s).toArray();
    QJsonObject second{{u"first_name"_s, u"Doppel"_s},
                       {u"last_name"_s, u"Gänger"_s},
                       {u"email"_s, u"kein-at"_s},
                       {u"login"_s, true}};
    contacts.append(second);
    body.insert(u"contacts"_s, contacts);
    body.insert(u"tags"_s, QJsonArray{u"a"_s, u"A"_s});
    const Reply r = m_api->post(u"/api/v1/accounts"_s, body);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), u"validation_failed"_s);
    const QStringList paths = r.errorPaths();
    QVERIFY2(paths.contains(u"contacts[0].first_name"_s), qPrintable(paths.join(u',')));
    QVERIFY(paths.contains(u"contacts[0].last_name"_s));
    QVERIFY(paths.contains(u"contacts[1].email"_s));
    QVERIFY(paths.contains(u"tags[1]"_s));
    const Reply after = m_api->get(u"/api/v1/contacts?q=Doppel"_s);
    QCOMPARE(after.items().size(), before.items().size());
}

// R-CON-4
void TestServerApi::phoneNumbersAreStoredInE164()
{
    QJsonObject body = individualAccount(u"Paula"_s, u"Phone"_s);
    QJsonArray contacts = body.value(u"contacts"_s).toArray();
    QJsonObject c = contacts.first().toObject();
    c.insert(u"phones"_s,
             QJsonArray{QJsonObject{{u"number"_s, u"0351 1234567"_s}, {u"primary"_s, true}}});
    contacts[0] = c;
    body.insert(u"contacts"_s, contacts);
    const Reply r = m_api->post(u"/api/v1/accounts"_s, body);
    QCOMPARE(r.status, 201);
    const QJsonObject phone = r.json.value(u"contacts"_s)[0][u"phones"_s][0].toObject();
    QCOMPARE(phone.value(u"number"_s).toString(), u"+493511234567"_s);
}

void TestServerApi::unknownAccountIs404()
{
    const Reply r = m_api->get(u"/api/v1/accounts/0b6a6c43-3f5e-4f7a-9c1e-7a3c2b1d0e9f"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), u"not_found"_s);
    QCOMPARE(m_api->get(u"/api/v1/accounts/not-a-uuid"_s).status, 404);
}

void TestServerApi::badBodiesGetPreciseErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");
    QTest::newRow("malformed") << QByteArray("{\"type\": ") << 400 << u"malformed_json"_s
                               << QString();
    QTest::newRow("deep") << QByteArray(10000, '[') + QByteArray(10000, ']') << 400 << u"too_deep"_s
                          << QString();
    QTest::newRow("invalid utf-8")
        << QByteArray("{\"name\": \"\xff\xfe\"}") << 400 << u"invalid_utf8"_s << QString();
    QTest::newRow("not an object") << QByteArray("[1,2]") << 400 << u"not_an_object"_s << QString();
    QTest::newRow("wrong type") << QByteArray("{\"type\": \"individual\", \"contacts\": 5}") << 422
                                << u"validation_failed"_s << u"contacts"_s;
    QTest::newRow("wrong nested type")
        << QByteArray("{\"type\":\"individual\",\"contacts\":[{\"first_name\":1,"
                      "\"last_name\":\"X\"}]}")
        << 422 << u"validation_failed"_s << u"contacts[0].first_name"_s;
    QTest::newRow("unknown type") << QByteArray("{\"type\": \"robot\", \"contacts\": []}") << 422
                                  << u"validation_failed"_s << u"type"_s;
}

void TestServerApi::badBodiesGetPreciseErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, path);
    const Reply r =
        m_api->send("POST", u"/api/v1/accounts"_s, body, {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, status);
    QCOMPARE(r.errorCode(), code);
    QVERIFY(!r.error().value(u"message"_s).toString().isEmpty());
    if (!path.isEmpty())
        QVERIFY2(r.errorPaths().contains(path), r.body.constData());
}

void TestServerApi::unknownRouteAndMethod()
{
    const Reply route = m_api->get(u"/api/v1/nothing-here"_s);
    QCOMPARE(route.status, 404);
    QCOMPARE(route.errorCode(), u"route_not_found"_s);
    const Reply method = m_api->del(u"/api/v1/accounts"_s);
    QCOMPARE(method.status, 405);
    QCOMPARE(method.errorCode(), u"method_not_allowed"_s);
    QVERIFY(method.headers.value("allow").contains("GET"));
    QVERIFY(method.headers.value("allow").contains("POST"));
}

void TestServerApi::errorsSpeakGermanWhenAsked()
{
    const Reply r =
        m_api->send("POST", u"/api/v1/accounts"_s,
                    R"({"type":"individual","contacts":[{"first_name":"A","last_name":""}]})",
                    {{"Accept-Language", "de-DE,de;q=0.9"}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.error()[u"message"_s].toString(), u"Einige Felder sind ungültig."_s);
    QVERIFY(!r.error()[u"fields"_s][0][u"message"_s].toString().contains(u"required"_s));
    const Reply english = m_api->get(u"/api/v1/accounts/0b6a6c43-3f5e-4f7a-9c1e-7a3c2b1d0e9f"_s);
    QCOMPARE(english.error()[u"message"_s].toString(), u"Not found."_s);
}

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_serverapi.moc"
