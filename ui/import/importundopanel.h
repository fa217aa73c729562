#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace kontor::ui {

class ImportWizard;

/// "Rückgängig machen" of one import, wherever the wizard offers it (the report after a run;
/// the first page for an earlier import, one that stopped, or an undo that stopped): asks
/// first, shows the progress, "Anhalten" stops after the batches being taken back (undoing
/// again goes on from there).
class ImportUndoPanel : public QWidget {
    Q_OBJECT
public:
    explicit ImportUndoPanel(ImportWizard* wizard, QWidget* parent = nullptr);

    /// Offers to undo @p importId; @p text says which import it is and what undo does.
    void setImport(const QUuid& importId, const QString& text);
    bool isUndoing() const { return m_undoing; }

Q_SIGNALS:
    void started();
    /// The undo ended: @p complete when the whole import is taken back.
    void ended(bool complete);

private:
    void undo();
    void onFinished();

    ImportWizard* m_wizard;
    QUuid m_importId;
    QLabel* m_text;
    QPushButton* m_undo;
    QProgressBar* m_progress;
    QPushButton* m_stop;
    QLabel* m_message;
    bool m_undoing = false;
};

} // namespace kontor::ui
