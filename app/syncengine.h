#pragma once

#include "storetypes.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QThread;

namespace kontor::app {

class LocalStore;
class SyncWorker;

/// Keeps the local store and the server in step (DESIGN.md "Sync protocol"): pushes the outbox
/// in batches (≤ core::maxOperationsPerPush) and removes an operation only when the server
/// answered for it; a rejected operation becomes a sync issue with the server's field errors,
/// a conflict one with both values, never dropped. Then pulls the change feed page by page, each
/// page applied in one transaction that the models see as incremental changes. Polls while
/// idle, retries with exponential back-off and jitter while the server cannot be reached, and
/// resumes from the stored cursor after a cancel or a restart.
///
/// The work runs on its own thread with its own SQLite connection; this object lives on the
/// UI thread and mirrors the worker's state in properties.
class SyncEngine : public QObject {
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString statusMessage READ statusMessage NOTIFY stateChanged)
    Q_PROPERTY(int pendingOperations READ pendingOperations NOTIFY progressChanged)
    Q_PROPERTY(int pushedOperations READ pushedOperations NOTIFY progressChanged)
    Q_PROPERTY(int receivedChanges READ receivedChanges NOTIFY progressChanged)
    Q_PROPERTY(int expectedChanges READ expectedChanges NOTIFY progressChanged)
    Q_PROPERTY(QDateTime lastSyncedAt READ lastSyncedAt NOTIFY stateChanged)
    Q_PROPERTY(QDateTime nextAttemptAt READ nextAttemptAt NOTIFY stateChanged)

public:
    enum class State {
        Stopped, ///< not signed in, or stop() was called
        Offline, ///< the server cannot be reached; retrying with back-off
        Online,  ///< in step; polling
        Syncing, ///< pushing or pulling now
    };
    Q_ENUM(State)

    struct Options {
        std::chrono::milliseconds pollInterval{std::chrono::seconds(30)};
        std::chrono::milliseconds minRetryDelay{std::chrono::seconds(1)};
        std::chrono::milliseconds maxRetryDelay{std::chrono::minutes(5)};
        std::chrono::milliseconds requestTimeout{std::chrono::seconds(60)};
        /// Makes the network access manager on the worker thread (tests inject fakes).
        std::function<QNetworkAccessManager*()> networkFactory;
    };

    explicit SyncEngine(LocalStore* store, QObject* parent = nullptr);
    SyncEngine(LocalStore* store, Options options, QObject* parent = nullptr);
    ~SyncEngine() override;

    State state() const { return m_state; }
    /// What the state means for the user (translated), e.g. why it is offline.
    QString statusMessage() const { return m_message; }
    int pendingOperations() const { return m_pending; }
    /// Operations the server answered for in the current run (since the last start()).
    int pushedOperations() const { return m_pushed; }
    /// Changes applied from the server in the current run: progress of a long first sync.
    int receivedChanges() const { return m_received; }
    /// What receivedChanges() will be once the change feed is caught up, as the server counted
    /// at the start of the current cycle; 0 while unknown. A progress bar shows
    /// received / expected; after a cancel the next cycle counts again from the stored cursor.
    int expectedChanges() const { return m_expected; }
    QDateTime lastSyncedAt() const { return m_lastSyncedAt; }
    /// When the next attempt is due (while Offline or Online), else invalid.
    QDateTime nextAttemptAt() const { return m_nextAttemptAt; }

public Q_SLOTS:
    /// Starts (or re-points) syncing with @p serverUrl as the holder of @p token.
    void start(const QUrl& serverUrl, const QString& token);
    void stop();
    /// "Jetzt synchronisieren": a full cycle now, also while waiting to retry.
    void syncNow();
    /// Stops the current cycle; the next one resumes where this one stopped.
    void cancel();

Q_SIGNALS:
    void stateChanged();
    void progressChanged();
    /// The server refused the token (401): the session is over.
    void unauthorized();
    /// A cycle ended; @p ok when it reached the end of the change feed with nothing left to push.
    void cycleFinished(bool ok);

private:
    void onWorkerState(int state, const QString& message, const QDateTime& lastSyncedAt,
                       const QDateTime& nextAttemptAt);
    void onWorkerProgress(int pending, int pushed, int received, int expected);
    void onLocalChange();

    LocalStore* m_store;
    QThread* m_thread = nullptr;
    SyncWorker* m_worker = nullptr;
    State m_state = State::Stopped;
    QString m_message;
    int m_pending = 0;
    int m_pushed = 0;
    int m_received = 0;
    int m_expected = 0;
    QDateTime m_lastSyncedAt;
    QDateTime m_nextAttemptAt;
};

} // namespace kontor::app
