#pragma once

#include <QWizardPage>

class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace kontor::ui {

class ImportUndoPanel;
class ImportWizard;

/// "Bericht": what the import did (created, updated, linked, skipped, failed), "Rückgängig
/// machen", and, for the imported contacts with LOGIN on, the invitation to the client portal
/// with a personal message (R-BULK-1, R-INV-1/2).
class ImportReportPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportReportPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    ImportWizard* m_wizard;
    QLabel* m_summary;
    ImportUndoPanel* m_undo;
    QGroupBox* m_invitation;
    QLabel* m_invitationText;
    QPlainTextEdit* m_message;
    QPushButton* m_invite;
};

} // namespace kontor::ui
