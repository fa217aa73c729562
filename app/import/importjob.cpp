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
    m_cancel = true;
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
    if (m_busy)
        return;
    m_cancel = false;
    setBusy(true);
    QMetaObject::invokeMethod(m_worker, [this, work] {
        if (!m_db) {
            m_db = std::make_unique<Database>();
            m_db->open(m_storePath);
        }
        work(*m_db);
    });
}

ImportCallbacks ImportJob::callbacks()
{
    ImportCallbacks c;
    c.cancel = &m_cancel;
    c.progress = [this](qint64 done, qint64 total) { Q_EMIT progress(done, total); };
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
    options.cancel = &m_cancel;
    options.progress = [this](qint64 done, qint64 total) { Q_EMIT progress(done, total); };
    start([this, settings, options](Database& db) {
        QString error;
        std::shared_ptr<ImportPlan> plan;
        if (db.isOpen())
            plan = ImportPlan::make(db, settings, options, &error);
        if (!db.isOpen())
            error = ImportPlan::tr("The data on this computer cannot be opened.");
        QMetaObject::invokeMethod(this, [this, plan, error] {
            // The plan moves to the UI thread's side; the worker only reads it during a run.
            m_plan = plan;
            setBusy(false);
            Q_EMIT planned(m_plan != nullptr, error);
        });
    });
}

void ImportJob::startRun()
{
    if (!m_plan)
        return;
    const ImportPlan* plan = m_plan.get();
    start([this, plan, c = callbacks()](Database& db) {
        const ImportResult result = importrun::run(db, *plan, c);
        QMetaObject::invokeMethod(this, [this, result] {
            m_result = result;
            setBusy(false);
            Q_EMIT finished();
        });
    });
}

void ImportJob::startUndo(const QUuid& importId)
{
    start([this, importId, c = callbacks()](Database& db) {
        const ImportResult result = importrun::undo(db, importId, c);
        QMetaObject::invokeMethod(this, [this, result] {
            m_result = result;
            setBusy(false);
            Q_EMIT finished();
        });
    });
}

void ImportJob::startInvite(const QUuid& importId, const QString& message)
{
    start([this, importId, message](Database& db) {
        StoreChanges changes;
        const std::optional<int> count = importrun::invite(db, importId, message, &changes);
        QMetaObject::invokeMethod(this, [this, count, changes] {
            m_store->notifyExternalChanges(changes);
            if (count.value_or(0) > 0)
                Q_EMIT m_store->operationsQueued();
            setBusy(false);
            Q_EMIT invited(count.value_or(-1));
        });
    });
}

void ImportJob::cancel()
{
    m_cancel = true;
}

} // namespace kontor::app
