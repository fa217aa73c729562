#pragma once

#include "app/import/importjob.h"

#include <QWizard>

#include <optional>

namespace kontor::app {
class LocalStore;
}

namespace kontor::ui {

class ImportFilePage;

/// "Konten importieren" (R-BULK-1, issue 7): the file and how to read it, the column mapping,
/// the plan before the write (every row labelled, the duplicate choices, the errors as CSV),
/// the run with progress and cancel, and the report with "Rückgängig machen" and the
/// invitation of the imported contacts with LOGIN on. The long steps run in an app::ImportJob
/// on their own thread; an import that did not finish is offered to be resumed.
class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilePageId, MappingPageId, PreviewPageId, RunPageId, ReportPageId };

    explicit ImportWizard(app::LocalStore* store, QWidget* parent = nullptr);
    ~ImportWizard() override;

    app::LocalStore& store() const { return *m_store; }
    app::ImportJob& job() { return m_job; }
    app::ImportSettings& settings() { return m_settings; }

    /// What the file page learnt of the file: its columns, first rows and how it is read.
    const QStringList& columns() const { return m_columns; }
    const QList<QStringList>& sampleRows() const { return m_samples; }
    const QString& readAs() const { return m_readAs; }
    void setFileFacts(const QStringList& columns, const QList<QStringList>& samples,
                      const QString& readAs);

    /// Goes on with an import that did not finish (after a crash or a cancel).
    void resume(const app::ImportRecord& record);
    bool resuming() const { return m_resuming; }
    void setResuming(bool resuming) { m_resuming = resuming; }

    /// Writes the plan's errors as CSV to @p path; false with a message shown.
    bool exportErrors(const QString& path);

    /// Closes (Finish or Cancel); a step still running (planning, the run, undo) is stopped
    /// first, and the wizard closes when it has, after the step's commits were announced (a run
    /// keeps what it committed and can be resumed).
    void done(int result) override;

private:
    void updateDefaultButton(int id);

    app::LocalStore* m_store;
    ImportFilePage* m_filePage;
    app::ImportJob m_job;
    app::ImportSettings m_settings;
    QStringList m_columns;
    QList<QStringList> m_samples;
    QString m_readAs;
    bool m_resuming = false;
    std::optional<int> m_closing; ///< the result to close with once the job is idle
};

} // namespace kontor::ui
