#pragma once

#include "core/import/importmapping.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace kontor::ui {

class ImportWizard;

/// "Spalten zuordnen": what each column of the file is imported as. Known headers (German,
/// English, Google, Outlook, DATEV) come mapped; every mapping can be changed, and the result
/// saved for the next import.
class ImportMappingPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /// The mapping as the table shows it now.
    core::ImportMapping mapping() const;

private:
    QComboBox* fieldBox(const core::ColumnMapping& column);

    ImportWizard* m_wizard;
    QTableWidget* m_table;
    QLabel* m_readAs;
    QLabel* m_message;
    QCheckBox* m_save;
};

} // namespace kontor::ui
