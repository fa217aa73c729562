#pragma once

#include "contactdirectory.h"
#include "fielderrors.h"
#include "referencedata.h"

#include "core/account.h"

#include <QGroupBox>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace kontor::ui {

class ContactSearch;
class CustomFieldsForm;
class PhoneListEditor;
class TagPicker;

/// One contact of a new account (R-CON-1…6, R-SW-1…3): either a new person (names, email,
/// phones, address, tags, custom fields) or an existing contact found by name or email
/// ("Vorhandenen Kontakt verknüpfen", R-CON-2), and in both cases the LOGIN / NOTIFY /
/// EMAIL SYNC switches. While a new contact is typed, an existing one with the same email or
/// the same name and phone is offered for linking instead.
class ContactEditor : public QGroupBox {
    Q_OBJECT
public:
    enum class Mode { New, Existing };

    ContactEditor(const ReferenceData& reference, ContactDirectory directory, QWidget* parent);

    /// Position in the account's contact list: sets the title, object and accessible names.
    void setIndex(int index);
    Mode mode() const;
    void setMode(Mode mode);
    /// The entry as it goes into the account; a new contact keeps one id for its lifetime.
    core::AccountContact accountContact() const;
    void setAccountContact(const core::AccountContact& entry);
    /// Links @p contact instead of creating a new one.
    void linkExisting(const core::Contact& contact);
    /// Shows @p errors (relative to `contacts[i]`) at their fields; any without a field of its
    /// own is shown at the bottom of the contact.
    void showErrors(const FieldErrors& errors);
    /// Whether a `required` error waits for its field to be touched.
    bool hasPendingRequired() const;
    void markAllTouched();
    void setRemovable(bool removable);
    /// Only the contact's own fields, for editing a stored contact: no new/existing choice, no
    /// switches, no removal.
    void setFieldsOnly();
    QWidget* firstInput() const;

Q_SIGNALS:
    void changed();
    void removeRequested();
    /// A field was left for the first time: its `required` error may show now.
    void touched();

private:
    QWidget* buildExistingPanel();
    QWidget* buildNewPanel(const ReferenceData& reference);
    QWidget* buildSwitches();
    QLineEdit* addLine(QFormLayout* form, const QString& label, const QString& name,
                       const QString& path, qsizetype maxLength);
    void updateMode();
    void checkDuplicates();
    core::Contact newContact() const;

    ContactDirectory m_directory;
    QUuid m_newId;
    std::optional<core::Contact> m_duplicate;
    ErrorDisplay* m_errors;
    QWidget* m_switchesBox = nullptr;

    QRadioButton* m_newRadio;
    QRadioButton* m_existingRadio;
    QPushButton* m_removeButton;
    QWidget* m_existingPanel;
    QWidget* m_newPanel;

    ContactSearch* m_search = nullptr;

    QLineEdit* m_firstName = nullptr;
    QLineEdit* m_middleName = nullptr;
    QLineEdit* m_lastName = nullptr;
    QLineEdit* m_email = nullptr;
    QLabel* m_duplicateLabel = nullptr;
    QPushButton* m_duplicateButton = nullptr;
    PhoneListEditor* m_phones = nullptr;
    QLineEdit* m_street = nullptr;
    QLineEdit* m_postalCode = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_region = nullptr;
    QLineEdit* m_country = nullptr;
    TagPicker* m_tags = nullptr;
    CustomFieldsForm* m_customFields = nullptr;

    QCheckBox* m_login;
    QCheckBox* m_notify;
    QCheckBox* m_emailSync;
    QLabel* m_switchesError;
    QLabel* m_otherError;
};

} // namespace kontor::ui
