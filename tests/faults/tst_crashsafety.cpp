// kill -9 of the client (kontor-sync-driver) at random moments while it edits and syncs, and of
// the server while a push is on its way: afterwards every store passes PRAGMA integrity_check
// and the invariant holds: every edit the client saw saved is on the server exactly once, or in
// its conflict list, or in a draft that needs attention, or still in its outbox. The seed is
// printed; KONTOR_HARNESS_SEED=<seed> replays a run.

#include "syncharness.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace kontor::test;

namespace {

quint64 seedFromEnvironment()
{
    bool ok = false;
    const quint64 seed = qEnvironmentVariable("KONTOR_HARNESS_SEED").toULongLong(&ok);
    return ok ? seed : QRandomGenerator::global()->bounded(1, 1000000);
}

QString describe(const CheckResult& r)
{
    return u"edits %1: on the server %2, conflicts %3, drafts %4, outbox %5; lost %6, "
           "duplicated %7; %8"_s.arg(r.edits)
               .arg(r.onServer)
               .arg(r.inConflicts)
               .arg(r.inDrafts)
               .arg(r.inOutbox)
               .arg(r.lost)
               .arg(r.duplicated)
               .arg(r.problems.join(u"; "_s));
}

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT

    std::unique_ptr<HarnessServer> m_server;
    quint64 m_seed = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_seed = seedFromEnvironment();
        qInfo("seed %llu (replay: KONTOR_HARNESS_SEED=%llu)", m_seed, m_seed);
        m_server = std::make_unique<HarnessServer>(Backend::Sqlite);
        QVERIFY2(m_server->isValid(), qPrintable(m_server->error()));
        QVERIFY(m_server->start());
    }

    void clientKilledWhileEditingAndSyncingLosesNothing()
    {
        QRandomGenerator random(m_seed);
        const std::optional<HarnessFirm> firm =
            makeFirm(*m_server, u"Absturz %1"_s.arg(m_seed), 1, 2);
        QVERIFY(firm);
        QTemporaryDir dir;
        dir.setAutoRemove(!qEnvironmentVariableIsSet("KONTOR_HARNESS_KEEP"));
        qInfo("client files in %s", qPrintable(dir.path()));
        HarnessClient client(u"a"_s, dir.path(), firm->clientTokens[0], m_server->port());
        client.proxy().setRandomFaults(m_seed, 0.1); // cut and reset answers now and then
        for (int round = 0; round < 8; ++round) {
            client.startEdits(m_seed * 100 + quint64(round), 150, 10, 0.1);
            QTest::qWait(60 + random.bounded(500)); // inside an edit, a push or a pull
            client.kill();
            // The file a kill -9 left behind is whole.
            QCOMPARE(readClientState(client.storePath()).integrity, u"ok"_s);
        }
        QCOMPARE(client.kills(), 8);
        QVERIFY2(client.settle(m_server->url()), qPrintable(client.lastError()));
        const ClientState state = readClientState(client.storePath());
        QCOMPARE(state.integrity, u"ok"_s);
        QVERIFY(state.outbox.isEmpty());
        const std::optional<QHash<QUuid, kontor::core::Account>> server =
            readServerAccounts(m_server->url(), firm->checkerToken);
        QVERIFY(server);
        const CheckResult r = checkInvariant({readEditLog(client.logPath())}, {state}, *server);
        qInfo("%s", qPrintable(describe(r)));
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QVERIFY(r.edits > 0);
        QVERIFY(r.onServer > 0);
    }

    void serverKilledDuringAPushLosesNothing()
    {
        QRandomGenerator random(m_seed + 1);
        const std::optional<HarnessFirm> firm =
            makeFirm(*m_server, u"Serverabsturz %1"_s.arg(m_seed), 1, 2);
        QVERIFY(firm);
        QTemporaryDir dir;
        HarnessClient client(u"a"_s, dir.path(), firm->clientTokens[0], m_server->port());
        int kills = 0;
        bool pending = false;
        QObject context;
        client.proxy().onClientData = [&](const QByteArray& chunk) {
            if (pending || kills >= 4 || !chunk.startsWith("POST /api/v1/ops"))
                return;
            pending = true;
            // The server dies while it applies the push, or just before it answers.
            QTimer::singleShot(random.bounded(3), &context, [&] {
                ++kills;
                QVERIFY(m_server->killAndRestart());
                client.proxy().setUpstream(m_server->port());
                QCOMPARE(m_server->integrity(), u"ok"_s);
                pending = false;
            });
        };
        client.startEdits(m_seed * 100 + 50, 60, 15, 0);
        QVERIFY(client.waitFinished(120000));
        client.proxy().onClientData = nullptr;
        QTest::qWait(10);
        QVERIFY2(kills > 0, "no push came while the client edited");
        QVERIFY2(client.settle(m_server->url()), qPrintable(client.lastError()));
        const ClientState state = readClientState(client.storePath());
        const std::optional<QHash<QUuid, kontor::core::Account>> server =
            readServerAccounts(m_server->url(), firm->checkerToken);
        QVERIFY(server);
        const CheckResult r = checkInvariant({readEditLog(client.logPath())}, {state}, *server);
        qInfo("server killed %d times; %s", kills, qPrintable(describe(r)));
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        // One client and no refusals: no conflicts, no drafts that need attention; drafts not
        // yet created are still drafts.
        QCOMPARE(r.onServer + r.inDrafts, r.edits);
        QCOMPARE(r.inConflicts, 0);
        QCOMPARE(m_server->integrity(), u"ok"_s);
    }

    void firstSyncResumesFromTheStoredCursorAfterAKill()
    {
        // A long first sync, killed after some pages: the next start asks for the changes
        // after the cursor it stored with the last page, not from the beginning.
        const CommandResult demo =
            runServerCommand({u"demo"_s, u"--database"_s, m_server->databaseSpec(), u"--accounts"_s,
                              u"1500"_s, u"--test-password-cost"_s});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        ApiClient api(m_server->url());
        const QString token = api.signIn(u"inhaberin@kanzlei-demo.de"_s, u"kontor-demo"_s);
        QVERIFY(!token.isEmpty());
        QTemporaryDir dir;
        HarnessClient client(u"r"_s, dir.path(), token, m_server->port());
        QList<QByteArray> pulls;
        client.proxy().onClientData = [&](const QByteArray& chunk) {
            if (chunk.startsWith("GET /api/v1/changes"))
                pulls.append(chunk.left(chunk.indexOf(' ', 4) + 1).mid(4));
        };
        client.startSettle(client.proxy().url());
        QVERIFY(QTest::qWaitFor([&] { return pulls.size() >= 3; }, 30000));
        client.kill();
        const QString cursor = [&] {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"resume"_s);
            db.setDatabaseName(client.storePath());
            QString value;
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(u"SELECT value FROM meta WHERE key = 'sync_cursor'"_s) && q.next())
                    value = q.value(0).toString();
            }
            return value;
        }();
        QSqlDatabase::removeDatabase(u"resume"_s);
        QVERIFY(!cursor.isEmpty()); // pages were committed before the kill
        const qsizetype before = pulls.size();
        client.startSettle(client.proxy().url());
        QVERIFY(client.waitFinished(60000));
        QVERIFY(pulls.size() > before);
        qInfo("pulls before the kill: %s; after: %s", pulls.mid(0, before).join(' ').constData(),
              pulls.mid(before).join(' ').constData());
        QVERIFY2(pulls[before].contains(QByteArray("since=" + cursor.toUtf8())),
                 pulls[before].constData());
        const ClientState state = readClientState(client.storePath());
        QCOMPARE(state.integrity, u"ok"_s);
        QCOMPARE(state.accounts.size(), 1500);
    }

    void cleanupTestCase()
    {
        if (m_server)
            m_server->stop();
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
