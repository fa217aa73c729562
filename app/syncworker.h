#pragma once

#include "database.h"
#include "syncengine.h"

#include "core/syncprotocol.h"

#include <QLoggingCategory>

class QTimer;

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace kontor::app {

class ApiClient;
struct ApiError;
struct ApiResponse;
class StoreWriter;

/// SyncEngine's work on its own thread: one cycle is push (the outbox, oldest first, in
/// batches) then pull (the change feed, page by page) then wait for the next poll; a failure
/// waits with exponential back-off and jitter. Every reply is checked against a generation
/// counter, so replies of a cancelled cycle change nothing.
class SyncWorker : public QObject {
    Q_OBJECT

public:
    SyncWorker(QString storePath, SyncEngine::Options options);
    ~SyncWorker() override;

public Q_SLOTS:
    void initialize();
    void shutdown();
    void configure(const QUrl& serverUrl, const QString& token);
    void stop();
    void syncNow();
    void cancel();
    void localChange();

Q_SIGNALS:
    void stateChanged(int state, const QString& message, const QDateTime& lastSyncedAt,
                      const QDateTime& nextAttemptAt);
    void progress(int pending, int pushed, int received, int expected);
    void storeChanged(const kontor::app::StoreChanges& changes);
    void unauthorized();
    void cycleFinished(bool ok);

private:
    void beginCycle();
    void pushNext();
    void pushBatch(const QList<core::Operation>& batch);
    void pushSingle(const core::Operation& op);
    void pull();
    /// Asks for the changes after @p cursor; applyChanges() writes them.
    void requestChanges(const QString& cursor);
    void applyChanges(const ApiResponse& r, const QString& cursor, bool count);
    void finishCycle();
    void fail(const ApiError& error);
    /// An answer that could not be used or saved here: fail() with @p message.
    void failHere(const QString& message);
    bool handleCommonFailure(const ApiResponse& response);
    bool commit(const std::function<bool(StoreWriter&)>& write);
    void reject(const core::Operation& op, const ApiError& error);
    void setState(SyncEngine::State state, const QString& message = {});
    void reportProgress();
    void abortCycle();
    std::chrono::milliseconds retryDelay() const;
    template <typename Callback> auto current(Callback callback);

    QString m_storePath;
    SyncEngine::Options m_options;
    Database m_db;
    ApiClient* m_api = nullptr;
    QTimer* m_timer = nullptr;
    SyncEngine::State m_state = SyncEngine::State::Stopped;
    bool m_active = false;  ///< configured with a token and not stopped
    bool m_running = false; ///< a cycle is in progress
    bool m_again = false;   ///< another cycle was asked for while one ran
    quint64 m_generation = 0;
    int m_failures = 0;
    qsizetype m_batchLimit = core::maxOperationsPerPush;
    int m_pushed = 0;
    int m_received = 0;
    int m_expected = 0;     ///< received + what the server said follows; 0 = unknown
    bool m_counted = false; ///< this cycle asked the server for the remaining count
    QDateTime m_lastSyncedAt;
};

} // namespace kontor::app
