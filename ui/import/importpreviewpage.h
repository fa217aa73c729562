#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace kontor::ui {

class ImportPreviewModel;
class ImportWizard;

/// "Vorschau": the plan before the write. Every row with its action (create, update, link,
/// skip, error) and the reason, filtered by action; what to do with accounts and contacts that
/// exist already; the errors as CSV with their row numbers. "Importieren" commits.
class ImportPreviewPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportPreviewPage(ImportWizard* wizard);

    void initializePage() override;
    /// Back: planning stops (going on again plans anew).
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void onPlanned(bool ok, const QString& error);
    void onChoicesChanged();
    void showCounts();
    void exportErrors();

    ImportWizard* m_wizard;
    ImportPreviewModel* m_model;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QLabel* m_accountsLabel;
    QComboBox* m_accounts;
    QLabel* m_contactsLabel;
    QComboBox* m_contacts;
    QComboBox* m_filter;
    QTableView* m_table;
    QPushButton* m_export;
    bool m_ready = false;
};

} // namespace kontor::ui
