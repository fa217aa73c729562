#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kontor::ui {

class ImportWizard;

/// "Datei": the file to import and, when detection guesses wrong, its format, delimiter and
/// encoding. An import that did not finish is offered to be resumed here, and rows the server
/// refused are shown with the offer to discard them here.
class ImportFilePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void browse();
    void showRefused();
    void discardRefused();

    ImportWizard* m_wizard;
    QLineEdit* m_path;
    QComboBox* m_format;
    QComboBox* m_delimiter;
    QComboBox* m_encoding;
    QLabel* m_message;
    QLabel* m_resumeLabel;
    QPushButton* m_resume;
    QLabel* m_refusedLabel;
    QPushButton* m_discardRefused;
};

} // namespace kontor::ui
