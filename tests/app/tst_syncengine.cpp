// SyncEngine against a scripted server: the outbox leaves only for answered operations,
// rejections and conflicts become sync issues with their payload, the change feed arrives page
// by page as incremental model changes, back-off with jitter while unreachable, cancel and
// resume from the stored cursor, 401 stops.

#include "fakesyncserver.h"
#include "storefixture.h"

#include "app/accountlistmodel.h"
#include "app/notificationmodel.h"
#include "app/offlinetypes.h"
#include "app/storereader.h"
#include "app/syncengine.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace kontor;
using namespace kontor::test;
using State = app::SyncEngine::State;

class TestSyncEngine : public QObject {
    Q_OBJECT

    static app::SyncEngine::Options options(FakeSyncServer& server)
    {
        app::SyncEngine::Options o;
        o.pollInterval = std::chrono::hours(1); // cycles only when a test asks
        o.minRetryDelay = std::chrono::milliseconds(40);
        o.maxRetryDelay = std::chrono::milliseconds(320);
        o.requestTimeout = std::chrono::seconds(5);
        o.networkFactory = [&server] { return server.makeNetwork(); };
        return o;
    }

    static void startAndWait(app::SyncEngine& engine, bool expectOk = true)
    {
        QSignalSpy finished(&engine, &app::SyncEngine::cycleFinished);
        engine.start(QUrl(u"https://kontor.example"_s), u"token"_s);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().first().toBool(), expectOk);
    }

    static void createAccounts(StoreFixture& f, int n)
    {
        for (int i = 0; i < n; ++i) {
            core::Account a = individual(person(u"Vorname"_s, u"Nachname%1"_s.arg(i)));
            QVERIFY(f.store.createAccount(a).isEmpty());
        }
    }

    static QList<core::Operation> outbox(StoreFixture& f)
    {
        return app::StoreReader(f.store.database()).outbox(100000);
    }

private Q_SLOTS:
    void pushesTheOutboxAndRemovesAnsweredOperations()
    {
        StoreFixture f;
        createAccounts(f, 3);
        const QList<core::Operation> queued = outbox(f);
        FakeSyncServer server;
        app::SyncEngine engine(&f.store, options(server));
        startAndWait(engine);
        QCOMPARE(server.received(), queued); // same ids, kinds, payloads, order
        QVERIFY(outbox(f).isEmpty());
        QCOMPARE(engine.state(), State::Online);
        QCOMPARE(engine.pushedOperations(), 3);
        QCOMPARE(engine.pendingOperations(), 0);
        QVERIFY(engine.lastSyncedAt().isValid());
        QCOMPARE(f.store.outboxCount(), 0);
    }

    void unansweredOperationsStayInTheOutbox()
    {
        StoreFixture f;
        createAccounts(f, 3);
        const QList<core::Operation> queued = outbox(f);
        FakeSyncServer server;
        // The server forgets to answer for the second operation (or its answer was lost).
        server.resultFor = [&](const core::Operation& op) {
            core::OperationResult r{op.opId, core::OperationStatus::Applied, {}, {}};
            if (op.opId == queued[1].opId)
                r.opId = QUuid::createUuid();
            return r;
        };
        app::SyncEngine engine(&f.store, options(server));
        QSignalSpy finished(&engine, &app::SyncEngine::cycleFinished);
        engine.start(QUrl(u"https://kontor.example"_s), u"token"_s);
        QVERIFY(finished.wait(10000));
        // Sent again, never answered: it stays, and the engine waits to retry.
        QTRY_COMPARE(outbox(f), QList<core::Operation>{queued[1]});
        QVERIFY(server.received().count(queued[1]) >= 2);
        QCOMPARE(server.received().count(queued[0]), 1);
    }

    void rejectionBecomesANeedsAttentionRecord()
    {
        StoreFixture f;
        core::Account a = individual(person(u"Hans"_s, u"Müller"_s, u"hans@example.de"_s));
        QVERIFY(f.store.createAccount(a).isEmpty());
        const core::Operation op = outbox(f).first();
        FakeSyncServer server;
        server.resultFor = [](const core::Operation& o) {
            return core::OperationResult{
                o.opId,
                core::OperationStatus::Rejected,
                {core::Violation::received(u"contacts[0].email"_s, u"duplicate"_s,
                                           u"Ein Kontakt mit dieser E-Mail existiert bereits."_s)},
                {}};
        };
        app::AccountListModel model(&f.store);
        app::SyncEngine engine(&f.store, options(server));
        startAndWait(engine);
        QVERIFY(outbox(f).isEmpty());
        const QList<app::SyncIssue> issues = f.store.syncIssues();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0].kind, app::SyncIssue::Kind::Rejected);
        QCOMPARE(issues[0].operation, op); // the payload is kept whole
        QCOMPARE(issues[0].accountId, a.id);
        QCOMPARE(issues[0].errors.first().path(), u"contacts[0].email"_s);
        QCOMPARE(issues[0].errors.first().code(), u"duplicate"_s);
        QCOMPARE(f.store.syncIssueCount(), 1);
        const int row = model.rowOf(a.id);
        QCOMPARE(model.index(row, 0).data(app::AccountListModel::SyncStateRole).toInt(),
                 int(app::SyncState::NeedsAttention));
    }

    void conflictKeepsBothValues()
    {
        StoreFixture f;
        const QUuid id = QUuid::createUuid();
        QVERIFY(applyServerChanges(f.store, {serverAccount(id, u"Alt GmbH"_s, {})}));
        core::Account edited = *f.store.account(id);
        edited.name = u"Unser Name"_s;
        QVERIFY(f.store.updateAccountFields(edited).isEmpty());
        FakeSyncServer server;
        server.resultFor = [](const core::Operation& o) {
            return core::OperationResult{o.opId,
                                         core::OperationStatus::Conflict,
                                         {},
                                         {{u"name"_s, u"Ihr Name"_s, u"Unser Name"_s}}};
        };
        app::SyncEngine engine(&f.store, options(server));
        startAndWait(engine);
        const QList<app::SyncIssue> issues = f.store.syncIssues();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0].kind, app::SyncIssue::Kind::Conflict);
        QCOMPARE(issues[0].conflicts.size(), 1);
        QCOMPARE(issues[0].conflicts[0].serverValue.toString(), u"Ihr Name"_s);
        QCOMPARE(issues[0].conflicts[0].clientValue.toString(), u"Unser Name"_s);
    }

    void conflictShowsTheServerValueAtOnce()
    {
        // Issue 6: the record shows what the server kept (before the next pull), while a
        // change queued after the conflicting one stays on top.
        StoreFixture f;
        const QUuid id = QUuid::createUuid();
        QVERIFY(applyServerChanges(f.store, {serverAccount(id, u"Alt GmbH"_s, {u"A"_s})}));
        core::Account edited = *f.store.account(id);
        edited.name = u"Unser Name"_s;
        QVERIFY(f.store.updateAccountFields(edited).isEmpty());
        FakeSyncServer server;
        server.resultFor = [](const core::Operation& o) {
            if (!o.payload[u"fields"_s].toObject().contains(u"name"_s))
                return core::OperationResult{o.opId, core::OperationStatus::Applied, {}, {}};
            return core::OperationResult{o.opId,
                                         core::OperationStatus::Conflict,
                                         {},
                                         {{u"name"_s, u"Ihr Name"_s, u"Unser Name"_s}}};
        };
        server.pushFailure = [&](const QList<core::Operation>&) -> std::optional<FakeResponse> {
            // A second change arrives while the first is on its way.
            if (outbox(f).size() == 1) {
                QMetaObject::invokeMethod(
                    &f.store,
                    [&] {
                        core::Account more = *f.store.account(id);
                        more.tags = {u"A"_s, u"B"_s};
                        QVERIFY(f.store.updateAccountFields(more).isEmpty());
                    },
                    Qt::BlockingQueuedConnection);
            }
            return std::nullopt;
        };
        app::SyncEngine engine(&f.store, options(server));
        startAndWait(engine);
        server.pushFailure = nullptr;
        QCOMPARE(f.store.account(id)->name, u"Ihr Name"_s);
        QCOMPARE(f.store.account(id)->tags, (QStringList{u"A"_s, u"B"_s}));
    }

    void replayedAnswerKeepsTheFirstAnswersConflicts()
    {
        // The first answer was lost after the server committed; the resend is "replayed" with
        // the conflicts of the first time: they must become a conflict, not vanish.
        StoreFixture f;
        const QUuid id = QUuid::createUuid();
        QVERIFY(applyServerChanges(f.store, {serverAccount(id, u"Alt GmbH"_s, {})}));
        core::Account edited = *f.store.account(id);
        edited.name = u"Unser Name"_s;
        QVERIFY(f.store.updateAccountFields(edited).isEmpty());
        FakeSyncServer server;
        server.resultFor = [](const core::Operation& o) {
            return core::OperationResult{o.opId,
                                         core::OperationStatus::Replayed,
                                         {},
                                         {{u"name"_s, u"Ihr Name"_s, u"Unser Name"_s}}};
        };
        app::SyncEngine engine(&f.store, options(server));
        startAndWait(engine);
        QVERIFY(outbox(f).isEmpty());
        const QList<app::FieldConflictItem> conflicts = f.store.conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts[0].field, u"name"_s);
        QCOMPARE(conflicts[0].accountId, id);
        QCOMPARE(conflicts[0].serverValue.toString(), u"Ihr Name"_s);
        QCOMPARE(conflicts[0].clientValue.toString(), u"Unser Name"_s);
    }

    void rejectedEditShowsTheServerValueAgain()
    {
        StoreFixture f;
        const QUuid id = QUuid::createUuid();
        QVERIFY(applyServerChanges(f.store, {serverAccount(id, u"Alt GmbH"_s, {u"A"_s})}));
        core::Account edited = *f.store.account(id);
        edited.tags = {u"A"_s, u"Gesperrt"_s};
        QVERIFY(f.store.updateAccountFields(edited).isEmpty());
        FakeSyncServer server;
        server.resultFor = [](const core::Operation& o) {
            return core::OperationResult{
                o.opId,
                core::OperationStatus::Rejected,
                {core::Violation::received(u"fields.tags[1]"_s, u"not_allowed"_s, u"Nein."_s)},
                {}};
        };
        app::SyncEngine engine(&f.store, options(server));
        startAndWait(engine);
        QCOMPARE(f.store.account(id)->tags, QStringList{u"A"_s}); // what the server has
        const QList<app::SyncIssue> issues = f.store.syncIssues();
        QCOMPARE(issues.size(), 1);
        const std::optional<app::RejectedEdit> edit =
            f.store.rejectedEdit(issues[0].operation.opId);
        QVERIFY(edit);
        QCOMPARE(edit->account.tags, (QStringList{u"A"_s, u"Gesperrt"_s})); // what we wanted
        QCOMPARE(edit->errors.first().path(), u"tags[1]"_s);
    }

    void pushesAtMostOneThousandPerRequest()
    {
        StoreFixture f;
        createAccounts(f, 2300);
        FakeSyncServer server;
        app::SyncEngine engine(&f.store, options(server));
        startAndWait(engine);
        QList<int> sizes;
        for (const FakeSyncServer::Attempt& a : server.attempts()) {
            if (a.path == u"/api/v1/ops")
                sizes.append(a.opCount);
        }
        QCOMPARE(sizes, (QList<int>{1000, 1000, 300}));
        QVERIFY(outbox(f).isEmpty());
    }

    void aSpoilingOperationIsIsolated()
    {
        // The server refuses whole batches that hold a bad operation (422): the engine halves
        // until it stands alone; it becomes a sync issue and the rest goes through.
        StoreFixture f;
        createAccounts(f, 9);
        const QUuid bad = outbox(f).at(6).opId;
        FakeSyncServer server;
        server.pushFailure =
            [bad](const QList<core::Operation>& batch) -> std::optional<FakeResponse> {
            for (const core::Operation& op : batch) {
                if (op.opId == bad) {
                    return FakeResponse::json(
                        422, {{u"error"_s, QJsonObject{{u"code"_s, u"invalid"_s},
                                                       {u"message"_s, u"kaputt"_s}}}});
                }
            }
            return std::nullopt;
        };
        app::SyncEngine engine(&f.store, options(server));
        startAndWait(engine);
        QVERIFY(outbox(f).isEmpty());
        QCOMPARE(server.received().size(), 8);
        QCOMPARE(f.store.syncIssues().size(), 1);
        QCOMPARE(f.store.syncIssues().first().operation.opId, bad);
    }

    void pullsPagesIntoTheModelsWithoutReset()
    {
        StoreFixture f;
        FakeSyncServer server;
        for (int page = 0; page < 3; ++page) {
            QList<core::Change> changes;
            for (int i = 0; i < 40; ++i) {
                changes.append(
                    serverAccount(QUuid::createUuid(), u"Konto %1-%2"_s.arg(page).arg(i), {}));
            }
            server.addPage(changes);
        }
        server.addPage({change(
            u"notification"_s, QUuid::createUuid(),
            {{u"title"_s, u"Neu registriert"_s}, {u"created_at"_s, u"2026-01-01T00:00:00Z"_s}})});
        app::AccountListModel model(&f.store);
        app::NotificationModel inbox(&f.store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        app::SyncEngine engine(&f.store, options(server));
        startAndWait(engine);
        QCOMPARE(model.rowCount(), 120);
        QCOMPARE(reset.size(), 0);
        QVERIFY(inserted.size() >= 3); // at least one batch per page
        QCOMPARE(inbox.unreadCount(), 1);
        QCOMPARE(engine.receivedChanges(), 121);
        QCOMPARE(app::StoreReader(f.store.database()).meta(u"sync_cursor"_s), u"4"_s);
        // The next cycle asks only for what is new.
        QSignalSpy finished(&engine, &app::SyncEngine::cycleFinished);
        engine.syncNow();
        QVERIFY(finished.wait(10000));
        QCOMPARE(server.attempts().last().since, u"4"_s);
    }

    void cancelledFirstSyncResumesFromTheCursor()
    {
        StoreFixture f;
        FakeSyncServer server;
        server.addPage({serverAccount(QUuid::createUuid(), u"Erste"_s, {})});
        server.addPage({serverAccount(QUuid::createUuid(), u"Zweite"_s, {})});
        server.setHangAtPage(1);
        app::SyncEngine engine(&f.store, options(server));
        engine.start(QUrl(u"https://kontor.example"_s), u"token"_s);
        QTRY_COMPARE(server.attempts().size(), 2); // page 0 done, page 1 hanging
        QSignalSpy finished(&engine, &app::SyncEngine::cycleFinished);
        engine.cancel();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().first().toBool(), false);
        QTRY_COMPARE(engine.state(), State::Online);
        QCOMPARE(app::StoreReader(f.store.database()).meta(u"sync_cursor"_s), u"1"_s);
        server.setHangAtPage(-1);
        engine.syncNow();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().first().toBool(), true);
        QCOMPARE(server.attempts().last().since, u"1"_s);
        QCOMPARE(app::StoreReader(f.store.database()).meta(u"sync_cursor"_s), u"2"_s);
    }

    // The next page is asked for while this one is written. A page that cannot be written here
    // stops the cycle: the page after it, already on its way, must not be written either, or
    // the stored cursor would pass over the page that failed.
    void aPageThatCannotBeWrittenStopsThePagesAfterIt()
    {
        StoreFixture f;
        FakeSyncServer server;
        const QUuid first = QUuid::createUuid();
        const QUuid broken = QUuid::createUuid();
        const QUuid last = QUuid::createUuid();
        server.addPage({serverAccount(first, u"Erste"_s, {})});
        server.addPage({serverAccount(broken, u"Kaputt"_s, {})});
        server.addPage({serverAccount(last, u"Letzte"_s, {})});
        QSqlQuery trigger(f.store.connection());
        QVERIFY(trigger.exec(u"CREATE TRIGGER refuse_kaputt BEFORE INSERT ON accounts"
                             " WHEN NEW.name = 'Kaputt' BEGIN SELECT RAISE(ABORT, 'disk'); END"_s));
        app::SyncEngine::Options o = options(server);
        o.minRetryDelay = o.maxRetryDelay = std::chrono::hours(1); // the test asks again
        app::SyncEngine engine(&f.store, o);
        startAndWait(engine, false);
        const QStringList asked = [&] {
            QStringList out;
            for (const FakeSyncServer::Attempt& a : server.attempts())
                out.append(a.since);
            return out;
        }();
        QVERIFY2(asked.contains(u"2"_s), qPrintable(asked.join(u','))); // asked for, not written
        QVERIFY(f.store.account(first));
        QVERIFY(!f.store.account(broken));
        QVERIFY(!f.store.account(last));
        QCOMPARE(app::StoreReader(f.store.database()).meta(u"sync_cursor"_s), u"1"_s);

        QVERIFY(trigger.exec(u"DROP TRIGGER refuse_kaputt"_s));
        QSignalSpy finished(&engine, &app::SyncEngine::cycleFinished);
        engine.syncNow();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().first().toBool(), true);
        QVERIFY(f.store.account(broken));
        QVERIFY(f.store.account(last));
        QCOMPARE(app::StoreReader(f.store.database()).meta(u"sync_cursor"_s), u"3"_s);
    }

    void progressIsReceivedOfWhatTheServerCounted()
    {
        StoreFixture f;
        FakeSyncServer server;
        for (int page = 0; page < 3; ++page) {
            server.addPage({serverAccount(QUuid::createUuid(), u"Konto %1a"_s.arg(page), {}),
                            serverAccount(QUuid::createUuid(), u"Konto %1b"_s.arg(page), {})});
        }
        app::SyncEngine engine(&f.store, options(server));
        QList<std::pair<int, int>> seen;
        connect(&engine, &app::SyncEngine::progressChanged, &engine, [&] {
            seen.append({engine.receivedChanges(), engine.expectedChanges()});
        });
        startAndWait(engine);
        QCOMPARE(server.countRequests(), 1); // once per cycle, not per page
        QVERIFY(seen.contains(std::pair(2, 6)));
        QVERIFY(seen.contains(std::pair(4, 6)));
        QCOMPARE(engine.receivedChanges(), 6);
        QCOMPARE(engine.expectedChanges(), 6);
    }

    void unreachableServerBacksOffWithJitterThenRecovers()
    {
        StoreFixture f;
        createAccounts(f, 1);
        FakeSyncServer server;
        server.setUnreachable(true);
        app::SyncEngine engine(&f.store, options(server));
        engine.start(QUrl(u"https://kontor.example"_s), u"token"_s);
        QTRY_VERIFY_WITH_TIMEOUT(server.attempts().size() >= 6, 10000);
        QCOMPARE(engine.state(), State::Offline);
        QVERIFY(!engine.statusMessage().isEmpty());
        QVERIFY(engine.nextAttemptAt().isValid());
        // Delays double from 40 ms (each jittered between half and all of it), capped at 320.
        const QList<FakeSyncServer::Attempt> a = server.attempts();
        for (int i = 1; i < 6; ++i) {
            const qint64 full = std::min<qint64>(40LL << (i - 1), 320);
            const qint64 gap = a[i].atMs - a[i - 1].atMs;
            QVERIFY2(gap >= full / 2 * 9 / 10 && gap <= full + 150, // timers run late under load
                     qPrintable(u"gap %1 for delay %2"_s.arg(gap).arg(full)));
        }
        QCOMPARE(outbox(f).size(), 1); // nothing lost while offline
        server.setUnreachable(false);
        QSignalSpy finished(&engine, &app::SyncEngine::cycleFinished);
        engine.syncNow(); // "Jetzt synchronisieren" does not wait for the back-off
        QTRY_COMPARE(engine.state(), State::Online);
        QTRY_VERIFY(outbox(f).isEmpty());
        QCOMPARE(server.received().size(), 1);
    }

    void localChangesGoOutPromptly()
    {
        StoreFixture f;
        FakeSyncServer server;
        app::SyncEngine engine(&f.store, options(server));
        startAndWait(engine);
        createAccounts(f, 1);
        QTRY_COMPARE_WITH_TIMEOUT(server.received().size(), 1, 3000);
        QTRY_VERIFY(outbox(f).isEmpty());
    }

    void notificationReadGoesToItsEndpoint()
    {
        StoreFixture f;
        const QUuid n = QUuid::createUuid();
        QVERIFY(applyServerChanges(
            f.store, {change(u"notification"_s, n,
                             {{u"title"_s, u"x"_s}, {u"created_at"_s, u"2026-01-01"_s}})}));
        QVERIFY(f.store.markNotificationRead(n));
        FakeSyncServer server;
        app::SyncEngine engine(&f.store, options(server));
        startAndWait(engine);
        QCOMPARE(server.restCalls().size(), 1);
        QCOMPARE(server.restCalls().first().url.path(),
                 u"/api/v1/notifications/"_s + core::toWireId(n) + u"/read"_s);
        QVERIFY(outbox(f).isEmpty());
    }

    void unauthorizedStopsSyncing()
    {
        StoreFixture f;
        createAccounts(f, 1);
        FakeSyncServer server;
        server.setUnauthorized(true);
        app::SyncEngine engine(&f.store, options(server));
        QSignalSpy unauthorized(&engine, &app::SyncEngine::unauthorized);
        startAndWait(engine, false);
        QCOMPARE(unauthorized.size(), 1);
        QTRY_COMPARE(engine.state(), State::Stopped);
        QCOMPARE(outbox(f).size(), 1);
        QTest::qWait(300);
        QCOMPARE(server.attempts().size(), 1); // no retries with a refused token
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
