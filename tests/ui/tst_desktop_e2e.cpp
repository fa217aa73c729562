// The desktop client end to end: the real windows wired by DesktopClient, the real keychain
// (inside scripts/test-services.sh), and a real kontor-server process on loopback with the demo
// firm. Signing in from the command line, the first sync fills the list; an account made in
// the wizard, with LOGIN on and the invitation sent, arrives on the server with all its fields
// and its invitation; a change made on the server shows in the list and in the open profile;
// the session is kept in the keychain and sign-out forgets it.

#include "desktopdemo.h"

#include "ui/accountprofile.h"
#include "ui/accountspage.h"
#include "ui/desktopclient.h"
#include "ui/import/importwizard.h"
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
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace kontor;
using test::child;

namespace {
constexpr int demoAccounts = 25;
constexpr int networkTimeout = test::DesktopDemo::networkTimeout;
const QString& ownerEmail = test::DesktopDemo::ownerEmail;
const QString& demoPassword = test::DesktopDemo::password;
} // namespace

class TestDesktopEndToEnd : public QObject {
    Q_OBJECT

    test::DesktopDemo m_demo;
    QUuid m_accountId;

    bool syncedUp()
    {
        m_demo.syncNow();
        return QTest::qWaitFor([this] { return m_demo.client->store()->outboxCount() == 0; },
                               networkTimeout);
    }
    test::Reply serverGet(const QString& path)
    {
        test::ApiClient api(m_demo.server->baseUrl());
        api.setToken(m_demo.client->session().token());
        return api.get(path);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString failed = m_demo.start(demoAccounts);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    // As `kontor --server … --email … --password-file …` does.
    void signsInAndFirstSyncFillsTheList()
    {
        m_demo.client->signIn(m_demo.server->baseUrl(), ownerEmail, demoPassword);
        QTRY_VERIFY_WITH_TIMEOUT(m_demo.client->window() && m_demo.client->window()->isVisible(),
                                 networkTimeout);
        QCOMPARE(m_demo.client->session().user().email, ownerEmail);
        QTRY_COMPARE_WITH_TIMEOUT(m_demo.accountTable()->model()->rowCount(), demoAccounts,
                                  networkTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(m_demo.stateText().contains(u"everything synchronised"_s),
                                 networkTimeout);
    }

    // R-ACC-2…10, R-INV-1/2: the wizard's account, LOGIN on and "Senden", on the server.
    void wizardAccountArrivesOnServer()
    {
        QVERIFY(m_demo.client->window());
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
        child<QPushButton>(m_demo.client->window(), u"accountsNewButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(*done, networkTimeout);
        // The new account's profile opened.
        auto* profile = qobject_cast<ui::AccountProfile*>(
            child<QTabWidget>(m_demo.client->window(), u"accountTabs"_s)->currentWidget());
        QVERIFY(profile);
        m_accountId = profile->accountId();
        QCOMPARE(m_demo.accountTable()->model()->rowCount(), demoAccounts + 1);
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
        QCOMPARE(m_demo.client->store()->syncIssueCount(), 0);
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
        m_demo.syncNow();
        auto* pendingTable = child<QTableView>(m_demo.client->window(), u"pendingTable"_s);
        QTRY_VERIFY_WITH_TIMEOUT(pendingTable->model()->rowCount() >= 1, networkTimeout);
    }

    // A change made on the server reaches the list and the open profile.
    void serverChangeShowsInListAndProfile()
    {
        QVERIFY(!m_accountId.isNull());
        test::ApiClient api(m_demo.server->baseUrl());
        api.setToken(m_demo.client->session().token());
        const test::Reply changed = api.patch(u"/api/v1/accounts/"_s + core::toWireId(m_accountId),
                                              {{u"name"_s, u"Sommer Backwaren"_s}});
        QVERIFY2(changed.status == 200, qPrintable(QString::number(changed.status)));
        m_demo.syncNow();
        ui::AccountProfile* profile = m_demo.client->window()->accountsPage()->profile(m_accountId);
        QVERIFY(profile);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(profile, u"profileNameLabel"_s)->text(),
                                  u"Sommer Backwaren"_s, networkTimeout);
        QAbstractItemModel* list = m_demo.accountTable()->model();
        bool listed = false;
        for (int r = 0; r < list->rowCount(); ++r)
            listed = listed || list->index(r, 0).data().toString() == u"Sommer Backwaren"_s;
        QVERIFY(listed);
    }

    // The session is kept in the keychain (the token only): a new start needs no password;
    // "Abmelden" forgets it.
    void sessionIsRememberedAndSignOutForgetsIt()
    {
        const QUrl server = m_demo.client->session().serverUrl();
        m_demo.client.reset(); // as when the application ends
        m_demo.client = std::make_unique<ui::DesktopClient>(*m_demo.settings, *m_demo.keychain);
        m_demo.client->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_demo.client->window() && m_demo.client->window()->isVisible(),
                                 networkTimeout);
        QCOMPARE(m_demo.client->session().user().email, ownerEmail);
        QVERIFY(!m_demo.client->session().isOffline());

        // An import still planning when the session ends goes with the window: the plan
        // stops and the wizard closes before the local store does.
        QTemporaryDir dir;
        QFile csv(dir.filePath(u"mandanten.csv"_s));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Konto;Vorname;Nachname;E-Mail\r\n");
        for (int i = 0; i < 20000; ++i)
            csv.write(u"Konto %1;Vera;Vogel;vera%1@example.com\r\n"_s.arg(i).toUtf8());
        csv.close();
        m_demo.client->window()->findChild<QAction*>(u"importAction"_s)->trigger();
        QPointer<ui::ImportWizard> wizard = m_demo.client->importWizard();
        QVERIFY(wizard && wizard->isVisible());
        child<QLineEdit>(wizard, u"filePathEdit"_s)->setText(csv.fileName());
        wizard->next();
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::ImportWizard::PreviewPageId));
        QVERIFY(wizard->job().isBusy());

        m_demo.client->window()->findChild<QAction*>(u"signOutAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_demo.client->window(), networkTimeout);
        QVERIFY(!wizard);
        QTRY_VERIFY_WITH_TIMEOUT(m_demo.client->signInDialog() &&
                                     m_demo.client->signInDialog()->isVisible(),
                                 networkTimeout);
        std::optional<app::CredentialStore::Status> kept;
        m_demo.keychain->readToken(app::Session::credentialKey(server), this,
                                   [&](const app::CredentialStore::Result& r) { kept = r.status; });
        QTRY_VERIFY_WITH_TIMEOUT(kept.has_value(), networkTimeout);
        QCOMPARE(*kept, app::CredentialStore::Status::NotFound);
    }

    void cleanupTestCase() { m_demo.stop(); }
};

QTEST_MAIN(TestDesktopEndToEnd)
#include "tst_desktop_e2e.moc"
