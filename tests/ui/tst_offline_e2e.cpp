// Issue 6 end to end: the real windows wired by DesktopClient against a real kontor-server on
// loopback (demo firm). An account made in the wizard while the server is down stays "nicht
// synchronisiert", with the connection state and the next attempt in the status bar; once the
// server is back, "Jetzt synchronisieren" sends it and the server has it once. An account the
// server refuses reopens in the wizard with the server's error at its field.

#include "desktopdemo.h"

#include "ui/desktopclient.h"
#include "ui/mainwindow.h"
#include "ui/newaccountwizard.h"
#include "ui/signindialog.h"

#include "app/accountlistmodel.h"
#include "app/credentialstore.h"
#include "app/localstore.h"
#include "app/session.h"
#include "app/settings.h"

#include <QAction>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace kontor;
using test::child;

namespace {
constexpr int demoAccounts = 5;
constexpr int networkTimeout = test::DesktopDemo::networkTimeout;
const QString& ownerEmail = test::DesktopDemo::ownerEmail;
const QString& demoPassword = test::DesktopDemo::password;
} // namespace

class TestOfflineEndToEnd : public QObject {
    Q_OBJECT

    test::DesktopDemo m_demo;

    int rowOf(const QUuid& id) const
    {
        auto* model = qobject_cast<app::AccountListModel*>(m_demo.accountTable()->model());
        return model ? model->rowOf(id) : -1;
    }
    QString syncColumn(const QUuid& id) const
    {
        const int row = rowOf(id);
        return row < 0 ? QString()
                       : m_demo.accountTable()
                             ->model()
                             ->index(row, app::AccountListModel::SyncStateColumn)
                             .data()
                             .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString failed = m_demo.start(demoAccounts);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        m_demo.client->signIn(m_demo.server->baseUrl(), ownerEmail, demoPassword);
        QTRY_VERIFY_WITH_TIMEOUT(m_demo.client->window() && m_demo.client->window()->isVisible(),
                                 networkTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(m_demo.stateText().contains(u"everything synchronised"_s),
                                 networkTimeout);
    }

    void accountMadeWhileServerIsDownArrivesOnceItIsBack()
    {
        const quint16 port = m_demo.server->port();
        m_demo.server->terminate();
        QVERIFY(!m_demo.server->isRunning());

        auto created = test::answerModal(u"newAccountWizard"_s, [](QWidget* w) {
            auto* wizard = qobject_cast<ui::NewAccountWizard*>(w);
            test::type(child<QLineEdit>(wizard, u"accountNameEdit"_s), u"Zug ohne Netz"_s);
            wizard->next();
            child<QLineEdit>(wizard, u"firstNameEdit"_s)->setText(u"Otto"_s);
            test::type(child<QLineEdit>(wizard, u"lastNameEdit"_s), u"Offline"_s);
            QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
            wizard->button(QWizard::FinishButton)->click();
        });
        m_demo.client->window()->findChild<QAction*>(u"newAccountAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(*created, networkTimeout);
        QCOMPARE(m_demo.client->store()->drafts().size(), 0); // created, not a draft
        QUuid id;
        for (int r = 0; r < m_demo.accountTable()->model()->rowCount(); ++r) {
            if (m_demo.accountTable()->model()->index(r, 0).data().toString() == u"Zug ohne Netz"_s)
                id = m_demo.accountTable()
                         ->model()
                         ->index(r, 0)
                         .data(app::AccountListModel::IdRole)
                         .toUuid();
        }
        QVERIFY(!id.isNull());
        QCOMPARE(syncColumn(id), u"not synchronised"_s);

        // The attempt fails: offline, the next try counting down, the change waiting.
        m_demo.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(m_demo.stateText().startsWith(u"Offline"_s), networkTimeout);
        QVERIFY2(m_demo.stateText().contains(u"1 changes not synchronised"_s),
                 qPrintable(m_demo.stateText()));
        QTRY_VERIFY_WITH_TIMEOUT(m_demo.stateText().contains(u"Next attempt in"_s), networkTimeout);
        QCOMPARE(syncColumn(id), u"not synchronised"_s);

        // The server is back at the same address.
        m_demo.server = std::make_unique<test::ServerProcess>();
        QVERIFY(m_demo.server->start(m_demo.database->spec(),
                                     {u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)}));
        QCOMPARE(m_demo.server->port(), port);
        m_demo.syncNow(); // "Jetzt synchronisieren" also while waiting to retry
        QTRY_VERIFY_WITH_TIMEOUT(m_demo.stateText().contains(u"everything synchronised"_s),
                                 networkTimeout);
        QCOMPARE(m_demo.client->store()->outboxCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(syncColumn(id), u"synchronised"_s, networkTimeout);

        test::ApiClient api(m_demo.server->baseUrl());
        api.setToken(m_demo.client->session().token());
        const test::Reply account = api.get(u"/api/v1/accounts/"_s + core::toWireId(id));
        QCOMPARE(account.status, 200);
        QCOMPARE(account.json.value(u"name"_s).toString(), u"Zug ohne Netz"_s);
        int named = 0;
        const test::Reply list = api.get(u"/api/v1/accounts"_s);
        for (const QJsonValue& item : list.items())
            named += item.toObject().value(u"name"_s).toString() == u"Zug ohne Netz"_s;
        QCOMPARE(named, 1); // exactly once
    }

    void refusedAccountReopensWithTheServersError()
    {
        // A team member the server does not know (removed there meanwhile): only the server
        // can refuse it.
        core::Account a;
        a.type = core::AccountType::Individual;
        a.name = u"Abgelehnt vom Server"_s;
        a.teamMemberIds = {QUuid::createUuid()};
        core::AccountContact c;
        c.contact.firstName = u"Rita"_s;
        c.contact.lastName = u"Refus"_s;
        a.contacts = {c};
        QVERIFY(m_demo.client->store()->createAccount(a).isEmpty());
        m_demo.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(m_demo.client->store()->draft(a.id) &&
                                     m_demo.client->store()->draft(a.id)->needsAttention,
                                 networkTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(syncColumn(a.id), u"needs attention"_s, networkTimeout);
        QTRY_COMPARE(m_demo.client->window()->findChild<QAction*>(u"draftsAction"_s)->text(),
                     u"&Drafts (1)"_s);

        auto reopened = test::answerModal(u"newAccountWizard"_s, [&](QWidget* w) {
            auto* wizard = qobject_cast<ui::NewAccountWizard*>(w);
            QCOMPARE(wizard->account().id, a.id);
            QCOMPARE(child<QLineEdit>(wizard, u"accountNameEdit"_s)->text(),
                     u"Abgelehnt vom Server"_s);
            auto* error = child<QLabel>(wizard, u"teamMembersListError"_s);
            QVERIFY(error->isVisibleTo(wizard));
            QVERIFY(!error->text().isEmpty());
            wizard->reject();
        });
        QTableView* table = m_demo.accountTable();
        table->setCurrentIndex(table->model()->index(rowOf(a.id), 0));
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(*reopened, networkTimeout);

        // The status bar's count leads to the same place.
        auto* attention = child<QPushButton>(m_demo.client->window(), u"attentionButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(attention->isVisible(), networkTimeout);
        QCOMPARE(attention->text(), u"1 need attention"_s);
        auto again = test::answerModal(u"newAccountWizard"_s, [&](QWidget* w) {
            QCOMPARE(qobject_cast<ui::NewAccountWizard*>(w)->account().id, a.id);
            qobject_cast<QDialog*>(w)->reject();
        });
        attention->click();
        QTRY_VERIFY_WITH_TIMEOUT(*again, networkTimeout);
    }

    void cleanupTestCase() { m_demo.stop(); }
};

QTEST_MAIN(TestOfflineEndToEnd)
#include "tst_offline_e2e.moc"
