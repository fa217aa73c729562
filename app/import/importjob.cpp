#include "importjob.h"

#include "app/localstore.h"

using namespace Qt::StringLiterals;

namespace kontor::app {

ImportJob::ImportJob(LocalStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_storePath(store->path())
{
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(u"kontor-import"_s);
    m_thread.start();
}

ImportJob::~ImportJob()
{
    *m_cancel = true;
    // The connection closes on the thread that opened it.
    QMetaObject::invokeMethod(
        m_worker, [this] { m_db.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ImportJob::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

template <typename Work> void ImportJob::start(Work work)
{
    *m_cancel = true; // a step still running gives way
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const Step step{m_cancel, ++m_step};
    ++m_steps;
    setBusy(true);
    QMetaObject::invokeMethod(m_worker, [this, work, step] {
        if (!m_db) {
            m_db = std::make_unique<Database>();
            m_db->open(m_storePath);
        }
        work(*m_db, step);
    });
}

template <typename Deliver> void ImportJob::finish(const Step& step, Deliver deliver)
{
    QMetaObject::invokeMethod(this, [this, step, deliver] {
        --m_steps;
        setBusy(m_steps > 0);
        if (isCurrent(step))
            deliver();
    });
}

ImportCallbacks ImportJob::callbacks(const Step& step)
{
    ImportCallbacks c;
    c.cancel = step.cancel.get();
    c.progress = [this, step](qint64 done, qint64 total) {
        if (isCurrent(step))
            Q_EMIT progress(done, total);
    };
    c.committed = [this](const StoreChanges& changes) {
        QMetaObject::invokeMethod(this, [this, changes] {
            m_store->notifyExternalChanges(changes);
            Q_EMIT m_store->operationsQueued();
        });
    };
    return c;
}

void ImportJob::startPlan(const ImportSettings& settings, PlanOptions options)
{
    start([this, settings, options](Database& db, const Step& step) {
        const ImportCallbacks c = callbacks(step);
        PlanOptions stepOptions = options;
        stepOptions.cancel = c.cancel;
        stepOptions.progress = c.progress;
        QString error;
        std::shared_ptr<ImportPlan> plan;
        if (db.isOpen())
            plan = ImportPlan::make(db, settings, stepOptions, &error);
        if (!db.isOpen())
            error = ImportPlan::tr("The data on this computer cannot be opened.");
        finish(step, [this, plan, error] {
            // The plan moves to the UI thread's side; the worker only reads it during a run.
            m_plan = plan;
            Q_EMIT planned(m_plan != nullptr, error);
        });
    });
}

void ImportJob::startRun()
{
    if (!m_plan)
        return;
    start([this, plan = m_plan](Database& db, const Step& step) {
        const ImportResult result = importrun::run(db, *plan, callbacks(step));
        finish(step, [this, result] {
            m_result = result;
            Q_EMIT finished();
        });
    });
}

void ImportJob::startUndo(const QUuid& importId)
{
    start([this, importId](Database& db, const Step& step) {
        const ImportResult result = importrun::undo(db, importId, callbacks(step));
        finish(step, [this, result] {
            m_result = result;
            Q_EMIT finished();
        });
    });
}

void ImportJob::startInvite(const QUuid& importId, const QString& message)
{
    start([this, importId, message](Database& db, const Step& step) {
        StoreChanges changes;
        const std::optional<int> count = importrun::invite(db, importId, message, &changes);
        // What was queued is announced whether or not a later step took this one's place.
        QMetaObject::invokeMethod(this, [this, count, changes] {
            m_store->notifyExternalChanges(changes);
            if (count.value_or(0) > 0)
                Q_EMIT m_store->operationsQueued();
        });
        finish(step, [this, count] { Q_EMIT invited(count.value_or(-1)); });
    });
}

void ImportJob::cancel()
{
    *m_cancel = true;
}

} // namespace kontor::app
