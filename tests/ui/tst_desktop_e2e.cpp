// The desktop client end to end: the real windows wired by DesktopClient, the real keychain
// (inside scripts/test-services.sh), and a real kontor-server process on loopback with the demo
// firm. Signing in from the command line, the first sync fills the list; an account made in
// the wizard, with LOGIN on and the invitation sent, arrives on the server with all its fields
// and its invitation; a change made on the server shows in the list and in the open profile;
// the session is kept in the keychain and sign-out forgets it.

#include "guitest.h"
#include "tests/server/serverfixture.h"

#include "ui/accountprofile.h"
#include "ui/accountspage.h"
#include "ui/desktopclient.h"
#include "ui/mainwindow.h"
#include "ui/newaccountwizard.h"
#include "ui/signindialog.h"

#include "app/credentialstore.h"
#include "app/localstore.h"
#include "app/session.h"
#include "app/settings.h"

#include <QAction>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace kontor;
using test::child;

namespace {
const QString ownerEmail = u"inhaberin@kanzlei-demo.de"_s;
const QString demoPassword = u"kontor-demo"_s;
constexpr int demoAccounts = 25;
constexpr int networkTimeout = 30000;
} // namespace

class TestDesktopEndToEnd : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_database;
    std::unique_ptr<test::ServerProcess> m_server;
    std::unique_ptr<app::Settings> m_settings;
    std::unique_ptr<app::KeychainCredentialStore> m_keychain;
    std::unique_ptr<ui::DesktopClient> m_client;
    QUuid m_accountId;

    QTableView* accountTable() const
    {
        return child<QTableView>(m_client->window(), u"accountTable"_s);
    }
    bool syncedUp()
    {
        child<QPushButton>(m_client->window(), u"syncNowButton"_s)->click();
        return QTest::qWaitFor([this] { return m_client->store()->outboxCount() == 0; },
                               networkTimeout);
    }
    test::Reply serverGet(const QString& path)
    {
        test::ApiClient api(m_server->baseUrl());
        api.setToken(m_client->session().token());
        return api.get(path);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = std::make_unique<test::TestDatabase>(test::backendFromEnvironment());
        QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
        const test::CommandResult demo =
            test::runServerCommand({u"demo"_s, u"--database"_s, m_database->spec(), u"--accounts"_s,
                                    QString::number(demoAccounts), u"--test-password-cost"_s});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        m_server = std::make_unique<test::ServerProcess>();
        QVERIFY(m_server->start(m_database->spec()));
        m_settings = std::make_unique<app::Settings>();
        m_keychain = std::make_unique<app::KeychainCredentialStore>();
        m_client = std::make_unique<ui::DesktopClient>(*m_settings, *m_keychain);
    }

    // As `kontor --server … --email … --password-file …` does.
    void signsInAndFirstSyncFillsTheList()
    {
        m_client->signIn(m_server->baseUrl(), ownerEmail, demoPassword);
        QTRY_VERIFY_WITH_TIMEOUT(m_client->window() && m_client->window()->isVisible(),
                                 networkTimeout);
        QCOMPARE(m_client->session().user().email, ownerEmail);
        QTRY_COMPARE_WITH_TIMEOUT(accountTable()->model()->rowCount(), demoAccounts,
                                  networkTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(m_client->window(), u"syncStateLabel"_s)
                                     ->text()
                                     .contains(u"everything synchronised"_s),
                                 networkTimeout);
    }

    // R-ACC-2…10, R-INV-1/2: the wizard's account, LOGIN on and "Senden", on the server.
    void wizardAccountArrivesOnServer()
    {
        QVERIFY(m_client->window());
        auto done = test::answerModal(u"newAccountWizard"_s, [](QWidget* w) {
            auto* wizard = qobject_cast<ui::NewAccountWizard*>(w);
            child<QRadioButton>(wizard, u"companyRadio"_s)->click();
            test::type(child<QLineEdit>(wizard, u"companyNameEdit"_s), u"Bäckerei Sommer KG"_s);
            child<QLineEdit>(wizard, u"accountTagsEdit"_s)->setText(u"VIP"_s);
            child<QPushButton>(wizard, u"accountTagsAdd"_s)->click();
            wizard->next();
            child<QLineEdit>(wizard, u"firstNameEdit"_s)->setText(u"Clara"_s);
            test::type(child<QLineEdit>(wizard, u"lastNameEdit"_s), u"Sommer"_s);
            child<QLineEdit>(wizard, u"emailEdit"_s)->setText(u"clara@baeckerei-sommer.de"_s);
            child<QPushButton>(wizard, u"addPhoneButton"_s)->click();
            child<QLineEdit>(wizard, u"phoneNumber_0"_s)->setText(u"0351 4567890"_s);
            child<QCheckBox>(wizard, u"loginSwitch"_s)->click();
            test::answerModal(u"invitationDialog"_s, [](QWidget* dialog) {
                test::type(child<QPlainTextEdit>(dialog, u"personalMessageEdit"_s),
                           u"Willkommen im Portal!"_s);
                child<QPushButton>(dialog, u"sendInvitationButton"_s)->click();
            });
            wizard->button(QWizard::FinishButton)->click();
        });
        child<QPushButton>(m_client->window(), u"accountsNewButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(*done, networkTimeout);
        // The new account's profile opened.
        auto* profile = qobject_cast<ui::AccountProfile*>(
            child<QTabWidget>(m_client->window(), u"accountTabs"_s)->currentWidget());
        QVERIFY(profile);
        m_accountId = profile->accountId();
        QCOMPARE(accountTable()->model()->rowCount(), demoAccounts + 1);
        QVERIFY(syncedUp());

        const test::Reply account = serverGet(u"/api/v1/accounts/"_s + core::toWireId(m_accountId));
        QCOMPARE(account.status, 200);
        QCOMPARE(account.json.value(u"type"_s).toString(), u"company"_s);
        QCOMPARE(account.json.value(u"company_name"_s).toString(), u"Bäckerei Sommer KG"_s);
        QCOMPARE(account.json.value(u"name"_s).toString(), u"Bäckerei Sommer KG"_s);
        QCOMPARE(account.json.value(u"tags"_s).toArray(), QJsonArray{u"VIP"_s});
        const QJsonArray contacts = account.json.value(u"contacts"_s).toArray();
        QCOMPARE(contacts.size(), 1);
        const QJsonObject clara = contacts.at(0).toObject();
        QCOMPARE(clara.value(u"email"_s).toString(), u"clara@baeckerei-sommer.de"_s);
        QVERIFY(clara.value(u"login"_s).toBool());
        QCOMPARE(clara.value(u"phones"_s).toArray().at(0).toObject().value(u"number"_s).toString(),
                 u"+493514567890"_s);
        QVERIFY(!account.json.value(u"team_member_ids"_s).toArray().isEmpty());

        // Nothing was rejected on the way, and the invitation waits for Clara (R-INV-7).
        QCOMPARE(m_client->store()->syncIssueCount(), 0);
        const test::Reply pending = serverGet(u"/api/v1/pending-activations"_s);
        QCOMPARE(pending.status, 200);
        bool invited = false;
        for (const QJsonValue& item : pending.items()) {
            const QJsonObject i = item.toObject();
            invited =
                invited || (i.value(u"account_id"_s).toString() == core::toWireId(m_accountId) &&
                            i.value(u"email"_s).toString() == u"clara@baeckerei-sommer.de"_s);
        }
        QVERIFY(invited);
        // The server's invitation comes back into the client's pending list.
        child<QPushButton>(m_client->window(), u"syncNowButton"_s)->click();
        auto* pendingTable = child<QTableView>(m_client->window(), u"pendingTable"_s);
        QTRY_VERIFY_WITH_TIMEOUT(pendingTable->model()->rowCount() >= 1, networkTimeout);
    }

    // A change made on the server reaches the list and the open profile.
    void serverChangeShowsInListAndProfile()
    {
        QVERIFY(!m_accountId.isNull());
        test::ApiClient api(m_server->baseUrl());
        api.setToken(m_client->session().token());
        const test::Reply changed = api.patch(u"/api/v1/accounts/"_s + core::toWireId(m_accountId),
                                              {{u"name"_s, u"Sommer Backwaren"_s}});
        QVERIFY2(changed.status == 200, qPrintable(QString::number(changed.status)));
        child<QPushButton>(m_client->window(), u"syncNowButton"_s)->click();
        ui::AccountProfile* profile = m_client->window()->accountsPage()->profile(m_accountId);
        QVERIFY(profile);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(profile, u"profileNameLabel"_s)->text(),
                                  u"Sommer Backwaren"_s, networkTimeout);
        QAbstractItemModel* list = accountTable()->model();
        bool listed = false;
        for (int r = 0; r < list->rowCount(); ++r)
            listed = listed || list->index(r, 0).data().toString() == u"Sommer Backwaren"_s;
        QVERIFY(listed);
    }

    // The session is kept in the keychain (the token only): a new start needs no password;
    // "Abmelden" forgets it.
    void sessionIsRememberedAndSignOutForgetsIt()
    {
        const QUrl server = m_client->session().serverUrl();
        m_client.reset(); // as when the application ends
        m_client = std::make_unique<ui::DesktopClient>(*m_settings, *m_keychain);
        m_client->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_client->window() && m_client->window()->isVisible(),
                                 networkTimeout);
        QCOMPARE(m_client->session().user().email, ownerEmail);
        QVERIFY(!m_client->session().isOffline());

        m_client->window()->findChild<QAction*>(u"signOutAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_client->window(), networkTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(m_client->signInDialog() && m_client->signInDialog()->isVisible(),
                                 networkTimeout);
        std::optional<app::CredentialStore::Status> kept;
        m_keychain->readToken(app::Session::credentialKey(server), this,
                              [&](const app::CredentialStore::Result& r) { kept = r.status; });
        QTRY_VERIFY_WITH_TIMEOUT(kept.has_value(), networkTimeout);
        QCOMPARE(*kept, app::CredentialStore::Status::NotFound);
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_server.reset();
    }
};

QTEST_MAIN(TestDesktopEndToEnd)
#include "tst_desktop_e2e.moc"
