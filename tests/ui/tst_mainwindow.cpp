// The main window against a real local store in a temporary directory: "Neu" → "Konto"
// (R-ACC-2), the list with search and filters, pending activations with resend (R-INV-7),
// the profile's Info tab with LOGIN (R-INV-4), and "Inbox+" with "Gehe zu …" (R-REG-3).

#include "guitest.h"
#include "storewindowrig.h"
#include "tests/app/storefixture.h"

#include "ui/accountprofile.h"
#include "ui/accountspage.h"
#include "ui/mainwindow.h"
#include "ui/newaccountwizard.h"
#include "ui/portalstatusdelegate.h"
#include "ui/storeservices.h"

#include "app/accountlistmodel.h"
#include "app/notificationmodel.h"
#include "app/pendingactivationsmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace kontor;
using test::child;

namespace {

/// The shared rig with what these tests look at.
struct Rig : test::StoreWindowRig {
    QTableView* table() const { return child<QTableView>(window.get(), u"accountTable"_s); }
    QTabWidget* tabs() const { return child<QTabWidget>(window.get(), u"accountTabs"_s); }
    QStringList visibleNames() const
    {
        QStringList names;
        for (int r = 0; r < accounts.rowCount(); ++r)
            names.append(accounts.index(r, app::AccountListModel::NameColumn).data().toString());
        return names;
    }
    QUuid addAccount(const core::Contact& contact, bool login = false)
    {
        core::Account a = test::individual(contact, login);
        a.teamMemberIds = store.defaultTeamMemberIds(); // as the wizard preselects them
        if (!store.createAccount(a).isEmpty())
            qFatal("cannot create a test account");
        return a.id;
    }
};

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void newButtonsOpenTheSameWizard();
    void onlyManagersCreateAccounts();
    void wizardCreatesAccountInStoreAndOpensIt();
    void searchAsYouTypeAndFilters();
    void portalStatusIsColoured();
    void resendsOneOrSeveralPendingActivations();
    void failedInvitationStandsOut();
    void loginOnInfoTabOpensInvitation();
    void loginOnInfoTabCanBeCancelledOrSkipped();
    void loginNeedsEmailOnInfoTab();
    void goToOpensAccountFromInbox();
    void syncStateAndSyncNowInStatusBar();
    void toolbarHasKeyboardPaths();
};

// R-ACC-2: "Neu" → "Konto" top left and "Neu" on the accounts page open the same wizard.
void TestMainWindow::newButtonsOpenTheSameWizard()
{
    Rig rig;
    QVERIFY(rig.shown());
    auto* newButton = child<QToolButton>(rig.window.get(), u"newButton"_s);
    QVERIFY(newButton->menu());
    QAction* account = newButton->menu()->findChild<QAction*>(u"newAccountAction"_s);
    QVERIFY(account);
    for (int path = 0; path < 2; ++path) {
        auto opened = test::answerModal(u"newAccountWizard"_s, [](QWidget* wizard) {
            QVERIFY(qobject_cast<ui::NewAccountWizard*>(wizard));
            qobject_cast<QDialog*>(wizard)->reject();
        });
        if (path == 0)
            account->trigger();
        else
            child<QPushButton>(rig.window.get(), u"accountsNewButton"_s)->click();
        QTRY_VERIFY(*opened);
    }
}

// R-ACC-1: without "manage accounts" both "Neu" entries are off, Ctrl+N too.
void TestMainWindow::onlyManagersCreateAccounts()
{
    Rig rig;
    QVERIFY(rig.shown());
    rig.window->setCanManageAccounts(false);
    auto* account = rig.window->findChild<QAction*>(u"newAccountAction"_s);
    auto* pageNew = child<QPushButton>(rig.window.get(), u"accountsNewButton"_s);
    QVERIFY(!account->isEnabled());
    QVERIFY(!pageNew->isEnabled());
    QVERIFY(!pageNew->toolTip().isEmpty());
    auto opened = test::answerModal(
        u"newAccountWizard"_s, [](QWidget* w) { qobject_cast<QDialog*>(w)->reject(); }, 500);
    test::press(Qt::Key_N, Qt::ControlModifier);
    rig.window->newAccount();
    QTest::qWait(600);
    QVERIFY(!*opened);
    rig.window->setCanManageAccounts(true);
    QVERIFY(account->isEnabled() && pageNew->isEnabled());
}

// The wizard writes to the local store and its outbox; the list shows the account at once and
// its profile opens.
void TestMainWindow::wizardCreatesAccountInStoreAndOpensIt()
{
    Rig rig;
    QVERIFY(rig.shown());
    QCOMPARE(rig.accounts.rowCount(), 0);
    auto done = test::answerModal(u"newAccountWizard"_s, [](QWidget* w) {
        auto* wizard = qobject_cast<ui::NewAccountWizard*>(w);
        child<QLineEdit>(wizard, u"firstNameEdit"_s)->setText(u"Gisela"_s);
        child<QLineEdit>(wizard, u"lastNameEdit"_s)->setText(u"Özdemir"_s);
        wizard->next();
        wizard->button(QWizard::FinishButton)->click();
    });
    child<QPushButton>(rig.window.get(), u"accountsNewButton"_s)->click();
    QTRY_VERIFY(*done);
    QCOMPARE(rig.accounts.rowCount(), 1);
    // The firm's name format is "Nachname, Vorname" (storefixture.h).
    QCOMPARE(rig.visibleNames(), QStringList{u"Özdemir, Gisela"_s});
    QCOMPARE(rig.store.outboxCount(), 1);
    auto* profile = qobject_cast<ui::AccountProfile*>(rig.tabs()->currentWidget());
    QVERIFY(profile);
    QCOMPARE(profile->title(), u"Özdemir, Gisela"_s);
    QCOMPARE(rig.tabs()->tabText(rig.tabs()->currentIndex()), u"Özdemir, Gisela"_s);
}

// Search as you type (umlaut-insensitive, by the store) and the filters by tag, type and team
// member.
void TestMainWindow::searchAsYouTypeAndFilters()
{
    Rig rig;
    QVERIFY(rig.shown());
    QVERIFY(test::applyServerChanges(
        rig.store, {test::serverAccount(QUuid::createUuid(), u"Müller Bau"_s, {u"Privat"_s},
                                        core::AccountType::Company),
                    test::serverAccount(QUuid::createUuid(), u"Schulz"_s, {}),
                    test::serverAccount(QUuid::createUuid(), u"Mueller Hans"_s, {})}));
    QCOMPARE(rig.accounts.rowCount(), 3);
    auto* search = child<QLineEdit>(rig.window.get(), u"accountSearchEdit"_s);
    test::type(search, u"mül"_s);
    QCOMPARE(rig.visibleNames(), QStringList{u"Müller Bau"_s});
    search->clear();
    QCOMPARE(rig.accounts.rowCount(), 3);

    auto* tag = child<QComboBox>(rig.window.get(), u"tagFilter"_s);
    tag->setCurrentIndex(tag->findText(u"Privat"_s));
    QCOMPARE(rig.visibleNames(), QStringList{u"Müller Bau"_s});
    tag->setCurrentIndex(0);
    auto* type = child<QComboBox>(rig.window.get(), u"typeFilter"_s);
    type->setCurrentIndex(type->findData(int(core::AccountType::Individual)));
    QCOMPARE(rig.accounts.rowCount(), 2);
    type->setCurrentIndex(0);

    auto* member = child<QComboBox>(rig.window.get(), u"memberFilter"_s);
    rig.addAccount(test::person(u"Karl"_s, u"Klein"_s));
    QCOMPARE(rig.accounts.rowCount(), 4);
    // The creator (the owner) and Emil (default access) are on the new account only.
    member->setCurrentIndex(member->findData(test::employeeId));
    QCOMPARE(rig.visibleNames(), QStringList{u"Klein, Karl"_s});
}

// R-INV-7: aktiviert / ausstehend / nicht aktiviert, with colour (and text).
void TestMainWindow::portalStatusIsColoured()
{
    Rig rig;
    QVERIFY(test::applyServerChanges(
        rig.store,
        {test::serverAccount(QUuid::createUuid(), u"Aktiv"_s, {}, core::AccountType::Individual,
                             core::PortalStatus::Activated),
         test::serverAccount(QUuid::createUuid(), u"Wartend"_s, {}, core::AccountType::Individual,
                             core::PortalStatus::Pending)}));
    auto* delegate = qobject_cast<ui::PortalStatusDelegate*>(rig.table()->itemDelegate());
    QVERIFY(delegate);
    QSet<QRgb> colours;
    for (int row = 0; row < rig.accounts.rowCount(); ++row) {
        const QModelIndex status =
            rig.accounts.index(row, app::AccountListModel::PortalStatusColumn);
        QStyleOptionViewItem option;
        delegate->initStyleOption(&option, status);
        const QColor expected = QColor::fromString(
            status.data(app::AccountListModel::PortalStatusColorRole).toString());
        QCOMPARE(option.palette.color(QPalette::Text), expected);
        colours.insert(expected.rgb());
        const bool pending = status.data(app::AccountListModel::PortalStatusRole).toInt() ==
                             int(core::PortalStatus::Pending);
        QCOMPARE(option.font.bold(), pending);
        // Other columns keep the normal text colour.
        QStyleOptionViewItem name;
        delegate->initStyleOption(&name, status.siblingAtColumn(0));
        QVERIFY(name.palette.color(QPalette::Text) != expected);
    }
    QCOMPARE(colours.size(), 2);
}

// R-INV-7: resend one, or a multi-selection, from "Ausstehende Aktivierung".
void TestMainWindow::resendsOneOrSeveralPendingActivations()
{
    Rig rig;
    QVERIFY(rig.shown());
    const QUuid a = rig.addAccount(test::person(u"Ina"_s, u"Eins"_s, u"ina@example.de"_s));
    const QUuid b = rig.addAccount(test::person(u"Ole"_s, u"Zwei"_s, u"ole@example.de"_s));
    for (const QUuid& id : {a, b}) {
        const core::Account acc = *rig.store.account(id);
        QVERIFY(rig.store.queueInvitation(id, acc.contacts.constFirst().contact.id, {}).isEmpty());
    }
    QCOMPARE(rig.pending.rowCount(), 2);
    rig.tabs()->setCurrentIndex(1);
    auto* table = child<QTableView>(rig.window.get(), u"pendingTable"_s);
    auto* resend = child<QPushButton>(rig.window.get(), u"resendButton"_s);
    QVERIFY(!resend->isEnabled());
    QCOMPARE(rig.pending.headerData(app::PendingActivationsModel::SentAtColumn, Qt::Horizontal)
                 .toString(),
             u"Sent at"_s);

    const int before = rig.store.outboxCount();
    table->selectRow(0);
    QVERIFY(resend->isEnabled());
    resend->click();
    QCOMPARE(rig.store.outboxCount(), before + 1);
    table->selectAll();
    resend->click();
    QCOMPARE(rig.store.outboxCount(), before + 3);
}

// R-INV-7: a failed delivery is marked where the list shows sent-at and valid-until.
void TestMainWindow::failedInvitationStandsOut()
{
    Rig rig;
    const QUuid account = rig.addAccount(test::person(u"Fe"_s, u"Hler"_s, u"fe@example.de"_s));
    const QUuid contact = rig.store.account(account)->contacts.constFirst().contact.id;
    QList<core::Change> changes;
    for (const QString& status : {u"failed"_s, u"sent"_s}) {
        const QUuid id = QUuid::createUuid();
        changes.append(test::change(u"invitation"_s, id,
                                    {{u"id"_s, core::toWireId(id)},
                                     {u"account_id"_s, core::toWireId(account)},
                                     {u"contact_id"_s, core::toWireId(contact)},
                                     {u"email"_s, u"fe@example.de"_s},
                                     {u"status"_s, status},
                                     {u"sent_at"_s, u"2026-11-20T09:00:00Z"_s},
                                     {u"expires_at"_s, u"2099-11-27T09:00:00Z"_s},
                                     {u"send_count"_s, 1}}));
    }
    QVERIFY(test::applyServerChanges(rig.store, changes));
    QCOMPARE(rig.pending.rowCount(), 2);
    auto* table = child<QTableView>(rig.window.get(), u"pendingTable"_s);
    auto* delegate = qobject_cast<ui::InvitationStatusDelegate*>(table->itemDelegate());
    QVERIFY(delegate);
    int marked = 0;
    for (int row = 0; row < 2; ++row) {
        const QModelIndex status =
            rig.pending.index(row, app::PendingActivationsModel::StatusColumn);
        QStyleOptionViewItem option;
        delegate->initStyleOption(&option, status);
        const bool failed = status.data(app::PendingActivationsModel::StatusRole).toInt() ==
                            int(app::InvitationStatus::Failed);
        QCOMPARE(option.font.bold(), failed);
        marked += failed ? 1 : 0;
        QVERIFY(!status.siblingAtColumn(app::PendingActivationsModel::SentAtColumn)
                     .data()
                     .toString()
                     .isEmpty());
        QVERIFY(!status.siblingAtColumn(app::PendingActivationsModel::ValidUntilColumn)
                     .data()
                     .toString()
                     .isEmpty());
    }
    QCOMPARE(marked, 1);
}

// R-INV-4: turning LOGIN on in the Info tab opens the invitation dialog; "Senden" queues the
// invitation with the personal message, and the contact shows LOGIN on and "ausstehend".
void TestMainWindow::loginOnInfoTabOpensInvitation()
{
    Rig rig;
    QVERIFY(rig.shown());
    const QUuid id = rig.addAccount(test::person(u"Lena"_s, u"Lang"_s, u"lena@example.de"_s));
    QVERIFY(rig.window->openAccount(id));
    auto* profile = rig.window->accountsPage()->profile(id);
    QVERIFY(profile);
    auto* login = child<QCheckBox>(profile, u"loginSwitch_0"_s);
    QVERIFY(!login->isChecked());
    const int before = rig.store.outboxCount();
    auto answered = test::answerModal(u"invitationDialog"_s, [](QWidget* dialog) {
        test::type(child<QPlainTextEdit>(dialog, u"personalMessageEdit"_s), u"Hallo Lena"_s);
        child<QPushButton>(dialog, u"sendInvitationButton"_s)->click();
    });
    login->click();
    QTRY_VERIFY(*answered);
    QTRY_VERIFY(child<QCheckBox>(profile, u"loginSwitch_0"_s)->isChecked());
    QVERIFY(rig.store.account(id)->contacts.constFirst().switches.login);
    QCOMPARE(rig.pending.rowCount(), 1);
    QCOMPARE(rig.pending.index(0, app::PendingActivationsModel::EmailColumn).data().toString(),
             u"lena@example.de"_s);
    QVERIFY(rig.store.outboxCount() > before);
    QCOMPARE(child<QLabel>(profile, u"profileContactStatus_0"_s)->text(), u"pending"_s);
}

// R-INV-3/4: closing the dialog leaves LOGIN off; "Überspringen" turns it on without sending.
void TestMainWindow::loginOnInfoTabCanBeCancelledOrSkipped()
{
    Rig rig;
    QVERIFY(rig.shown());
    const QUuid id = rig.addAccount(test::person(u"Tom"_s, u"Tal"_s, u"tom@example.de"_s));
    QVERIFY(rig.window->openAccount(id));
    auto* profile = rig.window->accountsPage()->profile(id);

    auto closed = test::answerModal(
        u"invitationDialog"_s, [](QWidget* dialog) { qobject_cast<QDialog*>(dialog)->reject(); });
    child<QCheckBox>(profile, u"loginSwitch_0"_s)->click();
    QTRY_VERIFY(*closed);
    QTRY_VERIFY(!child<QCheckBox>(profile, u"loginSwitch_0"_s)->isChecked());
    QVERIFY(!rig.store.account(id)->contacts.constFirst().switches.login);

    auto skipped = test::answerModal(u"invitationDialog"_s, [](QWidget* dialog) {
        child<QPushButton>(dialog, u"skipInvitationButton"_s)->click();
    });
    child<QCheckBox>(profile, u"loginSwitch_0"_s)->click();
    QTRY_VERIFY(*skipped);
    QTRY_VERIFY(child<QCheckBox>(profile, u"loginSwitch_0"_s)->isChecked());
    QVERIFY(rig.store.account(id)->contacts.constFirst().switches.login);
    QCOMPARE(rig.pending.rowCount(), 0); // nothing sent
}

// R-SW-4: without an email, LOGIN is explained instead of switched on.
void TestMainWindow::loginNeedsEmailOnInfoTab()
{
    Rig rig;
    QVERIFY(rig.shown());
    const QUuid id = rig.addAccount(test::person(u"Udo"_s, u"Ohnemail"_s));
    QVERIFY(rig.window->openAccount(id));
    auto* profile = rig.window->accountsPage()->profile(id);
    auto told = test::answerModal({}, [](QWidget* box) {
        QVERIFY(box->objectName() != u"invitationDialog"_s);
        qobject_cast<QDialog*>(box)->accept();
    });
    child<QCheckBox>(profile, u"loginSwitch_0"_s)->click();
    QTRY_VERIFY(*told);
    QTRY_VERIFY(!child<QCheckBox>(profile, u"loginSwitch_0"_s)->isChecked());
    QVERIFY(!rig.store.account(id)->contacts.constFirst().switches.login);
}

// R-REG-3: the inbox shows the unread count; "Gehe zu …" opens the account and marks it read.
void TestMainWindow::goToOpensAccountFromInbox()
{
    Rig rig;
    QVERIFY(rig.shown());
    const QUuid id = rig.addAccount(test::person(u"Nora"_s, u"Neu"_s, u"nora@example.de"_s));
    const QUuid notification = QUuid::createUuid();
    QVERIFY(test::applyServerChanges(
        rig.store, {test::change(u"notification"_s, notification,
                                 {{u"id"_s, core::toWireId(notification)},
                                  {u"kind"_s, u"portal_activated"_s},
                                  {u"account_id"_s, core::toWireId(id)},
                                  {u"title"_s, u"Nora Neu hat den Portalzugang aktiviert"_s},
                                  {u"created_at"_s, u"2026-11-27T10:00:00Z"_s}})}));
    auto* inbox = child<QAction>(rig.window.get(), u"inboxAction"_s);
    QCOMPARE(inbox->text(), u"Inbox+ (1)"_s);
    inbox->trigger();
    auto* list = child<QAbstractItemView>(rig.window.get(), u"notificationList"_s);
    QVERIFY(test::shows(list));
    list->setCurrentIndex(list->model()->index(0, 0));
    auto* goTo = child<QPushButton>(rig.window.get(), u"goToButton"_s);
    QVERIFY(goTo->isEnabled());
    QCOMPARE(goTo->text(), u"&Go to …"_s);
    goTo->click();
    auto* profile = qobject_cast<ui::AccountProfile*>(rig.tabs()->currentWidget());
    QVERIFY(profile);
    QCOMPARE(profile->accountId(), id);
    QVERIFY(test::shows(profile));
    QTRY_COMPARE(inbox->text(), u"Inbox+"_s);
}

// Connection and sync state are visible; "Jetzt synchronisieren" asks for a sync.
void TestMainWindow::syncStateAndSyncNowInStatusBar()
{
    Rig rig;
    auto* label = child<QLabel>(rig.window.get(), u"syncStateLabel"_s);
    ui::SyncState state;
    state.connection = ui::SyncState::Connection::Offline;
    state.pendingOperations = 3;
    rig.window->setSyncState(state);
    QVERIFY(label->text().contains(u"Offline"_s));
    QVERIFY(label->text().contains(u"3"_s));
    state.connection = ui::SyncState::Connection::Online;
    state.pendingOperations = 0;
    rig.window->setSyncState(state);
    QVERIFY(label->text().contains(u"everything synchronised"_s));
    child<QPushButton>(rig.window.get(), u"syncNowButton"_s)->click();
    QCOMPARE(rig.syncRequests, 1);
    state.syncing = true;
    rig.window->setSyncState(state);
    QVERIFY(!child<QPushButton>(rig.window.get(), u"syncNowButton"_s)->isEnabled());
}

// Toolbar buttons take no Tab focus, so each action has a shortcut; they work.
void TestMainWindow::toolbarHasKeyboardPaths()
{
    Rig rig;
    QVERIFY(rig.shown());
    for (const QString& name :
         {u"newAccountAction"_s, u"accountsAction"_s, u"inboxAction"_s, u"draftsAction"_s,
          u"conflictsAction"_s, u"settingsAction"_s, u"signOutAction"_s}) {
        QVERIFY2(!rig.window->findChild<QAction*>(name)->shortcut().isEmpty(), qPrintable(name));
    }
    test::press(Qt::Key_2, Qt::ControlModifier);
    QVERIFY(test::shows(child<QWidget>(rig.window.get(), u"notificationList"_s)));
    test::press(Qt::Key_1, Qt::ControlModifier);
    QVERIFY(test::shows(rig.table()));
    test::press(Qt::Key_F5); // "Jetzt synchronisieren" (a button's shortcut clicks animated)
    QTRY_COMPARE(rig.syncRequests, 1);
    auto* newButton = child<QToolButton>(rig.window.get(), u"newButton"_s);
    QCOMPARE(newButton->shortcut(), QKeySequence(Qt::ALT | Qt::Key_N)); // "&Neu" opens the menu
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
