#include "syncharness.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace Qt::StringLiterals;

namespace kontor::test {

namespace {

// KONTOR_SYNC_DRIVER overrides the driver built with the harness (to run a long benchmark on
// a copy while the build tree changes).
QString driverBinary()
{
    return qEnvironmentVariable("KONTOR_SYNC_DRIVER", QStringLiteral(KONTOR_SYNC_DRIVER));
}

} // namespace

// --- Server ---

HarnessServer::HarnessServer(Backend backend)
    : m_database(backend)
{
}

bool HarnessServer::start()
{
    m_process = std::make_unique<ServerProcess>();
    return m_process->start(m_database.spec());
}

bool HarnessServer::killAndRestart()
{
    if (m_process && m_process->isRunning()) {
        ::kill(pid_t(m_process->pid()), SIGKILL);
        m_process->terminate();
    }
    return start();
}

void HarnessServer::stop()
{
    if (m_process)
        m_process->terminate();
    m_process.reset();
}

bool HarnessServer::copyDatabase(const QString& path) const
{
    if (m_database.backend() != Backend::Sqlite)
        return false;
    return execSql(m_database.spec(), u"VACUUM INTO '%1'"_s.arg(path));
}

QString HarnessServer::integrity() const
{
    if (m_database.backend() != Backend::Sqlite)
        return u"ok"_s; // PostgreSQL checks its pages itself (data checksums)
    return sqliteIntegrity(m_database.spec());
}

std::optional<HarnessFirm> makeFirm(HarnessServer& server, const QString& name, int clients,
                                    int sharedAccounts)
{
    HarnessFirm firm;
    firm.name = name;
    firm.email = u"inhaber-%1@kanzlei-harness.de"_s.arg(name.toLower().replace(u' ', u'-'));
    firm.password = u"harness-password"_s;
    if (!initFirm(server.databaseSpec(), {firm.name, firm.email, firm.password}))
        return std::nullopt;
    ApiClient api(server.url());
    for (int i = 0; i <= clients; ++i) {
        const QString token = api.signIn(firm.email, firm.password);
        if (token.isEmpty())
            return std::nullopt;
        if (i < clients)
            firm.clientTokens.append(token);
        else
            firm.checkerToken = token;
    }
    for (int i = 0; i < sharedAccounts; ++i) {
        const Reply r =
            api.post(u"/api/v1/accounts"_s, individualAccount(u"Geteilt"_s, u"Konto%1"_s.arg(i)));
        if (r.status != 201)
            return std::nullopt;
        firm.sharedAccounts.append(QUuid::fromString(r.json.value(u"id"_s).toString()));
    }
    return firm;
}

// --- Clients ---

HarnessClient::HarnessClient(QString label, const QString& directory, QString token,
                             quint16 upstream)
    : m_label(std::move(label))
    , m_storePath(QDir(directory).filePath(m_label + u".sqlite"_s))
    , m_logPath(QDir(directory).filePath(m_label + u".log"_s))
    , m_token(std::move(token))
    , m_proxy(std::make_unique<FaultProxy>())
{
    if (!m_proxy->listen())
        qFatal("the fault proxy cannot listen");
    m_proxy->setUpstream(upstream);
}

void HarnessClient::startDriver(const QStringList& arguments)
{
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The sync worker's answers per operation go to <label>.log.out, for a failed run.
    env.insert(u"QT_LOGGING_RULES"_s,
               u"kontor.*.info=false;kontor.*.debug=false;kontor.sync.debug=true"_s);
    m_process->setProcessEnvironment(env);
    m_process->setStandardOutputFile(m_logPath + u".out"_s, QIODevice::Append);
    m_process->setStandardErrorFile(m_logPath + u".out"_s, QIODevice::Append);
    m_process->start(driverBinary(),
                     QStringList{u"--store"_s, m_storePath, u"--token"_s, m_token} + arguments);
}

void HarnessClient::startEdits(quint64 seed, int edits, int paceMs, double rejectRate)
{
    startDriver({u"--server"_s, m_proxy->url().toString(), u"--log"_s, m_logPath, u"--label"_s,
                 m_label, u"--seed"_s, QString::number(seed), u"--edits"_s, QString::number(edits),
                 u"--pace-ms"_s, QString::number(paceMs), u"--reject-rate"_s,
                 QString::number(rejectRate)});
}

bool HarnessClient::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void HarnessClient::kill()
{
    if (!isRunning())
        return;
    ::kill(pid_t(m_process->processId()), SIGKILL);
    ++m_kills;
    waitFinished(10000);
}

bool HarnessClient::waitFinished(int timeoutMs)
{
    if (!m_process)
        return true;
    return QTest::qWaitFor([&] { return m_process->state() == QProcess::NotRunning; }, timeoutMs);
}

void HarnessClient::startSettle(const QUrl& server, int timeoutMs)
{
    startDriver({u"--server"_s, server.toString(), u"--settle"_s, u"--timeout-ms"_s,
                 QString::number(timeoutMs)});
}

bool HarnessClient::settle(const QUrl& server, int timeoutMs)
{
    startSettle(server, timeoutMs);
    if (!waitFinished(timeoutMs + 10000)) {
        m_process->kill();
        waitFinished(5000);
        m_lastError = u"the settling driver hung"_s;
        return false;
    }
    if (m_process->exitStatus() != QProcess::NormalExit || m_process->exitCode() != 0) {
        m_lastError = u"the settling driver ended with %1 (see %2.out)"_s.arg(m_process->exitCode())
                          .arg(m_logPath);
        return false;
    }
    return true;
}

// --- Scenario ---

ScenarioResult runScenario(HarnessServer& server, const ScenarioConfig& config,
                           const QString& workDirectory)
{
    ScenarioResult result;
    QRandomGenerator random(config.seed);
    // A run that could not restart the server leaves none: the next run starts one, so one
    // failure does not fail every run after it.
    if (!server.isRunning() && !server.start()) {
        result.check.problems.append(u"the server does not start"_s);
        return result;
    }
    const std::optional<HarnessFirm> firm =
        makeFirm(server, u"Lauf %1"_s.arg(config.seed), config.clients, config.sharedAccounts);
    if (!firm) {
        result.check.problems.append(u"cannot set up the firm"_s);
        return result;
    }
    QObject context; // timers of this run end with it
    std::vector<std::unique_ptr<HarnessClient>> clients;
    QList<int> restarts;
    for (int i = 0; i < config.clients; ++i) {
        clients.push_back(std::make_unique<HarnessClient>(QString(QChar(u'a' + i)), workDirectory,
                                                          firm->clientTokens.at(i), server.port()));
        FaultProxy& proxy = clients.back()->proxy();
        proxy.setRandomFaults(config.seed * 7919 + quint64(i), config.proxyFaultRate);
        const int latency = random.bounded(15);
        proxy.setLatency(std::chrono::milliseconds(0), std::chrono::milliseconds(latency));
        restarts.append(0);
    }
    const auto pointProxies = [&] {
        for (auto& c : clients)
            c->proxy().setUpstream(server.port());
    };
    const auto killServer = [&] {
        ++result.serverKills;
        if (!server.killAndRestart())
            result.check.problems.append(u"the server did not start again"_s);
        pointProxies();
    };
    // The server dies while a push is on its way (at most twice a run).
    bool serverKillPending = false;
    for (auto& c : clients) {
        c->proxy().onClientData = [&](const QByteArray& chunk) {
            if (!config.killServer || serverKillPending || result.serverKills >= 2 ||
                !chunk.startsWith("POST /api/v1/ops") || random.bounded(100) >= 15) {
                return;
            }
            serverKillPending = true;
            QTimer::singleShot(random.bounded(4), &context, [&] {
                killServer();
                serverKillPending = false;
            });
        };
    }
    const auto seedFor = [&](int client) {
        return config.seed * 1000 + quint64(client) * 100 + quint64(restarts[client]);
    };
    for (int i = 0; i < config.clients; ++i) {
        clients[i]->startEdits(seedFor(i), config.editsPerClient, config.paceMs, config.rejectRate);
    }

    // Chaos while the clients edit.
    QElapsedTimer elapsed;
    elapsed.start();
    const qint64 limit = 20000 + qint64(config.editsPerClient) * config.paceMs * 8;
    const auto anyRunning = [&] {
        return std::any_of(clients.cbegin(), clients.cend(),
                           [](const auto& c) { return c->isRunning(); });
    };
    while (anyRunning() && elapsed.elapsed() < limit) {
        QTest::qWait(20 + random.bounded(60));
        const int i = random.bounded(config.clients);
        HarnessClient& client = *clients[i];
        const int roll = random.bounded(1000);
        if (config.offlinePeriods && roll < 90) {
            // Offline for a while: connections refused, now and then swallowed.
            ++result.offlinePeriods;
            client.proxy().setMode(random.bounded(4) == 0 ? Fault::BlackHole : Fault::Reset);
            FaultProxy* proxy = &client.proxy();
            QTimer::singleShot(150 + random.bounded(550), &context,
                               [proxy] { proxy->setMode(Fault::None); });
        } else if (config.killClients && roll < 150 && client.isRunning() && restarts[i] < 3) {
            client.kill(); // kill -9 in the middle of whatever it did
            ++result.clientKills;
            ++restarts[i];
            client.startEdits(seedFor(i), config.editsPerClient / 2, config.paceMs,
                              config.rejectRate);
        } else if (config.killServer && roll < 170 && result.serverKills < 2) {
            killServer(); // not necessarily during a push
        } else if (config.proxyFaultRate > 0 && roll < 220) {
            client.proxy().resetAll();
        }
    }
    for (auto& c : clients) {
        if (c->isRunning()) {
            result.check.problems.append(u"client %1 did not finish its edits"_s.arg(c->label()));
            c->kill();
        }
    }

    // The faults heal; every client settles straight against the server, then the first ones
    // once more to pull what the later ones pushed.
    for (auto& c : clients) {
        c->proxy().setMode(Fault::None);
        c->proxy().setRandomFaults(0, 0);
        c->proxy().setLatency({}, {});
        c->proxy().onClientData = nullptr;
    }
    QTest::qWait(5); // a pending server kill runs now
    for (int round = 0; round < 2; ++round) {
        for (qsizetype i = 0; i < qsizetype(clients.size()) - round; ++i) {
            if (!clients[i]->settle(server.url())) {
                result.settled = false;
                result.check.problems.append(u"client %1 did not settle: %2"_s.arg(
                    clients[i]->label(), clients[i]->lastError()));
            }
        }
    }

    QList<QList<LoggedEdit>> logs;
    QList<ClientState> states;
    for (auto& c : clients) {
        logs.append(readEditLog(c->logPath()));
        states.append(readClientState(c->storePath()));
        result.proxyFaults += c->proxy().stats().faults();
    }
    result.faults =
        result.proxyFaults + result.offlinePeriods + result.clientKills + result.serverKills;
    const std::optional<QHash<QUuid, core::Account>> onServer =
        readServerAccounts(server.url(), firm->checkerToken);
    if (!onServer) {
        result.check.problems.append(u"cannot read the server's accounts"_s);
        return result;
    }
    result.check.add(checkInvariant(logs, states, *onServer));
    result.serverIntegrity = server.integrity();
    return result;
}

} // namespace kontor::test
