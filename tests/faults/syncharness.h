#pragma once

// The "nothing lost" harness of issue 6: the real kontor-server on loopback, desktop clients as
// kontor-sync-driver processes (the app layer without widgets) that make random edits and sync
// through a FaultProxy each, faults and kill -9 of clients and server, then a checker that
// compares every client's edit log with the server's final state: each edit the client saved is
// on the server exactly once, or in that client's conflict list with both values, or in a
// draft that needs attention, or still in its outbox.

#include "faultproxy.h"
#include "invariantcheck.h"

#include "../server/serverfixture.h"

#include <QProcess>

#include <memory>

namespace kontor::test {

/// The kontor-server process of a harness, restartable and killable (kill -9).
class HarnessServer {
public:
    explicit HarnessServer(Backend backend);
    bool isValid() const { return m_database.isValid(); }
    const QString& error() const { return m_database.error(); }
    const QString& databaseSpec() const { return m_database.spec(); }
    Backend backend() const { return m_database.backend(); }

    bool start();
    bool isRunning() const { return m_process && m_process->isRunning(); }
    /// kill -9, then start again (on another port: point the proxies there).
    bool killAndRestart();
    void stop();
    quint16 port() const { return m_process ? m_process->port() : 0; }
    QUrl url() const { return m_process ? m_process->baseUrl() : QUrl(); }
    /// A copy of a SQLite database at @p path (for the report of a failed run).
    bool copyDatabase(const QString& path) const;
    /// PRAGMA integrity_check of a SQLite database ("ok"); PostgreSQL is not checked here.
    QString integrity() const;

private:
    TestDatabase m_database;
    std::unique_ptr<ServerProcess> m_process;
};

/// A firm of its own for one run: the owner's tokens for the clients and the checker, and
/// accounts every client sees from the start (so two clients edit the same ones).
struct HarnessFirm {
    QString name;
    QString email;
    QString password;
    QStringList clientTokens;
    QString checkerToken;
    QList<QUuid> sharedAccounts;
};
std::optional<HarnessFirm> makeFirm(HarnessServer& server, const QString& name, int clients,
                                    int sharedAccounts);

/// A desktop client: its store file, its edit log, its proxy, its driver process.
class HarnessClient {
public:
    HarnessClient(QString label, const QString& directory, QString token, quint16 upstream);
    FaultProxy& proxy() { return *m_proxy; }
    const QString& storePath() const { return m_storePath; }
    const QString& logPath() const { return m_logPath; }
    const QString& label() const { return m_label; }

    /// Starts a driver that makes @p edits random edits (seeded) through the proxy.
    void startEdits(quint64 seed, int edits, int paceMs, double rejectRate);
    bool isRunning() const;
    void kill();
    /// Waits (running the event loop, so proxies keep working) until the driver exits.
    bool waitFinished(int timeoutMs);
    /// Starts a driver in settle mode against @p server (the server's URL or the proxy's).
    void startSettle(const QUrl& server, int timeoutMs = 30000);
    /// Runs a driver in settle mode straight to @p server (no faults): true when quiet.
    bool settle(const QUrl& server, int timeoutMs = 30000);
    int kills() const { return m_kills; }
    QString lastError() const { return m_lastError; }

private:
    void startDriver(const QStringList& arguments);

    QString m_label;
    QString m_storePath;
    QString m_logPath;
    QString m_token;
    std::unique_ptr<FaultProxy> m_proxy;
    std::unique_ptr<QProcess> m_process;
    int m_kills = 0;
    QString m_lastError;
};

/// One randomised scenario: clients edit and sync through faulty proxies, are killed and
/// restarted, the server is killed during pushes and restarted, then the faults heal, every
/// client settles and the checker judges.
struct ScenarioConfig {
    quint64 seed = 1;
    int clients = 2;
    int editsPerClient = 20;
    int paceMs = 60;
    int sharedAccounts = 3;
    double rejectRate = 0.08;
    double proxyFaultRate = 0.15; ///< per connection / per answer chunk
    bool offlinePeriods = true;
    bool killClients = true;
    bool killServer = true;
};

struct ScenarioResult {
    CheckResult check;
    int faults = 0;      ///< proxy faults + offline periods + kills
    int proxyFaults = 0; ///< resets, cut answers, black holes
    int clientKills = 0;
    int serverKills = 0;
    int offlinePeriods = 0;
    QString serverIntegrity;
    bool settled = true;
    bool ok() const { return check.ok() && settled && serverIntegrity == u"ok"; }
};

ScenarioResult runScenario(HarnessServer& server, const ScenarioConfig& config,
                           const QString& workDirectory);

} // namespace kontor::test
