// Roles and visibility (R-ACC-1, R-ACC-7), notifications, reference data, settings, keyset
// paging and search, on the real server over HTTP (SQLite or PostgreSQL).
#include "serverfixture.h"

#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace kontor::test;

class TestServerAccess : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void employeeWithoutManageAccountsCannotCreate();
    void employeeSeesOnlyAssignedOrOwnAccounts();
    void assignedTeamMemberIsNotified();
    void defaultTeamIsCreatorAndDefaultAccessMembers();
    void onlyOwnerAndAdminsChangeSettingsAndDefinitions();
    void folderTemplateIsAppliedAndDefaultTemplateFromSettings();
    void customFieldsAreCheckedAndStored();
    void keysetPagesVisitEveryAccountOnce();
    void searchIgnoresCaseAndDiacritics_data();
    void searchIgnoresCaseAndDiacritics();
    void searchFollowsRenames();
    void filtersByTagTypeAccessAndPortalStatus();
    void linksExistingContactAndSetsSwitches();
    void lastContactCannotBeUnlinked();
    void patchWithOutdatedBaseIsAConflict();

private:
    QString createAccount(ApiClient& api, const QJsonObject& body);

    std::unique_ptr<TestDatabase> m_db;
    ServerProcess m_server;
    std::unique_ptr<ApiClient> m_owner;
    std::unique_ptr<ApiClient> m_manager;  // employee with manage_accounts
    std::unique_ptr<ApiClient> m_reader;   // employee without permissions
    std::unique_ptr<ApiClient> m_everyone; // employee with default_account_access
    QString m_ownerId, m_managerId, m_readerId, m_everyoneId;
    const QString m_password = u"team-secret-1"_s;
};

void TestServerAccess::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(backendFromEnvironment());
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    const QString firm = u"Kanzlei Rollen"_s;
    QVERIFY(initFirm(m_db->spec(), {firm, u"owner@rollen.example"_s, m_password}));
    QVERIFY(addUser(m_db->spec(), firm, u"manager@rollen.example"_s, u"employee"_s,
                    u"manage_accounts"_s, m_password));
    QVERIFY(addUser(m_db->spec(), firm, u"reader@rollen.example"_s, u"employee"_s, {}, m_password));
    QVERIFY(addUser(m_db->spec(), firm, u"everyone@rollen.example"_s, u"employee"_s,
                    u"default_account_access"_s, m_password));
    QVERIFY(m_server.start(m_db->spec()));
    auto signIn = [&](std::unique_ptr<ApiClient>& api, const QString& email, QString& id) {
        api = std::make_unique<ApiClient>(m_server.baseUrl());
        QVERIFY(!api->signIn(email, m_password).isEmpty());
        id = api->get(u"/api/v1/me"_s).json[u"user"_s][u"id"_s].toString();
        QVERIFY(!id.isEmpty());
    };
    signIn(m_owner, u"owner@rollen.example"_s, m_ownerId);
    signIn(m_manager, u"manager@rollen.example"_s, m_managerId);
    signIn(m_reader, u"reader@rollen.example"_s, m_readerId);
    signIn(m_everyone, u"everyone@rollen.example"_s, m_everyoneId);
}

void TestServerAccess::cleanupTestCase()
{
    QCOMPARE(m_server.terminate(), 0);
}

QString TestServerAccess::createAccount(ApiClient& api, const QJsonObject& body)
{
    const Reply r = api.post(u"/api/v1/accounts"_s, body);
    if (r.status != 201)
        qWarning("create failed: %d %s", r.status, r.body.constData());
    return r.json.value(u"id"_s).toString();
}

// R-ACC-1
void TestServerAccess::employeeWithoutManageAccountsCannotCreate()
{
    const Reply r =
        m_reader->post(u"/api/v1/accounts"_s, individualAccount(u"Rita"_s, u"Reader"_s));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), u"forbidden"_s);
    QVERIFY(!createAccount(*m_manager, individualAccount(u"Manni"_s, u"Manager"_s)).isEmpty());
}

// R-ACC-7: assigned, created, or default access; hidden accounts are 404, not 403.
void TestServerAccess::employeeSeesOnlyAssignedOrOwnAccounts()
{
    QJsonObject body = individualAccount(u"Heidi"_s, u"Hidden"_s);
    body.insert(u"team_member_ids"_s, QJsonArray{m_ownerId});
    const QString hidden = createAccount(*m_owner, body);
    body = individualAccount(u"Anja"_s, u"Assigned"_s);
    body.insert(u"team_member_ids"_s, QJsonArray{m_readerId});
    const QString assigned = createAccount(*m_owner, body);
    QVERIFY(!hidden.isEmpty() && !assigned.isEmpty());

    QCOMPARE(m_reader->get(u"/api/v1/accounts/"_s + hidden).status, 404);
    QCOMPARE(m_reader->get(u"/api/v1/accounts/"_s + assigned).status, 200);
    QCOMPARE(m_everyone->get(u"/api/v1/accounts/"_s + hidden).status, 200);
    QCOMPARE(m_owner->get(u"/api/v1/accounts/"_s + hidden).status, 200);
    QSet<QString> listed;
    for (const QJsonValue& item : m_reader->get(u"/api/v1/accounts?limit=200"_s).items())
        listed.insert(item[u"id"_s].toString());
    QVERIFY(listed.contains(assigned));
    QVERIFY(!listed.contains(hidden));
    // Seeing is not editing (R-ACC-1): 403 for a visible account, 404 for a hidden one.
    QCOMPARE(m_reader->patch(u"/api/v1/accounts/"_s + assigned, {{u"name"_s, u"X"_s}}).status, 403);
    QCOMPARE(m_reader->patch(u"/api/v1/accounts/"_s + hidden, {{u"name"_s, u"X"_s}}).status, 404);
    QCOMPARE(m_manager->patch(u"/api/v1/accounts/"_s + hidden, {{u"name"_s, u"X"_s}}).status, 404);
}

// R-ACC-7: each team member given access is notified (not the one who gave it).
void TestServerAccess::assignedTeamMemberIsNotified()
{
    QJsonObject body = individualAccount(u"Nora"_s, u"Notify"_s);
    body.insert(u"team_member_ids"_s, QJsonArray{m_readerId, m_ownerId});
    const QString id = createAccount(*m_owner, body);
    QVERIFY(!id.isEmpty());
    const Reply inbox = m_reader->get(u"/api/v1/notifications?unread=true"_s);
    QCOMPARE(inbox.status, 200);
    QJsonObject found;
    for (const QJsonValue& n : inbox.items()) {
        if (n[u"account_id"_s].toString() == id)
            found = n.toObject();
    }
    QVERIFY2(!found.isEmpty(), inbox.body.constData());
    QCOMPARE(found[u"kind"_s].toString(), u"account_access"_s);
    QVERIFY(found[u"title"_s].toString().contains(u"Nora Notify"_s));
    QCOMPARE(found[u"links"_s][u"desktop"_s].toString(), u"kontor://account/"_s + id);
    for (const QJsonValue& n : m_owner->get(u"/api/v1/notifications"_s).items())
        QVERIFY(n[u"account_id"_s].toString() != id);

    const QString nid = found[u"id"_s].toString();
    QCOMPARE(m_owner->post(u"/api/v1/notifications/"_s + nid + u"/read"_s, {}).status, 404);
    const Reply read = m_reader->post(u"/api/v1/notifications/"_s + nid + u"/read"_s, {});
    QCOMPARE(read.status, 200);
    QVERIFY(read.json[u"read_at"_s].isString());
    for (const QJsonValue& n : m_reader->get(u"/api/v1/notifications?unread=true"_s).items())
        QVERIFY(n[u"id"_s].toString() != nid);
}

// R-ACC-7: by default the creator and every member with default account access.
void TestServerAccess::defaultTeamIsCreatorAndDefaultAccessMembers()
{
    const Reply r =
        m_manager->post(u"/api/v1/accounts"_s, individualAccount(u"Doris"_s, u"Default"_s));
    QCOMPARE(r.status, 201);
    QSet<QString> team;
    for (const QJsonValue& v : r.json[u"team_member_ids"_s].toArray())
        team.insert(v.toString());
    QCOMPARE(team, (QSet<QString>{m_managerId, m_everyoneId}));
}

void TestServerAccess::onlyOwnerAndAdminsChangeSettingsAndDefinitions()
{
    const QJsonObject settings{{u"signup_enabled"_s, false},
                               {u"name_format"_s, u"last_comma_first"_s},
                               {u"default_folder_template_id"_s, QJsonValue::Null},
                               {u"language"_s, u"de"_s}};
    QCOMPARE(m_manager->put(u"/api/v1/settings"_s, settings).status, 403);
    QCOMPARE(m_manager
                 ->post(u"/api/v1/custom-fields"_s,
                        {{u"name"_s, u"X"_s}, {u"type"_s, u"text"_s}, {u"scope"_s, u"account"_s}})
                 .status,
             403);
    const Reply put = m_owner->put(u"/api/v1/settings"_s, settings);
    QCOMPARE(put.status, 200);
    QCOMPARE(put.json[u"name_format"_s].toString(), u"last_comma_first"_s);
    QCOMPARE(m_reader->get(u"/api/v1/settings"_s).json[u"signup_enabled"_s].toBool(), false);
    // R-ACC-4: the firm's name format names the next account.
    const Reply created =
        m_owner->post(u"/api/v1/accounts"_s, individualAccount(u"Frieda"_s, u"Format"_s));
    QCOMPARE(created.json[u"name"_s].toString(), u"Format, Frieda"_s);
    QJsonObject back = settings;
    back.insert(u"name_format"_s, u"first_last"_s);
    QCOMPARE(m_owner->put(u"/api/v1/settings"_s, back).status, 200);
    const Reply invalid = m_owner->put(u"/api/v1/settings"_s, {{u"name_format"_s, u"odd"_s}});
    QCOMPARE(invalid.status, 422);
    QVERIFY(invalid.errorPaths().contains(u"name_format"_s));
}

// R-ACC-8
void TestServerAccess::folderTemplateIsAppliedAndDefaultTemplateFromSettings()
{
    const QJsonObject tpl{
        {u"name"_s, u"Gewerbe"_s},
        {u"folders"_s, QJsonArray{QJsonObject{
                           {u"name"_s, u"Belege"_s},
                           {u"children"_s, QJsonArray{QJsonObject{{u"name"_s, u"2025"_s}}}}}}}};
    const Reply made = m_owner->post(u"/api/v1/folder-templates"_s, tpl);
    QCOMPARE(made.status, 201);
    const QString tplId = made.json[u"id"_s].toString();
    const Reply bad = m_owner->post(
        u"/api/v1/folder-templates"_s,
        {{u"name"_s, u"Kaputt"_s}, {u"folders"_s, QJsonArray{QJsonObject{{u"name"_s, u"a:b"_s}}}}});
    QCOMPARE(bad.status, 422);
    QVERIFY(bad.errorPaths().contains(u"folders[0].name"_s));

    QJsonObject body = individualAccount(u"Tilo"_s, u"Template"_s);
    body.insert(u"folder_template_id"_s, tplId);
    const Reply r = m_owner->post(u"/api/v1/accounts"_s, body);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json[u"folders"_s][0][u"name"_s].toString(), u"Belege"_s);
    QCOMPARE(r.json[u"folders"_s][0][u"children"_s][0][u"name"_s].toString(), u"2025"_s);

    body.insert(u"folder_template_id"_s, u"0b6a6c43-3f5e-4f7a-9c1e-7a3c2b1d0e9f"_s);
    const Reply unknown = m_owner->post(u"/api/v1/accounts"_s, body);
    QCOMPARE(unknown.status, 422);
    QVERIFY(unknown.errorPaths().contains(u"folder_template_id"_s));
}

// R-ACC-9
void TestServerAccess::customFieldsAreCheckedAndStored()
{
    const Reply def = m_owner->post(
        u"/api/v1/custom-fields"_s,
        {{u"name"_s, u"Mandantennummer"_s}, {u"type"_s, u"number"_s}, {u"scope"_s, u"account"_s}});
    QCOMPARE(def.status, 201);
    const QString fieldId = def.json[u"id"_s].toString();
    QJsonObject body = individualAccount(u"Carl"_s, u"Custom"_s);
    body.insert(u"custom_fields"_s, QJsonObject{{fieldId, u"keine Zahl"_s}});
    const Reply wrong = m_owner->post(u"/api/v1/accounts"_s, body);
    QCOMPARE(wrong.status, 422);
    QVERIFY2(wrong.errorPaths().contains(u"custom_fields."_s + fieldId), wrong.body.constData());
    body.insert(u"custom_fields"_s, QJsonObject{{fieldId, 4711}});
    const Reply ok = m_owner->post(u"/api/v1/accounts"_s, body);
    QCOMPARE(ok.status, 201);
    QCOMPARE(ok.json[u"custom_fields"_s][fieldId].toInt(), 4711);
}

void TestServerAccess::keysetPagesVisitEveryAccountOnce()
{
    for (int i = 0; i < 23; ++i) {
        QJsonObject body = individualAccount(u"Paginus"_s, u"Seite%1"_s.arg(i % 7));
        QVERIFY(!createAccount(*m_owner, body).isEmpty());
    }
    QStringList seen;
    QString after;
    int pages = 0;
    do {
        const Reply page = m_owner->get(u"/api/v1/accounts?q=paginus&limit=5"_s +
                                        (after.isEmpty() ? QString() : u"&after="_s + after));
        QCOMPARE(page.status, 200);
        for (const QJsonValue& item : page.items())
            seen.append(item[u"id"_s].toString());
        after = page.json[u"next"_s].toString();
        QVERIFY(++pages <= 6);
    } while (!after.isEmpty());
    QCOMPARE(seen.size(), 23);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 23);
    QCOMPARE(pages, 5);
    const Reply bad = m_owner->get(u"/api/v1/accounts?after=%%%"_s);
    QCOMPARE(bad.status, 400);
    QCOMPARE(m_owner->get(u"/api/v1/accounts?limit=0"_s).status, 400);
}

void TestServerAccess::searchIgnoresCaseAndDiacritics_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("found");
    QTest::newRow("muller") << u"muller"_s << true;
    QTest::newRow("mül") << u"mül"_s << true;
    QTest::newRow("MÜLLER") << u"MÜLLER"_s << true;
    QTest::newRow("both names") << u"grete mül"_s << true;
    QTest::newRow("email") << u"gm.suche@beispiel"_s << true;
    QTest::newRow("phone national") << u"0351 98765"_s << true;
    QTest::newRow("phone e164") << u"+49351987654"_s << true;
    QTest::newRow("strasse for straße") << u"strasse"_s << true;
    QTest::newRow("middle of a word") << u"ller"_s << false;
    QTest::newRow("same beginning, other word") << u"mülheim"_s << false;
    QTest::newRow("other name") << u"grete schmidt"_s << false;
}

void TestServerAccess::searchIgnoresCaseAndDiacritics()
{
    QFETCH(QString, query);
    QFETCH(bool, found);
    static QString id;
    if (id.isEmpty()) {
        QJsonObject body =
            individualAccount(u"Grete"_s, u"Müller-Straße"_s, u"gm.suche@beispiel.de"_s);
        QJsonArray contacts = body[u"contacts"_s].toArray();
        QJsonObject c = contacts[0].toObject();
        c.insert(u"phones"_s,
                 QJsonArray{QJsonObject{{u"number"_s, u"0351 987654"_s}, {u"primary"_s, true}}});
        contacts[0] = c;
        body.insert(u"contacts"_s, contacts);
        id = createAccount(*m_owner, body);
        QVERIFY(!id.isEmpty());
    }
    QUrlQuery q;
    q.addQueryItem(u"q"_s, QString(query).replace(u'+', u"%2B"_s));
    const Reply accounts = m_owner->get(u"/api/v1/accounts?"_s + q.toString(QUrl::FullyEncoded));
    QCOMPARE(accounts.status, 200);
    bool inAccounts = false;
    for (const QJsonValue& item : accounts.items())
        inAccounts |= item[u"id"_s].toString() == id;
    QCOMPARE(inAccounts, found);
    const Reply contacts = m_owner->get(u"/api/v1/contacts?"_s + q.toString(QUrl::FullyEncoded));
    bool inContacts = false;
    for (const QJsonValue& item : contacts.items())
        inContacts |= item[u"last_name"_s].toString() == u"Müller-Straße"_s;
    QCOMPARE(inContacts, found);
}

// R-ACC search: a changed name is searched by its new words at once, never by its old ones
// (the server keeps an in-memory index of words, domain::AccountSearch, checked on every search).
void TestServerAccess::searchFollowsRenames()
{
    const QJsonObject company{
        {u"type"_s, u"company"_s},
        {u"company_name"_s, u"Altfirma Umbenannt GmbH"_s},
        {u"contacts"_s, individualAccount(u"Rita"_s, u"Rename"_s)[u"contacts"_s]}};
    const QString id = createAccount(*m_owner, company);
    QVERIFY(!id.isEmpty());
    auto found = [&](const QString& query) {
        const Reply r = m_owner->get(u"/api/v1/accounts?q="_s + query);
        bool in = false;
        for (const QJsonValue& item : r.items())
            in |= item[u"id"_s].toString() == id;
        return r.status == 200 && in;
    };
    QVERIFY(found(u"altfirma"_s));
    QVERIFY(!found(u"neufirma"_s));
    const Reply renamed =
        m_owner->patch(u"/api/v1/accounts/"_s + id,
                       {{u"name"_s, u"Neufirma GmbH"_s}, {u"company_name"_s, u"Neufirma GmbH"_s}});
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.json[u"name"_s].toString(), u"Neufirma GmbH"_s);
    QVERIFY(found(u"neufirma"_s));
    QVERIFY(found(u"neufirma%20rita"_s));
    QVERIFY(!found(u"altfirma"_s));
    QVERIFY(!found(u"neufirmen"_s)); // same first letters as a word of the name, not a beginning
}

void TestServerAccess::filtersByTagTypeAccessAndPortalStatus()
{
    QJsonObject company{{u"type"_s, u"company"_s},
                        {u"company_name"_s, u"Filter Werke GmbH"_s},
                        {u"tags"_s, QJsonArray{u"Filtertest"_s}},
                        {u"team_member_ids"_s, QJsonArray{m_everyoneId}},
                        {u"contacts"_s, individualAccount(u"Fritz"_s, u"Filter"_s)[u"contacts"_s]}};
    const QString companyId = createAccount(*m_owner, company);
    const QString person = createAccount(*m_owner, individualAccount(u"Fiona"_s, u"Filter"_s));
    QVERIFY(!companyId.isEmpty() && !person.isEmpty());
    auto ids = [&](const QString& query) {
        QStringList out;
        const Reply r = m_owner->get(u"/api/v1/accounts?q=filter&"_s + query);
        for (const QJsonValue& item : r.items())
            out.append(item[u"id"_s].toString());
        return out;
    };
    QCOMPARE(ids(u"tag=filtertest"_s), QStringList{companyId});
    // The list rows carry their tags (and none for an account without).
    for (const QJsonValue& item : m_owner->get(u"/api/v1/accounts?q=filter"_s).items()) {
        const QString id = item[u"id"_s].toString();
        if (id == companyId || id == person) {
            QCOMPARE(item[u"tags"_s].toArray(),
                     id == companyId ? QJsonArray{u"Filtertest"_s} : QJsonArray{});
        }
    }
    QCOMPARE(ids(u"type=company"_s), QStringList{companyId});
    QVERIFY(ids(u"type=individual"_s).contains(person));
    QVERIFY(!ids(u"type=individual"_s).contains(companyId));
    QCOMPARE(ids(u"access="_s + m_everyoneId).contains(companyId), true);
    QCOMPARE(ids(u"access="_s + m_readerId).contains(companyId), false);
    QCOMPARE(ids(u"portal_status=not_activated"_s).size(), 2);
    QCOMPARE(ids(u"portal_status=pending"_s).size(), 0);
    QCOMPARE(m_owner->get(u"/api/v1/accounts?type=robot"_s).status, 400);
    QCOMPARE(ids(u"tag=unbekannt"_s).size(), 0);
}

// R-CON-2, R-SW-1…4
void TestServerAccess::linksExistingContactAndSetsSwitches()
{
    const Reply first = m_owner->post(u"/api/v1/accounts"_s,
                                      individualAccount(u"Linda"_s, u"Link"_s, u"ll@link.de"_s));
    const QString contactId = first.json[u"contacts"_s][0][u"contact_id"_s].toString();
    QJsonObject body{{u"type"_s, u"company"_s},
                     {u"company_name"_s, u"Link AG"_s},
                     {u"contacts"_s, QJsonArray{QJsonObject{{u"existing_contact_id"_s, contactId},
                                                            {u"login"_s, true}}}}};
    const QString second = createAccount(*m_owner, body);
    QVERIFY(!second.isEmpty());
    const Reply contact = m_owner->get(u"/api/v1/contacts/"_s + contactId);
    QCOMPARE(contact.status, 200);
    QCOMPARE(contact.json[u"accounts"_s].toArray().size(), 2);

    const Reply put =
        m_owner->put(u"/api/v1/accounts/"_s + second + u"/contacts/"_s + contactId,
                     {{u"login"_s, false}, {u"notify"_s, true}, {u"email_sync"_s, true}});
    QCOMPARE(put.status, 200);
    const QJsonObject link = put.json[u"contacts"_s][0].toObject();
    QCOMPARE(link[u"notify"_s].toBool(), true);
    QCOMPARE(link[u"login"_s].toBool(), false);

    // R-SW-4: LOGIN needs an email.
    const Reply noMail =
        m_owner->post(u"/api/v1/accounts"_s, individualAccount(u"Ohne"_s, u"Mail"_s));
    const QString noMailContact = noMail.json[u"contacts"_s][0][u"contact_id"_s].toString();
    const Reply login = m_owner->put(
        u"/api/v1/accounts/"_s + second + u"/contacts/"_s + noMailContact, {{u"login"_s, true}});
    QCOMPARE(login.status, 422);
    QCOMPARE(login.error()[u"fields"_s][0][u"code"_s].toString(), u"login_requires_email"_s);
}

// R-ACC-10
void TestServerAccess::lastContactCannotBeUnlinked()
{
    const Reply r = m_owner->post(u"/api/v1/accounts"_s, individualAccount(u"Last"_s, u"One"_s));
    const QString id = r.json[u"id"_s].toString();
    const QString contact = r.json[u"contacts"_s][0][u"contact_id"_s].toString();
    const Reply del = m_owner->del(u"/api/v1/accounts/"_s + id + u"/contacts/"_s + contact);
    QCOMPARE(del.status, 409);
    QCOMPARE(del.errorCode(), u"last_contact"_s);
}

void TestServerAccess::patchWithOutdatedBaseIsAConflict()
{
    const Reply r = m_owner->post(u"/api/v1/accounts"_s, individualAccount(u"Pat"_s, u"Patch"_s));
    const QString id = r.json[u"id"_s].toString();
    const Reply ok = m_owner->patch(
        u"/api/v1/accounts/"_s + id,
        {{u"name"_s, u"Neu"_s}, {u"base"_s, QJsonObject{{u"name"_s, u"Pat Patch"_s}}}});
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.json[u"name"_s].toString(), u"Neu"_s);
    const Reply stale = m_owner->patch(
        u"/api/v1/accounts/"_s + id,
        {{u"name"_s, u"Später"_s}, {u"base"_s, QJsonObject{{u"name"_s, u"Pat Patch"_s}}}});
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.errorPaths(), QStringList{u"name"_s});
    QCOMPARE(m_owner->get(u"/api/v1/accounts/"_s + id).json[u"name"_s].toString(), u"Neu"_s);
    const Reply unknown = m_owner->patch(u"/api/v1/accounts/"_s + id, {{u"type"_s, u"company"_s}});
    QCOMPARE(unknown.status, 422);
    QCOMPARE(unknown.errorPaths(), QStringList{u"type"_s});
}

QTEST_GUILESS_MAIN(TestServerAccess)
#include "tst_serveraccess.moc"
