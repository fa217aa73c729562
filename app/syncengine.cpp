#include "syncengine.h"

#include "localstore.h"
#include "syncworker.h"

#include <QThread>

namespace kontor::app {

SyncEngine::SyncEngine(LocalStore* store, QObject* parent)
    : SyncEngine(store, Options{}, parent)
{
}

SyncEngine::SyncEngine(LocalStore* store, Options options, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    qRegisterMetaType<kontor::app::StoreChanges>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("kontor-sync"));
    m_worker = new SyncWorker(store->path(), std::move(options));
    m_worker->moveToThread(m_thread);
    connect(m_worker, &SyncWorker::stateChanged, this, &SyncEngine::onWorkerState);
    connect(m_worker, &SyncWorker::progress, this, &SyncEngine::onWorkerProgress);
    connect(m_worker, &SyncWorker::storeChanged, store, &LocalStore::notifyExternalChanges);
    connect(m_worker, &SyncWorker::unauthorized, this, &SyncEngine::unauthorized);
    connect(m_worker, &SyncWorker::cycleFinished, this, &SyncEngine::cycleFinished);
    connect(store, &LocalStore::operationsQueued, this, &SyncEngine::onLocalChange);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::initialize, Qt::QueuedConnection);
}

SyncEngine::~SyncEngine()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker; // its thread has ended; it has no children left
}

void SyncEngine::start(const QUrl& serverUrl, const QString& token)
{
    m_pushed = 0;
    m_received = 0;
    m_expected = 0;
    QMetaObject::invokeMethod(m_worker, "configure", Qt::QueuedConnection, Q_ARG(QUrl, serverUrl),
                              Q_ARG(QString, token));
}

void SyncEngine::stop()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::stop, Qt::QueuedConnection);
}

void SyncEngine::syncNow()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow, Qt::QueuedConnection);
}

void SyncEngine::cancel()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::cancel, Qt::QueuedConnection);
}

void SyncEngine::onLocalChange()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::localChange, Qt::QueuedConnection);
}

void SyncEngine::onWorkerState(int state, const QString& message, const QDateTime& lastSyncedAt,
                               const QDateTime& nextAttemptAt)
{
    m_state = State(state);
    m_message = message;
    m_lastSyncedAt = lastSyncedAt;
    m_nextAttemptAt = nextAttemptAt;
    Q_EMIT stateChanged();
}

void SyncEngine::onWorkerProgress(int pending, int pushed, int received, int expected)
{
    m_pending = pending;
    m_pushed = pushed;
    m_received = received;
    m_expected = expected;
    Q_EMIT progressChanged();
}

} // namespace kontor::app
