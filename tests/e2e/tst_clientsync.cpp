// The desktop client's non-widget layer against a real kontor-server process on loopback:
// sign in, an account created in the local store arrives on the server with all its fields,
// changes made on the server reach the store and the list model, edits made while the server
// is down arrive when it is back, and a rule only the server checks becomes a sync issue.

#include "../app/syncwait.h"
#include "../server/serverfixture.h"

#include "app/accountlistmodel.h"
#include "app/apiclient.h"
#include "app/credentialstore.h"
#include "app/localstore.h"
#include "app/session.h"
#include "app/settings.h"
#include "app/storereader.h"
#include "app/syncengine.h"

#include "core/wireformat.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor;

namespace {

const QString ownerEmail = u"inhaberin@kanzlei-demo.de"_s;
const QString demoPassword = u"kontor-demo"_s;

QSet<QString> asSet(const QStringList& list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

QSet<QUuid> asSet(const QList<QUuid>& list)
{
    return QSet<QUuid>(list.cbegin(), list.cend());
}

} // namespace

class TestClientSync : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_database;
    std::unique_ptr<test::ServerProcess> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<app::ApiClient> m_api;
    std::unique_ptr<app::KeychainCredentialStore> m_keychain;
    std::unique_ptr<app::Settings> m_settings;
    std::unique_ptr<app::Session> m_session;
    std::unique_ptr<app::LocalStore> m_store;
    std::unique_ptr<app::SyncEngine> m_sync;

    // Waits until the engine finished a cycle with nothing left to push.
    bool waitForQuiet(int timeoutMs = 20000)
    {
        return test::syncUntilOutboxEmpty(*m_sync, *m_store, timeoutMs);
    }

    // A request of our own to the server, as the signed-in owner.
    app::ApiResponse server(app::ApiClient::Method method, const QString& path,
                            const QJsonObject& body = {})
    {
        std::optional<app::ApiResponse> answer;
        m_api->send(method, path, {}, body, this, [&](const app::ApiResponse& r) { answer = r; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20000))
            qFatal("the server did not answer");
        return *answer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = std::make_unique<test::TestDatabase>(test::backendFromEnvironment());
        QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
        const test::CommandResult demo =
            test::runServerCommand({u"demo"_s, u"--database"_s, m_database->spec(), u"--accounts"_s,
                                    u"25"_s, u"--test-password-cost"_s});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        m_server = std::make_unique<test::ServerProcess>();
        QVERIFY(m_server->start(m_database->spec()));

        m_api = std::make_unique<app::ApiClient>();
        m_keychain = std::make_unique<app::KeychainCredentialStore>();
        m_settings = std::make_unique<app::Settings>();
        m_session = std::make_unique<app::Session>(m_api.get(), m_keychain.get(), m_settings.get());
        m_session->signIn(m_server->baseUrl(), ownerEmail, demoPassword);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), app::Session::State::SignedIn, 20000);
        const app::CurrentUser me = m_session->user();
        QCOMPARE(me.email, ownerEmail);
        QCOMPARE(me.role, core::Role::Owner);

        m_store = std::make_unique<app::LocalStore>();
        QVERIFY(m_store->open(m_dir.filePath(u"firm.sqlite"_s)));
        QVERIFY(m_store->setCurrentUser(me));
        app::SyncEngine::Options options;
        options.pollInterval = std::chrono::hours(1); // cycles when the test asks
        options.minRetryDelay = std::chrono::milliseconds(100);
        options.maxRetryDelay = std::chrono::milliseconds(500);
        m_sync = std::make_unique<app::SyncEngine>(m_store.get(), options);
        connect(m_sync.get(), &app::SyncEngine::unauthorized, m_session.get(),
                &app::Session::handleUnauthorized);
        QSignalSpy finished(m_sync.get(), &app::SyncEngine::cycleFinished);
        int firstExpected = 0; // the server's count at the first page (issue 6: progress)
        const QMetaObject::Connection progress =
            connect(m_sync.get(), &app::SyncEngine::progressChanged, this, [&] {
                if (firstExpected == 0)
                    firstExpected = m_sync->expectedChanges();
            });
        m_sync->start(m_session->serverUrl(), m_session->token());
        QVERIFY(finished.wait(30000));
        disconnect(progress);
        QVERIFY(finished.last().first().toBool());
        QCOMPARE(m_sync->state(), app::SyncEngine::State::Online);
        QVERIFY(firstExpected >= m_sync->receivedChanges());
        QVERIFY(m_sync->receivedChanges() > 25);
        QCOMPARE(m_sync->expectedChanges(), m_sync->receivedChanges());
    }

    void firstSyncBringsTheFirmsData()
    {
        QCOMPARE(m_store->teamMembers().size(), 3);
        QVERIFY(!m_store->tags().isEmpty());
        QCOMPARE(m_store->customFields(core::CustomFieldScope::Account).size(), 2);
        QCOMPARE(m_store->folderTemplates().size(), 1);
        app::AccountListModel list(m_store.get());
        QCOMPARE(list.rowCount(), 25);
    }

    void accountCreatedInTheStoreArrivesWithAllItsFields()
    {
        // R-ACC-2…10, R-CON-1…6: everything the wizard can fill in.
        const QList<core::CustomFieldDefinition> fields =
            m_store->customFields(core::CustomFieldScope::Account);
        const auto fieldId = [&](const QString& name) {
            for (const core::CustomFieldDefinition& d : fields) {
                if (d.name == name)
                    return d.id;
            }
            return QUuid();
        };
        QUuid employee;
        for (const core::TeamMember& m : m_store->teamMembers()) {
            if (m.email.startsWith(u"max."_s))
                employee = m.id;
        }
        core::Account a;
        a.type = core::AccountType::Company;
        a.companyName = u"Bäckerei Groß GmbH"_s;
        a.tags = {m_store->tags().first().name, u"Neu im Test"_s};
        a.teamMemberIds = m_store->defaultTeamMemberIds();
        a.teamMemberIds.append(employee);
        a.folderTemplateId = m_store->folderTemplates().first().id;
        a.customFields = {{core::toWireId(fieldId(u"Steuernummer"_s)), u"203/114/56789"_s},
                          {core::toWireId(fieldId(u"Mandantengruppe"_s)), u"B"_s}};
        core::AccountContact hans;
        hans.contact.firstName = u"Hans"_s;
        hans.contact.middleName = u"Peter"_s;
        hans.contact.lastName = u"Groß"_s;
        hans.contact.email = u"hans.gross@baeckerei-gross.example"_s;
        hans.contact.tags = {u"Geschäftsführung"_s};
        hans.contact.phones = {{u"0351 1234567"_s, true}, {u"0170 7654321"_s, false}};
        hans.contact.address = {u"Hauptstraße 1"_s, u"01067"_s, u"Dresden"_s, u"Sachsen"_s,
                                u"DE"_s};
        hans.switches = {false, true, true};
        core::AccountContact grete;
        grete.contact.firstName = u"Grete"_s;
        grete.contact.lastName = u"Groß"_s;
        grete.switches = {false, false, false};
        a.contacts = {hans, grete};

        QVERIFY(m_store->createAccount(a).isEmpty());
        QVERIFY(waitForQuiet());
        QVERIFY(m_store->syncIssues().isEmpty());

        const app::ApiResponse r =
            server(app::ApiClient::Method::Get, u"/api/v1/accounts/"_s + core::toWireId(a.id));
        QVERIFY2(r.ok(), qPrintable(r.error.serverMessage));
        core::Violations ignored;
        const core::Account onServer = core::readAccount(core::JsonReader(r.body, &ignored));
        QCOMPARE(onServer.id, a.id);
        QCOMPARE(onServer.type, core::AccountType::Company);
        QCOMPARE(onServer.name, u"Bäckerei Groß GmbH"_s); // R-ACC-5
        QCOMPARE(onServer.companyName, a.companyName);
        QCOMPARE(asSet(onServer.tags), asSet(a.tags));
        QCOMPARE(asSet(onServer.teamMemberIds), asSet(a.teamMemberIds));
        QCOMPARE(onServer.folderTemplateId, a.folderTemplateId);
        QCOMPARE(onServer.customFields, a.customFields);
        QVERIFY(!onServer.folders.isEmpty()); // R-ACC-8
        QCOMPARE(onServer.contacts.size(), 2);
        const core::AccountContact& h = onServer.contacts.at(0);
        QCOMPARE(h.contact.id, a.contacts[0].contact.id); // the client's ids are kept
        QCOMPARE(h.contact.firstName, u"Hans"_s);
        QCOMPARE(h.contact.middleName, u"Peter"_s);
        QCOMPARE(h.contact.lastName, u"Groß"_s);
        QCOMPARE(h.contact.email, hans.contact.email);
        QCOMPARE(h.contact.tags, hans.contact.tags);
        QCOMPARE(h.contact.phones.size(), 2);
        QCOMPARE(h.contact.phones[0].number, u"+493511234567"_s);
        QVERIFY(h.contact.phones[0].primary);
        QCOMPARE(h.contact.address, hans.contact.address);
        QCOMPARE(h.switches, hans.switches);
        QCOMPARE(onServer.contacts.at(1).contact.firstName, u"Grete"_s);

        // The pull brought the server's version back: same as what we made.
        const core::Account local = *m_store->account(a.id);
        QCOMPARE(local.name, onServer.name);
        QCOMPARE(local.folders, onServer.folders);
    }

    void changesOnTheServerAppearInTheList()
    {
        app::AccountListModel list(m_store.get());
        QAbstractItemModelTester tester(&list,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy reset(&list, &QAbstractItemModel::modelReset);
        const int before = list.rowCount();

        // A new account and a renamed one, made through the server's API.
        const app::ApiResponse created =
            server(app::ApiClient::Method::Post, u"/api/v1/accounts"_s,
                   test::individualAccount(u"Zacharias"_s, u"Zuse"_s, u"zz@example.de"_s));
        QVERIFY2(created.ok(), qPrintable(created.error.serverMessage));
        const QUuid newId = QUuid::fromString(created.body[u"id"_s].toString());
        const QUuid renamedId = list.accountId(0);
        const app::ApiResponse patched = server(app::ApiClient::Method::Patch,
                                                u"/api/v1/accounts/"_s + core::toWireId(renamedId),
                                                {{u"name"_s, u"Älteste Kundschaft"_s}});
        QVERIFY2(patched.ok(), qPrintable(patched.error.serverMessage));

        QVERIFY(waitForQuiet());
        QCOMPARE(list.rowCount(), before + 1);
        const int row = list.rowOf(newId);
        QVERIFY(row >= 0);
        QVERIFY(list.index(row, 0).data().toString().contains(u"Zuse"_s));
        QCOMPARE(list.index(list.rowOf(renamedId), 0).data().toString(), u"Älteste Kundschaft"_s);
        QCOMPARE(reset.size(), 0); // incremental, not a reset
        list.setSearchText(u"zuse"_s);
        QCOMPARE(list.rowCount(), 1);
    }

    void offlineEditsArriveWhenTheServerIsBack()
    {
        app::AccountListModel list(m_store.get());
        QCOMPARE(m_server->terminate(), 0);
        core::Account a;
        a.type = core::AccountType::Individual;
        core::AccountContact c;
        c.contact.firstName = u"Otto"_s;
        c.contact.lastName = u"Offline"_s;
        a.contacts = {c};
        QVERIFY(m_store->createAccount(a).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_sync->state(), app::SyncEngine::State::Offline, 10000);
        QVERIFY(!m_sync->statusMessage().isEmpty());
        QCOMPARE(m_store->outboxCount(), 1);
        QCOMPARE(list.index(list.rowOf(a.id), 0).data(app::AccountListModel::SyncStateRole).toInt(),
                 int(app::SyncState::Pending)); // "nicht synchronisiert"

        // Back, on another port: the engine is pointed there and sends what waited.
        QVERIFY(m_server->start(m_database->spec()));
        m_api->setBaseUrl(m_server->baseUrl());
        m_sync->start(m_server->baseUrl(), m_session->token());
        QVERIFY(waitForQuiet());
        QCOMPARE(list.index(list.rowOf(a.id), 0).data(app::AccountListModel::SyncStateRole).toInt(),
                 int(app::SyncState::Synced));
        QVERIFY(server(app::ApiClient::Method::Get, u"/api/v1/accounts/"_s + core::toWireId(a.id))
                    .ok());
    }

    void aRuleOnlyTheServerChecksBecomesASyncIssue()
    {
        // A team member the server does not know: the client cannot tell, the server rejects.
        core::Account a;
        a.type = core::AccountType::Individual;
        a.teamMemberIds = {QUuid::createUuid()};
        core::AccountContact c;
        c.contact.firstName = u"Rita"_s;
        c.contact.lastName = u"Abgelehnt"_s;
        a.contacts = {c};
        QVERIFY(m_store->createAccount(a).isEmpty());
        QVERIFY(waitForQuiet());
        const QList<app::SyncIssue> issues = m_store->syncIssues();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0].kind, app::SyncIssue::Kind::Rejected);
        QCOMPARE(issues[0].accountId, a.id);
        QCOMPARE(issues[0].errors.first().path(), u"team_member_ids[0]"_s);
        QCOMPARE(issues[0].errors.first().code(), u"not_found"_s);
        QCOMPARE(issues[0].operation.payload[u"contacts"_s].toArray().size(), 1); // kept whole
        QVERIFY(m_store->account(a.id)); // still here for the user to fix
    }

    void aRefusedAccountIsFixedAndCreatedAgain()
    {
        // Issue 6: a colleague created the contact meanwhile (on the server); our offline
        // account is refused (a team member the server does not know). The draft that needs
        // attention brings the server's error and offers the colleague's contact; linking it and
        // creating again sends a new operation, and the server has the account once.
        const app::ApiResponse theirs =
            server(app::ApiClient::Method::Post, u"/api/v1/accounts"_s,
                   test::individualAccount(u"Jana"_s, u"Jetzt"_s, u"jana.jetzt@example.de"_s));
        QVERIFY2(theirs.ok(), qPrintable(theirs.error.serverMessage));
        const QUuid theirContact =
            QUuid::fromString(theirs.body[u"contacts"_s].toArray()[0][u"contact_id"_s].toString());
        QVERIFY(waitForQuiet()); // their contact is here now

        core::Account a;
        a.type = core::AccountType::Individual;
        a.teamMemberIds = {QUuid::createUuid()};
        core::AccountContact c;
        c.contact.firstName = u"Jana"_s;
        c.contact.lastName = u"Jetzt"_s;
        c.contact.email = u"Jana.Jetzt@example.de"_s;
        a.contacts = {c};
        QVERIFY(m_store->createAccount(a).isEmpty());
        QVERIFY(waitForQuiet());
        const std::optional<app::Draft> d = m_store->draft(a.id);
        QVERIFY(d);
        QVERIFY(d->needsAttention);
        QCOMPARE(d->errors.first().path(), u"team_member_ids[0]"_s);
        QCOMPARE(d->existingContacts.size(), 1);
        QCOMPARE(d->existingContacts[0].existingContactId, theirContact);

        core::Account fixed = d->account;
        fixed.teamMemberIds = m_store->defaultTeamMemberIds();
        fixed.contacts[0].existingContactId = theirContact;
        QVERIFY(m_store->createAccount(fixed).isEmpty());
        QVERIFY(waitForQuiet());
        QVERIFY(!m_store->draft(a.id));
        for (const app::SyncIssue& issue : m_store->syncIssues())
            QVERIFY(issue.accountId != a.id);
        const app::ApiResponse created =
            server(app::ApiClient::Method::Get, u"/api/v1/accounts/"_s + core::toWireId(a.id));
        QVERIFY2(created.ok(), qPrintable(created.error.serverMessage));
        const QJsonArray contacts = created.body[u"contacts"_s].toArray();
        QCOMPARE(contacts.size(), 1);
        QCOMPARE(contacts[0][u"contact_id"_s].toString(), core::toWireId(theirContact));
    }

    void signOutEndsTheSession()
    {
        const QString token = m_session->token();
        m_session->signOut();
        QCOMPARE(m_session->state(), app::Session::State::SignedOut);
        // The server forgot the session: the old token is refused.
        test::ApiClient raw(m_server->baseUrl());
        raw.setToken(token);
        QTRY_COMPARE_WITH_TIMEOUT(raw.get(u"/api/v1/me"_s).status, 401, 10000);
    }

    void cleanupTestCase()
    {
        m_sync.reset();
        if (m_server)
            m_server->terminate();
    }
};

QTEST_GUILESS_MAIN(TestClientSync)
#include "tst_clientsync.moc"
