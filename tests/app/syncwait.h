#pragma once

// For tests that sync a real LocalStore with a SyncEngine: one helper to wait for quiet.

#include "app/localstore.h"
#include "app/syncengine.h"

#include <QElapsedTimer>
#include <QSignalSpy>

namespace kontor::test {

/// Starts a sync cycle and waits until one finished without a failure and with nothing left
/// in the outbox. False on timeout.
inline bool syncUntilOutboxEmpty(app::SyncEngine& engine, app::LocalStore& store,
                                 int timeoutMs = 20000)
{
    QSignalSpy finished(&engine, &app::SyncEngine::cycleFinished);
    engine.syncNow();
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        if (!finished.wait(timeoutMs - int(t.elapsed())))
            return false;
        if (finished.last().first().toBool() && store.outboxCount() == 0)
            return true;
    }
    return false;
}

} // namespace kontor::test
