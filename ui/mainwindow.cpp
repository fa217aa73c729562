#include "mainwindow.h"

#include "accountlistexport.h"
#include "accountspage.h"
#include "confirmation.h"
#include "conflictsdialog.h"
#include "draftautosave.h"
#include "draftsdialog.h"
#include "inboxpage.h"
#include "newaccountwizard.h"
#include "syncstatuswidget.h"

#include "app/accountlistmodel.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
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

    m_syncStatus = new SyncStatusWidget(this);
    statusBar()->addPermanentWidget(m_syncStatus);
    connect(m_syncStatus, &SyncStatusWidget::syncNowRequested, this, [this] {
        if (m_services.syncNow)
            m_services.syncNow();
    });
    connect(m_syncStatus, &SyncStatusWidget::cancelRequested, this, [this] {
        if (m_services.cancelSync)
            m_services.cancelSync();
    });
    connect(m_syncStatus, &SyncStatusWidget::attentionRequested, this, &MainWindow::showAttention);
    setSyncState({});

    connect(m_accounts, &AccountsPage::newAccountRequested, this, &MainWindow::newAccount);
    connect(m_accounts, &AccountsPage::draftRequested, this, &MainWindow::openDraft);
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
    m_importAction = menu->addAction(tr("&Import accounts…"));
    m_importAction->setObjectName(u"importAction"_s);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importRequested);
    m_exportAction = menu->addAction(tr("&Export accounts…"));
    m_exportAction->setObjectName(u"exportAction"_s);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::chooseExportFile);
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
    bar->addSeparator();

    // Issue 6: unfinished and refused new accounts, and fields changed here and on the server.
    m_draftsAction = bar->addAction(tr("&Drafts (%1)").arg(0));
    m_draftsAction->setObjectName(u"draftsAction"_s);
    m_draftsAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    connect(m_draftsAction, &QAction::triggered, this, &MainWindow::showDrafts);
    m_conflictsAction = bar->addAction(tr("Con&flicts (%1)").arg(0));
    m_conflictsAction->setObjectName(u"conflictsAction"_s);
    m_conflictsAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_K);
    connect(m_conflictsAction, &QAction::triggered, this, &MainWindow::showConflicts);

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
    m_importAction->setEnabled(can);
    m_accounts->setCanCreate(can);
}

void MainWindow::newAccount()
{
    if (m_newAccountAction->isEnabled())
        runWizard(std::nullopt);
}

void MainWindow::openDraft(const QUuid& draftId)
{
    std::optional<app::Draft> draft = m_services.draft ? m_services.draft(draftId) : std::nullopt;
    if (!draft) {
        showMessage(tr("This draft is gone: the account was created or the draft discarded."));
        return;
    }
    offerExistingContacts(*draft);
    runWizard(draft);
}

void MainWindow::offerExistingContacts(app::Draft& draft)
{
    for (const app::ContactMatch& match : std::as_const(draft.existingContacts)) {
        if (match.contactIndex < 0 || match.contactIndex >= draft.account.contacts.size())
            continue;
        core::AccountContact& entry = draft.account.contacts[match.contactIndex];
        if (entry.existingContactId)
            continue;
        const QString who = match.existingEmail.isEmpty()
                                ? match.existingName
                                : tr("%1 (%2)").arg(match.existingName, match.existingEmail);
        QMessageBox ask(QMessageBox::Question, tr("Contact exists already"),
                        tr("%1 exists already. Link the existing contact?").arg(who),
                        QMessageBox::NoButton, this);
        ask.setObjectName(u"existingContactQuestion"_s);
        QPushButton* link = ask.addButton(tr("&Link existing contact"), QMessageBox::AcceptRole);
        link->setObjectName(u"linkExistingButton"_s);
        ask.addButton(tr("&Keep new contact"), QMessageBox::RejectRole);
        ask.setDefaultButton(link);
        ask.exec();
        if (ask.clickedButton() != link)
            continue;
        entry.existingContactId = match.existingContactId;
        if (m_services.contacts.find) {
            if (const std::optional<core::Contact> existing =
                    m_services.contacts.find(match.existingContactId))
                entry.contact = *existing;
        }
        // The server's errors about the new contact no longer apply.
        const QString prefix = u"contacts[%1]"_s.arg(match.contactIndex);
        draft.errors.removeIf(
            [&](const core::Violation& v) { return pathIsUnder(v.path(), prefix); });
    }
}

void MainWindow::runWizard(const std::optional<app::Draft>& draft)
{
    const ReferenceData reference =
        m_services.referenceData ? m_services.referenceData() : ReferenceData{};
    NewAccountWizard wizard(reference, m_services.contacts, this);
    wizard.createAccount = m_services.createAccount;
    wizard.sendInvitation = m_services.sendInvitation;
    if (draft) {
        wizard.setAccount(draft->account);
        if (!draft->errors.isEmpty())
            wizard.showExternalErrors(draft->errors);
        wizard.setStartId(draft->position.page);
    }
    DraftAutosave autosave(&wizard, m_services.saveDraft);
    if (draft)
        wizard.focusField(draft->position.focusPath);
    if (wizard.exec() != QDialog::Accepted || !wizard.createdAccountId())
        return;
    statusBar()->showMessage(tr("Account created."), 5000);
    openAccount(*wizard.createdAccountId());
}

void MainWindow::showDrafts()
{
    DraftsDialog dialog(m_services, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.chosenDraft().isNull())
        openDraft(dialog.chosenDraft());
}

void MainWindow::showConflicts()
{
    ConflictsDialog dialog(m_services, this);
    dialog.exec();
    m_accounts->reloadProfiles();
}

void MainWindow::showAttention()
{
    const QList<app::AttentionItem> items =
        m_services.attention ? m_services.attention() : QList<app::AttentionItem>();
    if (items.isEmpty()) {
        showMessage(tr("Nothing needs attention any more."));
        return;
    }
    if (items.size() == 1) {
        openAttention(items.constFirst());
        return;
    }
    QMenu menu(this);
    menu.setObjectName(u"attentionMenu"_s);
    for (const app::AttentionItem& item : items) {
        QAction* action = menu.addAction(attentionText(item));
        connect(action, &QAction::triggered, this, [this, item] { openAttention(item); });
    }
    QWidget* button = m_syncStatus->findChild<QWidget*>(u"attentionButton"_s);
    const QPoint at = button && button->isVisible()
                          ? button->mapToGlobal(QPoint(0, -menu.sizeHint().height()))
                          : mapToGlobal(rect().center());
    menu.exec(at);
}

QString MainWindow::attentionText(const app::AttentionItem& item) const
{
    const int n = int(item.opIds.size());
    switch (item.place) {
    case app::AttentionItem::Place::Conflicts:
        return tr("Resolve conflicts (%1)…").arg(n);
    case app::AttentionItem::Place::Draft:
        return tr("New account “%1” refused by the server…").arg(item.name);
    case app::AttentionItem::Place::Account:
        return tr("Refused changes to “%1” (%2)…").arg(item.name).arg(n);
    case app::AttentionItem::Place::Import:
        return tr("Refused import rows (%1 batches)…").arg(n);
    case app::AttentionItem::Place::Elsewhere:
        return tr("Discard %1 refused changes of records no longer here…").arg(n);
    }
    return {};
}

void MainWindow::openAttention(const app::AttentionItem& item)
{
    switch (item.place) {
    case app::AttentionItem::Place::Conflicts:
        showConflicts();
        return;
    case app::AttentionItem::Place::Draft:
        openDraft(item.id);
        return;
    case app::AttentionItem::Place::Account:
        openAccount(item.id);
        return;
    case app::AttentionItem::Place::Import:
        Q_EMIT importRequested();
        return;
    case app::AttentionItem::Place::Elsewhere:
        // Their accounts or contacts were deleted meanwhile: nothing here to fix them in.
        if (!m_services.dismissSyncIssue ||
            !confirmDestructive(this, u"discardOrphanedQuestion"_s, tr("Discard refused changes"),
                                tr("The server did not accept %1 changes of accounts or contacts "
                                   "that are no longer on this computer. Discard them?")
                                    .arg(item.opIds.size()),
                                tr("&Discard"), u"discardOrphanedButton"_s)) {
            return;
        }
        for (const QUuid& opId : item.opIds)
            m_services.dismissSyncIssue(opId);
        return;
    }
}

void MainWindow::offerToResume(const QDateTime& since)
{
    if (!m_services.drafts || !since.isValid())
        return;
    const QList<app::Draft> drafts = m_services.drafts();
    const app::Draft* latest = nullptr;
    for (const app::Draft& d : drafts) {
        if (!d.needsAttention && d.updatedAt >= since &&
            (!latest || d.updatedAt > latest->updatedAt))
            latest = &d;
    }
    if (!latest)
        return;
    const QUuid id = latest->id;
    auto* ask = new QMessageBox(QMessageBox::Question, tr("Continue draft?"),
                                tr("You were working on the new account “%1”. Continue the draft?")
                                    .arg(DraftsDialog::draftName(*latest)),
                                QMessageBox::Yes | QMessageBox::No, this);
    ask->setObjectName(u"resumeDraftQuestion"_s);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QMessageBox::accepted, this, [this, id] { openDraft(id); });
    ask->open();
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
    m_syncStatus->setSyncState(state);
    m_draftsAction->setText(tr("&Drafts (%1)").arg(state.drafts));
    m_conflictsAction->setText(tr("Con&flicts (%1)").arg(state.conflicts));
    m_conflictsAction->setEnabled(state.conflicts > 0);
    if (!state.problem.isEmpty())
        statusBar()->showMessage(state.problem, 10000);
}

void MainWindow::showMessage(const QString& text)
{
    statusBar()->showMessage(text, 10000);
}

void MainWindow::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export accounts"),
                                                      QDir::home().filePath(tr("Accounts.csv")),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportAccounts(path);
}

bool MainWindow::exportAccounts(const QString& path)
{
    QList<QUuid> ids;
    if (app::AccountListModel* model = m_services.accounts) {
        ids.reserve(model->rowCount());
        for (int row = 0; row < model->rowCount(); ++row)
            ids.append(model->accountId(row));
    }
    QProgressDialog progress(tr("Exporting accounts…"), tr("Cancel"), 0, int(ids.size()), this);
    progress.setObjectName(u"exportProgress"_s);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const AccountListExport::Result result =
        AccountListExport::write(path, ids, m_services, [&progress](int done) {
            progress.setValue(done);
            return !progress.wasCanceled();
        });
    progress.reset();
    switch (result.status) {
    case AccountListExport::Status::Written:
        showMessage(tr("%1 accounts exported to “%2”.").arg(result.accounts).arg(path));
        return true;
    case AccountListExport::Status::Cancelled:
        showMessage(tr("Export cancelled; no file was written."));
        return false;
    case AccountListExport::Status::Failed:
        QMessageBox::warning(this, tr("Export accounts"), result.error);
        return false;
    }
    return false;
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
