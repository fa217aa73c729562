#pragma once

#include "importrunner.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace kontor::app {

class LocalStore;

/// Runs an import's long steps for the wizard on a worker thread with its own connection to
/// the store (as the sync engine does): planning, the run, undo and the invitations, one at a
/// time. Every committed batch is announced through the LocalStore on the UI thread (models
/// update, the sync engine pushes). The plan belongs to the job; read it only while the job
/// is idle.
///
/// A step asked for while another runs takes its place: the running step stops at its next row
/// (a run or an undo keeps what it committed, and its commits are still announced) and
/// announces neither progress nor its end; the new step runs after it. So a plan asked for
/// again after going back in the wizard is the one planned() reports.
class ImportJob : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    explicit ImportJob(LocalStore* store, QObject* parent = nullptr);
    ~ImportJob() override;

    bool isBusy() const { return m_busy; }
    ImportPlan* plan() const { return m_plan.get(); }
    const ImportResult& lastResult() const { return m_result; }

    /// Plans @p settings (progress and cancel come from the job); then planned().
    void startPlan(const ImportSettings& settings, PlanOptions options = {});
    /// Runs the current plan; then finished().
    void startRun();
    void startUndo(const QUuid& importId);
    void startInvite(const QUuid& importId, const QString& message);
    /// Asks the running step to stop at the next row (a run keeps its committed batches).
    void cancel();

Q_SIGNALS:
    void busyChanged();
    void progress(qint64 done, qint64 total);
    void planned(bool ok, const QString& error);
    /// A run or an undo ended (see lastResult()).
    void finished();
    /// The invitations are queued; -1 when they could not be.
    void invited(int count);

private:
    struct Step {
        std::shared_ptr<std::atomic_bool> cancel;
        quint64 number = 0;
    };
    /// Runs work(Database&, const Step&) on the worker thread after the steps before it.
    template <typename Work> void start(Work work);
    /// On the UI thread: the step has ended; deliver() runs if no later step was asked for.
    template <typename Deliver> void finish(const Step& step, Deliver deliver);
    bool isCurrent(const Step& step) const { return step.number == m_step; }
    void setBusy(bool busy);
    ImportCallbacks callbacks(const Step& step);

    LocalStore* m_store;
    QString m_storePath;
    QThread m_thread;
    QObject* m_worker = nullptr;
    std::unique_ptr<Database> m_db; // used on m_thread only
    std::shared_ptr<ImportPlan> m_plan;
    ImportResult m_result;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    std::atomic<quint64> m_step{0}; ///< the latest step asked for
    int m_steps = 0;                ///< steps asked for and not ended
    bool m_busy = false;
};

} // namespace kontor::app
