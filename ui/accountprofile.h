#pragma once

#include "clientservices.h"

#include "core/account.h"

#include <QWidget>

class QFormLayout;
class QGridLayout;
class QLabel;
class QPushButton;
class QTabWidget;

namespace kontor::ui {

class RefusedChangesBox;

/// An account's profile. Its "Info" tab shows the account's details and its linked contacts,
/// each with its LOGIN / NOTIFY / EMAIL SYNC switches (R-SW-1…3). Turning LOGIN on opens the
/// invitation dialog (R-INV-4); contacts can be linked and unlinked (R-CON-2; never the last
/// one, R-ACC-10). Changes go through ClientServices and the profile then reloads. Changes
/// the server refused are shown on top, to edit and send again or discard (issue 6).
class AccountProfile : public QWidget {
    Q_OBJECT
public:
    AccountProfile(const ClientServices& services, const QUuid& accountId,
                   QWidget* parent = nullptr);

    QUuid accountId() const { return m_accountId; }
    /// Reads the account again (after a change here or a sync); false when it is gone.
    bool reload();
    const core::Account& account() const { return m_account; }
    /// The account's name as shown (typed or generated).
    QString title() const;

Q_SIGNALS:
    void titleChanged(const QString& title);

private:
    void showAccount();
    void showContacts();
    void switchToggled(int row, const QString& which, bool on);
    void turnLoginOn(int row);
    void unlink(int row);
    void linkContact();
    core::AccountContact linkedEntry(int row) const;
    bool applyLink(const core::AccountContact& entry, bool linked);

    const ClientServices& m_services;
    ReferenceData m_reference;
    QUuid m_accountId;
    core::Account m_account;
    QTabWidget* m_tabs;
    QFormLayout* m_details;
    QWidget* m_contactsBox;
    QGridLayout* m_contactsGrid;
    QPushButton* m_linkButton;
    RefusedChangesBox* m_refused;
};

} // namespace kontor::ui
