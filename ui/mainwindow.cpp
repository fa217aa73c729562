#include "mainwindow.h"

#include "accountspage.h"
#include "inboxpage.h"
#include "newaccountwizard.h"

#include <QAction>
#include <QActionGroup>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace kontor::ui {

MainWindow::MainWindow(ClientServices services, QWidget* parent)
    : QMainWindow(parent)
    , m_services(std::move(services))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Kontor"));
    m_accounts = new AccountsPage(m_services, m_stack);
    m_inbox = new InboxPage(m_services, m_stack);
    m_stack->addWidget(m_accounts);
    m_stack->addWidget(m_inbox);
    setCentralWidget(m_stack);
    buildToolBar();

    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(u"syncStateLabel"_s);
    m_syncButton = new QPushButton(tr("S&ync now"), this);
    m_syncButton->setObjectName(u"syncNowButton"_s);
    m_syncButton->setFlat(true);
    m_syncButton->setShortcut(QKeySequence::Refresh);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_syncButton);
    connect(m_syncButton, &QPushButton::clicked, this, [this] {
        if (m_services.syncNow)
            m_services.syncNow();
    });
    setSyncState({});

    connect(m_accounts, &AccountsPage::newAccountRequested, this, &MainWindow::newAccount);
    connect(m_accounts, &AccountsPage::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_inbox, &InboxPage::openAccountRequested, this, &MainWindow::openAccount);
    connect(m_inbox, &InboxPage::unreadCountChanged, this, &MainWindow::updateInboxAction);
    updateInboxAction(m_inbox->unreadCount());
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildToolBar()
{
    auto* bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    // R-ACC-2: "Neu" top left, with "Konto" in its menu.
    m_newButton = new QToolButton(bar);
    m_newButton->setObjectName(u"newButton"_s);
    m_newButton->setText(tr("&New"));
    m_newButton->setAccessibleName(tr("New"));
    m_newButton->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_newButton);
    menu->setObjectName(u"newMenu"_s);
    m_newAccountAction = menu->addAction(tr("&Account"));
    m_newAccountAction->setObjectName(u"newAccountAction"_s);
    m_newAccountAction->setShortcut(QKeySequence::New);
    addAction(m_newAccountAction); // Ctrl+N works without opening the menu
    connect(m_newAccountAction, &QAction::triggered, this, &MainWindow::newAccount);
    m_newButton->setMenu(menu);
    bar->addWidget(m_newButton);
    bar->addSeparator();

    auto* views = new QActionGroup(this);
    m_accountsAction = bar->addAction(tr("Accounts"));
    m_accountsAction->setObjectName(u"accountsAction"_s);
    m_inboxAction = bar->addAction(tr("Inbox+"));
    m_inboxAction->setObjectName(u"inboxAction"_s);
    for (QAction* a : {m_accountsAction, m_inboxAction}) {
        a->setCheckable(true);
        views->addAction(a);
    }
    m_accountsAction->setChecked(true);
    // Toolbar buttons take no Tab focus: each has a shortcut as its keyboard path.
    m_accountsAction->setShortcut(Qt::CTRL | Qt::Key_1);
    m_inboxAction->setShortcut(Qt::CTRL | Qt::Key_2);
    connect(m_accountsAction, &QAction::triggered, this, &MainWindow::showAccounts);
    connect(m_inboxAction, &QAction::triggered, this, &MainWindow::showInbox);

    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    QAction* settings = bar->addAction(tr("Settings"));
    settings->setObjectName(u"settingsAction"_s);
    settings->setShortcut(Qt::CTRL | Qt::Key_Comma);
    connect(settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    QAction* signOut = bar->addAction(tr("Sign out"));
    signOut->setObjectName(u"signOutAction"_s);
    signOut->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_Q);
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
}

bool MainWindow::openAccount(const QUuid& accountId)
{
    showAccounts();
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    if (m_accounts->openAccount(accountId))
        return true;
    statusBar()->showMessage(tr("This account is not on this computer yet. It appears after the "
                                "next synchronisation."),
                             10000);
    return false;
}

void MainWindow::setCanManageAccounts(bool can)
{
    m_newAccountAction->setEnabled(can);
    m_accounts->setCanCreate(can);
}

void MainWindow::newAccount()
{
    if (!m_newAccountAction->isEnabled())
        return;
    const ReferenceData reference =
        m_services.referenceData ? m_services.referenceData() : ReferenceData{};
    NewAccountWizard wizard(reference, m_services.contacts, this);
    wizard.createAccount = m_services.createAccount;
    wizard.sendInvitation = m_services.sendInvitation;
    if (wizard.exec() != QDialog::Accepted || !wizard.createdAccountId())
        return;
    statusBar()->showMessage(tr("Account created."), 5000);
    openAccount(*wizard.createdAccountId());
}

void MainWindow::showInbox()
{
    m_inboxAction->setChecked(true);
    m_stack->setCurrentWidget(m_inbox);
}

void MainWindow::showAccounts()
{
    m_accountsAction->setChecked(true);
    // Toolbar buttons take no Tab focus: each has a shortcut as its keyboard path.
    m_accountsAction->setShortcut(Qt::CTRL | Qt::Key_1);
    m_inboxAction->setShortcut(Qt::CTRL | Qt::Key_2);
    m_stack->setCurrentWidget(m_accounts);
}

void MainWindow::setSyncState(const SyncState& state)
{
    QString text;
    switch (state.connection) {
    case SyncState::Connection::Offline:
        text = tr("Offline");
        break;
    case SyncState::Connection::Connecting:
        text = tr("Connecting …");
        break;
    case SyncState::Connection::Online:
        text = state.syncing ? tr("Synchronising …") : tr("Online");
        break;
    }
    if (state.pendingOperations > 0)
        text += u" · "_s + tr("%1 changes not yet sent").arg(state.pendingOperations);
    else if (state.connection == SyncState::Connection::Online && !state.syncing)
        text += u" · "_s + tr("everything synchronised");
    if (state.needsAttention > 0)
        text += u" · "_s + tr("%1 need attention").arg(state.needsAttention);
    m_syncLabel->setText(text);
    QString tip = state.problem;
    if (state.lastSync.isValid()) {
        const QString last = tr("Last synchronised: %1")
                                 .arg(QLocale().toString(state.lastSync, QLocale::ShortFormat));
        tip = tip.isEmpty() ? last : tip + u'\n' + last;
    }
    m_syncLabel->setToolTip(tip);
    m_syncLabel->setAccessibleName(tr("Connection and sync state: %1").arg(text));
    m_syncButton->setEnabled(!state.syncing);
    if (!state.problem.isEmpty())
        statusBar()->showMessage(state.problem, 10000);
}

void MainWindow::showMessage(const QString& text)
{
    statusBar()->showMessage(text, 10000);
}

void MainWindow::setSignedIn(const QString& userName, const QString& firmName)
{
    setWindowTitle(tr("Kontor – %1 (%2)").arg(firmName, userName));
}

void MainWindow::refresh(const app::StoreChanges& changes)
{
    if (changes.referenceData)
        m_accounts->refreshReferenceData();
    if (!changes.accounts.isEmpty() || !changes.contacts.isEmpty() || changes.invitations)
        m_accounts->reloadProfiles();
}

void MainWindow::updateInboxAction(int unread)
{
    m_inboxAction->setText(unread > 0 ? tr("Inbox+ (%1)").arg(unread) : tr("Inbox+"));
    m_inboxAction->setToolTip(tr("Unread notifications: %1").arg(unread));
}

} // namespace kontor::ui
