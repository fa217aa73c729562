#pragma once

#include "fielderrors.h"
#include "referencedata.h"

#include "core/account.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace kontor::ui {

class CustomFieldsForm;
class TagPicker;
class TeamMemberPicker;

/// The wizard's page "Konto-Informationen" (R-ACC-3…9): client type, account name with the
/// generated name as placeholder, company name (companies only), tags, team members, folder
/// template and the firm's account custom fields.
class AccountInfoPage : public QWizardPage {
    Q_OBJECT
public:
    AccountInfoPage(const ReferenceData& reference, QWidget* parent = nullptr);

    /// Writes this page's fields into @p account.
    void fill(core::Account& account) const;
    void load(const core::Account& account);
    /// Shows the name an empty account name will get (R-ACC-4, R-ACC-5).
    void setGeneratedName(const QString& name);
    /// @p errors: every error that is not about the contacts.
    void showErrors(const FieldErrors& errors);
    void setValid(bool valid);
    bool isComplete() const override;
    /// Where the keyboard focus goes when the page opens: the selected client type.
    QWidget* firstInput() const;

Q_SIGNALS:
    void changed();

private:
    void updateType();
    void updateHint();
    void updateFolderPreview();

    const ReferenceData& m_reference;
    bool m_valid = false;
    ErrorDisplay* m_errors;
    QRadioButton* m_individual;
    QRadioButton* m_company;
    QLineEdit* m_name;
    QLabel* m_companyLabel;
    QWidget* m_companyCell;
    QLineEdit* m_companyName;
    TagPicker* m_tags;
    TeamMemberPicker* m_team;
    QComboBox* m_folderTemplate;
    QLabel* m_folderPreview;
    CustomFieldsForm* m_customFields;
    QLabel* m_otherErrors;
    QLabel* m_hint;
};

} // namespace kontor::ui
