#pragma once

#include "contactdirectory.h"
#include "fielderrors.h"
#include "referencedata.h"

#include "core/account.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace kontor::ui {

class ContactEditor;

/// The wizard's page "Kontakte" (R-ACC-10, R-CON-1…6): one box per contact, new or linked,
/// and "Neuen Kontakt hinzufügen" for more. Its validatePage() creates the account.
class ContactsPage : public QWizardPage {
    Q_OBJECT
public:
    ContactsPage(const ReferenceData& reference, ContactDirectory directory,
                 QWidget* parent = nullptr);

    QList<core::AccountContact> contacts() const;
    void setContacts(const QList<core::AccountContact>& contacts);
    ContactEditor* addContact();
    /// Where the keyboard focus goes when the page opens.
    QWidget* firstInput() const;
    int contactCount() const { return static_cast<int>(m_editors.size()); }
    /// @p errors: every error under `contacts`.
    void showErrors(const FieldErrors& errors);
    void setValid(bool valid);
    bool isComplete() const override;
    bool validatePage() override;

    /// Called by validatePage(); creates the account and returns whether it worked.
    std::function<bool()> submit;

Q_SIGNALS:
    void changed();

private:
    void removeContact(ContactEditor* editor);
    void renumber();
    void updateHint();

    const ReferenceData& m_reference;
    ContactDirectory m_directory;
    bool m_valid = false;
    QList<ContactEditor*> m_editors;
    QScrollArea* m_scroll;
    QWidget* m_body;
    QWidget* m_listWidget;
    QVBoxLayout* m_list;
    QPushButton* m_addButton;
    QLabel* m_listError;
    QLabel* m_hint;
};

} // namespace kontor::ui
