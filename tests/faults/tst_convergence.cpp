// Two clients edit the same accounts while both are offline, then come back one after the
// other: both end with the server's list, and the result is deterministic: the one who synced
// first has all its edits on the server; the one who synced last finds each of its edits to an
// account the first one changed in its conflict list, with both values, and the rest applied.
// Runs on SQLite and (tst_convergence_postgres) on PostgreSQL.

#include "syncharness.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor;
using namespace kontor::test;

class TestConvergence : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void twoClientsConvergeAfterConcurrentOfflineEdits()
    {
        const quint64 seed = QRandomGenerator::global()->bounded(1, 1000000);
        qInfo("seed %llu", seed);
        HarnessServer server(backendFromEnvironment());
        QVERIFY2(server.isValid(), qPrintable(server.error()));
        QVERIFY(server.start());
        const std::optional<HarnessFirm> firm = makeFirm(server, u"Gleichstand"_s, 2, 3);
        QVERIFY(firm);
        QTemporaryDir dir;
        HarnessClient first(u"a"_s, dir.path(), firm->clientTokens[0], server.port());
        HarnessClient last(u"b"_s, dir.path(), firm->clientTokens[1], server.port());
        // Both see the shared accounts, then go offline and edit.
        QVERIFY(first.settle(server.url()));
        QVERIFY(last.settle(server.url()));
        first.proxy().setMode(Fault::Reset);
        last.proxy().setMode(Fault::Reset);
        first.startEdits(seed, 25, 5, 0);
        last.startEdits(seed + 1, 25, 5, 0);
        QVERIFY(first.waitFinished(60000));
        QVERIFY(last.waitFinished(60000));
        QVERIFY(first.proxy().stats().resets > 0); // they did try, and were offline

        // Back: the first, then the last, then the first once more to pull the last's.
        QVERIFY(first.settle(server.url()));
        QVERIFY(last.settle(server.url()));
        QVERIFY(first.settle(server.url()));

        const QList<LoggedEdit> firstLog = readEditLog(first.logPath());
        const QList<LoggedEdit> lastLog = readEditLog(last.logPath());
        const ClientState a = readClientState(first.storePath());
        const ClientState b = readClientState(last.storePath());
        const std::optional<QHash<QUuid, core::Account>> onServer =
            readServerAccounts(server.url(), firm->checkerToken);
        QVERIFY(onServer);
        const CheckResult r = checkInvariant({firstLog, lastLog}, {a, b}, *onServer);
        qInfo("edits %d: on the server %d, conflicts %d, lost %d, duplicated %d", r.edits,
              r.onServer, r.inConflicts, r.lost, r.duplicated);
        QVERIFY2(r.ok(), qPrintable(r.problems.join(u"; "_s)));
        QVERIFY(r.converged);
        QCOMPARE(a.accounts.size(), onServer->size());
        QCOMPARE(b.accounts.size(), onServer->size());

        // Deterministic: every tag the first one added is on the server; the last one's tags on
        // accounts the first one also changed are conflicts with both values, the rest applied.
        QSet<QUuid> changedByFirst;
        for (const LoggedEdit& e : firstLog) {
            if (e.kind == u"tag" && e.saved) {
                changedByFirst.insert(e.accountId);
                QVERIFY((*onServer)[e.accountId].tags.contains(e.marker));
            }
        }
        QVERIFY(a.conflicts.isEmpty());
        int conflicted = 0;
        for (const LoggedEdit& e : lastLog) {
            if (e.kind != u"tag" || !e.saved)
                continue;
            const bool onIt = (*onServer)[e.accountId].tags.contains(e.marker);
            QCOMPARE(onIt, !changedByFirst.contains(e.accountId));
            if (!onIt) {
                ++conflicted;
                const auto conflict =
                    std::find_if(b.conflicts.cbegin(), b.conflicts.cend(), [&](const auto& c) {
                        return c.accountId == e.accountId && c.field == u"tags" &&
                               c.clientValue.toArray().contains(e.marker);
                    });
                QVERIFY(conflict != b.conflicts.cend());
                QVERIFY(conflict->serverValue.isArray()); // both values, to choose from
            }
        }
        QVERIFY2(conflicted > 0, "the two clients did not edit the same account");
        server.stop();
    }
};

QTEST_GUILESS_MAIN(TestConvergence)
#include "tst_convergence.moc"
