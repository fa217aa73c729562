#pragma once

#include "contactdirectory.h"
#include "fielderrors.h"
#include "referencedata.h"

#include "core/account.h"
#include "core/accountrules.h"

#include <QWizard>

#include <functional>

namespace kontor::ui {

class AccountInfoPage;
class ContactsPage;

/// What saving a new account answered: either ok, or field errors and/or a message for people.
struct SubmitResult {
    bool ok = false;
    core::Violations errors;
    QString message;
};

/// The new-account flow (R-ACC-2…10, R-CON-1…7, R-NAME-1, R-SW-1…4, R-INV-1…3): the pages
/// "Konto-Informationen" and "Kontakte". Every change is checked at once with
/// core::checkNewAccount and each violation shown at its field; "Erstellen" is only enabled
/// while the account is valid. "Erstellen" hands the account to `createAccount`; when a contact
/// has LOGIN on, the invitation dialog follows and "Senden" calls `sendInvitation`.
///
/// Ids are made here (DESIGN.md: whoever creates a record makes its id), so an account keeps
/// its id and its new contacts theirs from the first keystroke, also as a draft.
class NewAccountWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { InfoPageId, ContactsPageId };

    NewAccountWizard(ReferenceData reference, ContactDirectory directory,
                     QWidget* parent = nullptr);
    ~NewAccountWizard() override;

    /// The account as entered so far.
    core::Account account() const;
    /// Fills the form from @p account (a draft), keeping its ids.
    void setAccount(const core::Account& account);
    /// Errors found elsewhere (the store, the server), shown at their fields until the next
    /// change.
    void showExternalErrors(const core::Violations& errors);
    /// The focused field as a payload path ("contacts[0].email"), for a draft's position.
    QString focusPath() const;
    /// Puts the keyboard focus on the field at @p path once its page shows (a draft reopened).
    void focusField(const QString& path);
    /// The id of the account once "Erstellen" succeeded.
    std::optional<QUuid> createdAccountId() const { return m_created; }

    std::function<SubmitResult(const core::Account&)> createAccount;
    std::function<bool(const QUuid& accountId, const QUuid& contactId, const QString& message)>
        sendInvitation;

Q_SIGNALS:
    /// Any field changed (a draft can be saved).
    void changed();
    void accountCreated(const QUuid& accountId);

protected:
    bool focusNextPrevChild(bool next) override;

private:
    core::AccountRules rules() const;
    void revalidate();
    bool submit();
    void offerInvitations(const core::Account& account);
    /// Every field display with the prefix of its paths ("" or "contacts[1].").
    QList<std::pair<ErrorDisplay*, QString>> displays() const;

    ReferenceData m_reference;
    ContactDirectory m_directory;
    QUuid m_accountId;
    std::optional<QUuid> m_created;
    FieldErrors m_external;
    QString m_pendingFocus;
    AccountInfoPage* m_info;
    ContactsPage* m_contacts;
};

} // namespace kontor::ui
