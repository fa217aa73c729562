#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kontor::app {
struct ImportSettings;
}

namespace kontor::core {
struct OpenedSource;
}

namespace kontor::ui {

class ImportUndoPanel;
class ImportWizard;

/// "Datei": the file to import and, when detection guesses wrong, its format, delimiter and
/// encoding. An import that did not finish is offered to be resumed here, the newest import
/// that can still be taken back to be undone, and rows the server refused are shown with the
/// offer to discard them.
class ImportFilePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard* wizard);

    /// Shows the file and reading options of an import being resumed; changing any of them
    /// makes it a new import.
    void showSettings(const app::ImportSettings& settings);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void browse();
    QString readAs(const core::OpenedSource& opened) const;
    void showEarlierImports();
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
    ImportUndoPanel* m_undo;
    QLabel* m_refusedLabel;
    QPushButton* m_discardRefused;
};

} // namespace kontor::ui
