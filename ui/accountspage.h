#pragma once

#include "clientservices.h"

#include "app/accountlistsource.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace kontor::ui {

class AccountProfile;

/// The accounts page: its own "Neu" (R-ACC-2), search as you type, filters by tag, type and
/// team member, and the tabs "Alle Konten" and "Ausstehende Aktivierung" (R-INV-7); account
/// profiles open as further tabs.
class AccountsPage : public QWidget {
    Q_OBJECT
public:
    AccountsPage(const ClientServices& services, QWidget* parent = nullptr);

    /// Opens (or shows again) the profile of @p accountId; false when there is no such account.
    bool openAccount(const QUuid& accountId);
    AccountProfile* profile(const QUuid& accountId) const;
    /// Renews the filter choices after the firm's tags or team changed.
    void refreshReferenceData();
    /// The search and filters as entered.
    app::AccountFilter filter() const;
    /// Enables "Neu" for those who may create accounts (R-ACC-1).
    void setCanCreate(bool can);
    /// Re-reads open profiles (after a sync brought changes).
    void reloadProfiles();

Q_SIGNALS:
    void newAccountRequested();
    /// A row of an account the server refused to create: its draft is to be fixed.
    void draftRequested(const QUuid& accountId);
    void message(const QString& text);

private:
    QWidget* buildAllAccountsTab();
    QWidget* buildPendingTab();
    void applyQuery();
    void openSelected();
    void openSelectedPending();
    void resendSelected();
    void updateResendButton();

    const ClientServices& m_services;
    QPushButton* m_newButton;
    QLineEdit* m_search;
    QComboBox* m_tagFilter;
    QComboBox* m_typeFilter;
    QComboBox* m_memberFilter;
    QTabWidget* m_tabs;
    QTableView* m_accounts;
    QTableView* m_pending;
    QPushButton* m_resendButton;
    QList<AccountProfile*> m_profiles;
};

} // namespace kontor::ui
