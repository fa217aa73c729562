#pragma once

#include "clientservices.h"

#include "app/storetypes.h"

#include <QMainWindow>

class QAction;
class QStackedWidget;
class QToolButton;

namespace kontor::ui {

class AccountsPage;
class InboxPage;
class SyncStatusWidget;

/// Kontor's main window: "Neu" top left with "Konto" (R-ACC-2), the accounts page (lists,
/// search, filters, profiles), "Inbox+" with its unread count (R-REG-3), and the connection
/// and sync state with "Jetzt synchronisieren" in the status bar; "Entwürfe (n)" and
/// "Konflikte (n)" for work done offline (issue 6).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(ClientServices services, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Shows the account's profile (from a list, "Gehe zu …" or a kontor:// link) and brings
    /// the window to the front. False (with a note in the status bar) when it is not here yet.
    bool openAccount(const QUuid& accountId);
    /// Runs the new-account wizard; on success the new account's profile opens.
    void newAccount();
    /// Opens the new-account wizard on a draft at its page and field; for one that needs
    /// attention with the server's errors, after offering to link contacts made meanwhile.
    void openDraft(const QUuid& draftId);
    /// "Entwürfe" and "Konflikte".
    void showDrafts();
    void showConflicts();
    /// The status bar's "n need attention": straight to where it is resolved, or a menu of the
    /// places when there are several (conflicts, a refused new account, an account's profile,
    /// the import wizard).
    void showAttention();
    /// At start: "Entwurf fortsetzen?" when a draft changed since @p since (the last start).
    void offerToResume(const QDateTime& since);
    void showInbox();
    void showAccounts();
    /// "Konten exportieren…": the accounts as the list shows them (search and filters applied)
    /// into a CSV file, with progress and "Abbrechen". False when nothing was written.
    bool exportAccounts(const QString& path);
    void setSyncState(const SyncState& state);
    /// A passing note in the status bar.
    void showMessage(const QString& text);
    /// R-ACC-1: only owners, admins and employees with "manage accounts" create accounts.
    void setCanManageAccounts(bool can);
    /// Who is signed in where, for the title bar.
    void setSignedIn(const QString& userName, const QString& firmName);
    /// Follows the local store: the filters' choices after reference data changed, open
    /// profiles after their accounts, contacts or invitations did (a sync, another window).
    void refresh(const app::StoreChanges& changes);
    AccountsPage* accountsPage() const { return m_accounts; }

Q_SIGNALS:
    void settingsRequested();
    void signOutRequested();
    /// "Neu" → "Konten importieren…" (issue 7).
    void importRequested();

private:
    void buildToolBar();
    void chooseExportFile();
    void updateInboxAction(int unread);
    void runWizard(const std::optional<app::Draft>& draft);
    void offerExistingContacts(app::Draft& draft);
    void openAttention(const app::AttentionItem& item);
    QString attentionText(const app::AttentionItem& item) const;

    ClientServices m_services;
    QStackedWidget* m_stack;
    AccountsPage* m_accounts;
    InboxPage* m_inbox;
    QToolButton* m_newButton;
    QAction* m_newAccountAction;
    QAction* m_importAction;
    QAction* m_exportAction;
    QAction* m_accountsAction;
    QAction* m_inboxAction;
    QAction* m_draftsAction;
    QAction* m_conflictsAction;
    SyncStatusWidget* m_syncStatus;
};

} // namespace kontor::ui
