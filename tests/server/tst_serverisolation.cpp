// Tenant isolation: a second firm's token walks every route of the OpenAPI document with the
// first firm's ids. Every record of another firm is a 404 (never a 403), lists and the change
// feed never show it, and nothing of the first firm changes.
#include "serverfixture.h"

#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace kontor::test;

class TestServerIsolation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void everyRouteHidesTheOtherFirm();
    void referencesToTheOtherFirmAreUnknown();
    void operationsCannotReachTheOtherFirm();
    void changeFeedShowsOnlyTheOwnFirm();
    void otherFirmDataIsUnchanged();

private:
    QJsonObject bodyFor(const QString& path, const QString& method) const;

    std::unique_ptr<TestDatabase> m_db;
    ServerProcess m_server;
    std::unique_ptr<ApiClient> m_a;
    std::unique_ptr<ApiClient> m_b;
    QHash<QString, QString> m_ids; // kind → id of firm A
    QByteArray m_accountBefore;
    const QString m_password = u"tenant-secret-1"_s;
};

void TestServerIsolation::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(backendFromEnvironment());
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY(initFirm(m_db->spec(), {u"Kanzlei A"_s, u"owner@a.example"_s, m_password}));
    QVERIFY(
        addUser(m_db->spec(), u"Kanzlei A"_s, u"emp@a.example"_s, u"employee"_s, {}, m_password));
    QVERIFY(initFirm(m_db->spec(), {u"Kanzlei B"_s, u"owner@b.example"_s, m_password}));
    QVERIFY(m_server.start(m_db->spec()));
    m_a = std::make_unique<ApiClient>(m_server.baseUrl());
    m_b = std::make_unique<ApiClient>(m_server.baseUrl());
    QVERIFY(!m_a->signIn(u"owner@a.example"_s, m_password).isEmpty());
    QVERIFY(!m_b->signIn(u"owner@b.example"_s, m_password).isEmpty());

    // Firm A's records of every kind; one notification for its employee.
    const QString employee = m_a->get(u"/api/v1/team-members"_s).items()[1][u"id"_s].toString();
    m_ids[u"team_member"_s] = employee;
    const Reply tpl = m_a->post(
        u"/api/v1/folder-templates"_s,
        {{u"name"_s, u"Geheim"_s}, {u"folders"_s, QJsonArray{QJsonObject{{u"name"_s, u"X"_s}}}}});
    m_ids[u"folder_template"_s] = tpl.json[u"id"_s].toString();
    const Reply field = m_a->post(
        u"/api/v1/custom-fields"_s,
        {{u"name"_s, u"Geheimfeld"_s}, {u"type"_s, u"text"_s}, {u"scope"_s, u"account"_s}});
    m_ids[u"custom_field"_s] = field.json[u"id"_s].toString();
    const Reply tag = m_a->post(u"/api/v1/tags"_s, {{u"name"_s, u"Geheimtag"_s}});
    m_ids[u"tag"_s] = tag.json[u"id"_s].toString();
    QJsonObject account = individualAccount(u"Alma"_s, u"Geheim"_s, u"alma@a.example"_s);
    account.insert(u"team_member_ids"_s, QJsonArray{employee});
    account.insert(u"tags"_s, QJsonArray{u"Geheimtag"_s});
    const Reply created = m_a->post(u"/api/v1/accounts"_s, account);
    QCOMPARE(created.status, 201);
    m_ids[u"account"_s] = created.json[u"id"_s].toString();
    m_ids[u"contact"_s] = created.json[u"contacts"_s][0][u"contact_id"_s].toString();
    ApiClient employeeApi(m_server.baseUrl());
    QVERIFY(!employeeApi.signIn(u"emp@a.example"_s, m_password).isEmpty());
    m_ids[u"notification"_s] =
        employeeApi.get(u"/api/v1/notifications"_s).items()[0][u"id"_s].toString();
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
        QVERIFY2(!it.value().isEmpty(), qPrintable(it.key()));
    m_accountBefore = m_a->get(u"/api/v1/accounts/"_s + m_ids[u"account"_s]).body;
}

void TestServerIsolation::cleanupTestCase()
{
    QCOMPARE(m_server.terminate(), 0);
}

QJsonObject TestServerIsolation::bodyFor(const QString& path, const QString& method) const
{
    if (path.contains(u"custom-fields"_s))
        return {{u"name"_s, u"Übernommen"_s}, {u"type"_s, u"text"_s}, {u"scope"_s, u"account"_s}};
    if (path.contains(u"folder-templates"_s))
        return {{u"name"_s, u"Übernommen"_s}, {u"folders"_s, QJsonArray{}}};
    if (path.contains(u"tags"_s))
        return {{u"name"_s, u"Übernommen"_s}};
    if (path.contains(u"/contacts/{contactId}"_s))
        return {{u"login"_s, false}, {u"notify"_s, true}};
    if (path == u"/api/v1/accounts/{id}"_s && method == u"patch")
        return {{u"name"_s, u"Übernommen"_s}};
    if (path == u"/api/v1/contacts/{id}"_s)
        return {{u"last_name"_s, u"Übernommen"_s}};
    return {};
}

void TestServerIsolation::everyRouteHidesTheOtherFirm()
{
    const QJsonObject doc =
        QJsonDocument::fromJson(m_b->get(u"/api/v1/openapi.json"_s).body).object();
    const QJsonObject paths = doc[u"paths"_s].toObject();
    QVERIFY(paths.size() >= 15);
    int walked = 0;
    for (auto p = paths.begin(); p != paths.end(); ++p) {
        const QString pattern = p.key();
        if (pattern == u"/api/v1/session"_s)
            continue; // signing out B is not the point here
        QString kind = u"account"_s;
        if (pattern.contains(u"contacts/{id}"_s))
            kind = u"contact"_s;
        else if (pattern.contains(u"custom-fields"_s))
            kind = u"custom_field"_s;
        else if (pattern.contains(u"folder-templates"_s))
            kind = u"folder_template"_s;
        else if (pattern.contains(u"tags"_s))
            kind = u"tag"_s;
        else if (pattern.contains(u"notifications"_s))
            kind = u"notification"_s;
        QString path = pattern;
        path.replace(u"{id}"_s, m_ids.value(kind));
        path.replace(u"{contactId}"_s, m_ids.value(u"contact"_s));
        const QJsonObject methods = p.value().toObject();
        for (auto m = methods.begin(); m != methods.end(); ++m) {
            if (m.key() == u"parameters"_s)
                continue;
            const QByteArray method = m.key().toUpper().toLatin1();
            const QJsonObject body = bodyFor(pattern, m.key());
            const Reply r =
                method == "GET" || method == "DELETE"
                    ? m_b->send(method, path)
                    : m_b->send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact));
            ++walked;
            const QString what = QString::fromLatin1(method) + u' ' + path + u" → "_s +
                                 QString::number(r.status) + u' ' +
                                 QString::fromUtf8(r.body.left(300));
            if (pattern.contains(u'{')) {
                QVERIFY2(r.status == 404, qPrintable(what));
                QCOMPARE(r.errorCode(), u"not_found"_s);
            } else if (method == "GET") {
                QVERIFY2(r.status == 200, qPrintable(what));
                for (const QString& id : std::as_const(m_ids))
                    QVERIFY2(!r.body.contains(id.toLatin1()), qPrintable(what));
                QVERIFY2(!r.body.contains("Geheim"), qPrintable(what));
            }
        }
    }
    QVERIFY(walked >= 25);
}

void TestServerIsolation::referencesToTheOtherFirmAreUnknown()
{
    QJsonObject body{
        {u"type"_s, u"individual"_s},
        {u"team_member_ids"_s, QJsonArray{m_ids[u"team_member"_s]}},
        {u"folder_template_id"_s, m_ids[u"folder_template"_s]},
        {u"contacts"_s, QJsonArray{QJsonObject{{u"existing_contact_id"_s, m_ids[u"contact"_s]}}}}};
    const Reply r = m_b->post(u"/api/v1/accounts"_s, body);
    QCOMPARE(r.status, 422);
    const QStringList paths = r.errorPaths();
    QVERIFY(paths.contains(u"team_member_ids[0]"_s));
    QVERIFY(paths.contains(u"folder_template_id"_s));
    QVERIFY(paths.contains(u"contacts[0].existing_contact_id"_s));
    // Nothing was stored for B.
    QCOMPARE(m_b->get(u"/api/v1/accounts"_s).items().size(), 0);
}

void TestServerIsolation::operationsCannotReachTheOtherFirm()
{
    auto op = [](const QString& kind, const QJsonObject& payload) {
        return QJsonObject{{u"op_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                           {u"kind"_s, kind},
                           {u"payload"_s, payload}};
    };
    const Reply r = m_b->post(
        u"/api/v1/ops"_s,
        {{u"ops"_s,
          QJsonArray{
              op(u"account.update"_s,
                 {{u"id"_s, m_ids[u"account"_s]}, {u"fields"_s, QJsonObject{{u"name"_s, u"X"_s}}}}),
              op(u"contact.update"_s, {{u"id"_s, m_ids[u"contact"_s]},
                                       {u"fields"_s, QJsonObject{{u"last_name"_s, u"X"_s}}}}),
              op(u"link.set"_s, {{u"account_id"_s, m_ids[u"account"_s]},
                                 {u"contact_id"_s, m_ids[u"contact"_s]},
                                 {u"linked"_s, false}})}}});
    QCOMPARE(r.status, 200);
    for (const QJsonValue& result : r.json[u"results"_s].toArray()) {
        QCOMPARE(result[u"status"_s].toString(), u"rejected"_s);
        QCOMPARE(result[u"errors"_s][0][u"code"_s].toString(), u"not_found"_s);
    }
}

void TestServerIsolation::changeFeedShowsOnlyTheOwnFirm()
{
    const Reply feed = m_b->get(u"/api/v1/changes?limit=1000"_s);
    QCOMPARE(feed.status, 200);
    for (const QString& id : std::as_const(m_ids))
        QVERIFY(!feed.body.contains(id.toLatin1()));
    QVERIFY(!feed.body.contains("Geheim"));
    QVERIFY(!feed.json[u"changes"_s].toArray().isEmpty());
}

void TestServerIsolation::otherFirmDataIsUnchanged()
{
    const Reply now = m_a->get(u"/api/v1/accounts/"_s + m_ids[u"account"_s]);
    QCOMPARE(now.status, 200);
    QCOMPARE(now.body, m_accountBefore);
    const Reply fields = m_a->get(u"/api/v1/custom-fields"_s);
    QCOMPARE(fields.items()[0][u"name"_s].toString(), u"Geheimfeld"_s);
    QCOMPARE(m_a->get(u"/api/v1/folder-templates"_s).items()[0][u"name"_s].toString(), u"Geheim"_s);
    QCOMPARE(m_a->get(u"/api/v1/tags"_s).items()[0][u"name"_s].toString(), u"Geheimtag"_s);
}

QTEST_GUILESS_MAIN(TestServerIsolation)
#include "tst_serverisolation.moc"
