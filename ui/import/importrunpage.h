#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace kontor::ui {

class ImportWizard;

/// "Import": the run with its progress. "Anhalten" stops after the batch being written (what
/// was written stays and shows at once); "Fortsetzen" goes on from there.
class ImportRunPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    void onFinished();

    ImportWizard* m_wizard;
    QProgressBar* m_progress;
    QLabel* m_message;
    QPushButton* m_stop;
    QPushButton* m_resume;
    bool m_resuming = false;
    bool m_done = false;
};

} // namespace kontor::ui
