#include "syncharness.h"

#include "app/localstore.h"
#include "app/storereader.h"

#include "core/wireformat.h"

#include <QAtomicInteger>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace Qt::StringLiterals;

namespace kontor::test {

namespace {

QAtomicInteger<int> connectionCounter;

// KONTOR_SYNC_DRIVER overrides the driver built with the harness (to run a long benchmark on
// a copy while the build tree changes).
QString driverBinary()
{
    return qEnvironmentVariable("KONTOR_SYNC_DRIVER", QStringLiteral(KONTOR_SYNC_DRIVER));
}

QString integrityOf(const QString& path)
{
    const QString name = u"harness-integrity-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1));
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open()) {
            result = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(u"PRAGMA integrity_check"_s))
                result = q.lastError().text();
            QStringList rows;
            while (q.next())
                rows.append(q.value(0).toString());
            if (result.isEmpty())
                result = rows.join(u"; "_s);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QSet<QString> asSet(const QStringList& list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

QSet<QUuid> contactIds(const core::Account& a)
{
    QSet<QUuid> out;
    for (const core::AccountContact& c : a.contacts)
        out.insert(c.existingContactId.value_or(c.contact.id));
    return out;
}

bool hasTag(const QJsonValue& tags, const QString& tag)
{
    for (const QJsonValue& t : tags.toArray()) {
        if (t.toString() == tag)
            return true;
    }
    return false;
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

QString HarnessServer::integrity() const
{
    if (m_database.backend() != Backend::Sqlite)
        return u"ok"_s; // PostgreSQL checks its pages itself (data checksums)
    return integrityOf(m_database.spec());
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

// --- Edit log ---

QList<LoggedEdit> readEditLog(const QString& path)
{
    QList<LoggedEdit> out;
    QHash<QString, qsizetype> byMarker;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray& raw : file.readAll().split('\n')) {
        const QStringList parts = QString::fromUtf8(raw).split(u' ', Qt::SkipEmptyParts);
        if (parts.size() < 2)
            continue;
        if (parts[0] == u"I" && parts.size() >= 4) {
            byMarker.insert(parts[1], out.size());
            out.append({parts[1], parts[2], QUuid::fromString(parts[3]), false, false});
        } else if (const auto it = byMarker.constFind(parts[1]); it != byMarker.cend()) {
            out[*it].saved |= parts[0] == u"D";
            out[*it].refused |= parts[0] == u"X";
        }
    }
    return out;
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

void HarnessClient::startEdits(quint64 seed, int edits, int paceMs, double rejectRate)
{
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_LOGGING_RULES"_s, u"kontor.*.info=false;kontor.*.debug=false"_s);
    m_process->setProcessEnvironment(env);
    m_process->setStandardOutputFile(m_logPath + u".out"_s, QIODevice::Append);
    m_process->setStandardErrorFile(m_logPath + u".out"_s, QIODevice::Append);
    m_process->start(driverBinary(),
                     {u"--store"_s, m_storePath, u"--server"_s, m_proxy->url().toString(),
                      u"--token"_s, m_token, u"--log"_s, m_logPath, u"--label"_s, m_label,
                      u"--seed"_s, QString::number(seed), u"--edits"_s, QString::number(edits),
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

bool HarnessClient::settle(const QUrl& server, int timeoutMs)
{
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_LOGGING_RULES"_s, u"kontor.*.info=false;kontor.*.debug=false"_s);
    m_process->setProcessEnvironment(env);
    m_process->setStandardOutputFile(m_logPath + u".out"_s, QIODevice::Append);
    m_process->setStandardErrorFile(m_logPath + u".out"_s, QIODevice::Append);
    m_process->start(driverBinary(),
                     {u"--store"_s, m_storePath, u"--server"_s, server.toString(), u"--token"_s,
                      m_token, u"--settle"_s, u"--timeout-ms"_s, QString::number(timeoutMs)});
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

ClientState readClientState(const QString& storePath)
{
    ClientState s;
    s.integrity = integrityOf(storePath);
    app::LocalStore store;
    if (!store.open(storePath))
        return s;
    QSqlQuery q(store.connection());
    q.exec(u"SELECT id FROM accounts"_s);
    QList<QUuid> ids;
    while (q.next())
        ids.append(QUuid::fromString(q.value(0).toString()));
    q.finish();
    for (const QUuid& id : ids) {
        if (std::optional<core::Account> a = store.account(id))
            s.accounts.insert(id, *a);
    }
    s.outbox = app::StoreReader(store.database()).outbox(1000000);
    s.conflicts = store.conflicts();
    s.drafts = store.drafts();
    for (const app::Draft& d : std::as_const(s.drafts)) {
        if (d.needsAttention)
            s.refusedAccounts.insert(d.id);
    }
    return s;
}

std::optional<QHash<QUuid, core::Account>> readServerAccounts(const QUrl& server,
                                                              const QString& token)
{
    ApiClient api(server);
    api.setToken(token);
    QHash<QUuid, core::Account> out;
    QString cursor;
    for (;;) {
        const Reply r = api.get(u"/api/v1/changes?limit=1000&since="_s + cursor);
        if (r.status != 200)
            return std::nullopt;
        core::Violations ignored;
        const core::ChangePage page = core::readChangePage(core::JsonReader(r.json, &ignored));
        for (const core::Change& c : page.changes) {
            if (c.entity != u"account")
                continue;
            if (c.deleted) {
                out.remove(c.id);
                continue;
            }
            core::Account a = core::readAccount(core::JsonReader(c.data, &ignored));
            a.id = c.id;
            out.insert(c.id, a);
        }
        if (!page.more)
            return out;
        cursor = page.cursor;
    }
}

// --- The checker ---

void CheckResult::add(const CheckResult& o)
{
    edits += o.edits;
    onServer += o.onServer;
    inConflicts += o.inConflicts;
    inDrafts += o.inDrafts;
    inOutbox += o.inOutbox;
    lost += o.lost;
    duplicated += o.duplicated;
    converged = converged && o.converged;
    problems += o.problems;
}

CheckResult checkInvariant(const QList<QList<LoggedEdit>>& logs, const QList<ClientState>& clients,
                           const QHash<QUuid, core::Account>& server)
{
    CheckResult r;
    // Where each marker is on the server: accounts by their contacts' last names (creates),
    // and by their tags (tag edits).
    QHash<QString, QList<QUuid>> created;
    QHash<QString, QList<QUuid>> tagged;
    for (const core::Account& a : server) {
        for (const core::AccountContact& c : a.contacts)
            created[c.contact.lastName].append(a.id);
        for (const QString& t : a.tags)
            tagged[t].append(a.id);
    }
    for (qsizetype k = 0; k < logs.size(); ++k) {
        const ClientState& client = clients.at(k);
        for (const LoggedEdit& e : logs.at(k)) {
            if (e.refused)
                continue; // the store said no: the user saw it was not saved
            const bool isCreate = e.kind == u"create";
            const QList<QUuid> found = (isCreate ? created : tagged).value(e.marker);
            // Where the client may still hold it.
            const bool queued = std::any_of(
                client.outbox.cbegin(), client.outbox.cend(), [&](const core::Operation& op) {
                    if (isCreate)
                        return op.kind == core::opkind::accountCreate &&
                               op.payload.value(u"id"_s).toString() == core::toWireId(e.accountId);
                    return op.kind == core::opkind::accountUpdate &&
                           hasTag(op.payload[u"fields"_s][u"tags"_s], e.marker);
                });
            const bool conflicted =
                !isCreate &&
                std::any_of(client.conflicts.cbegin(), client.conflicts.cend(),
                            [&](const app::FieldConflictItem& c) {
                                return c.accountId == e.accountId && c.field == u"tags" &&
                                       hasTag(c.clientValue, e.marker) && c.serverValue.isArray();
                            });
            const bool drafted =
                std::any_of(client.drafts.cbegin(), client.drafts.cend(), [&](const app::Draft& d) {
                    if (!d.needsAttention || d.id != e.accountId)
                        return false;
                    if (!isCreate)
                        return d.account.tags.contains(e.marker);
                    return std::any_of(d.account.contacts.cbegin(), d.account.contacts.cend(),
                                       [&](const core::AccountContact& c) {
                                           return c.contact.lastName == e.marker;
                                       });
                });
            // An edit the log does not confirm counts when the store shows it was saved.
            const auto local = client.accounts.constFind(e.accountId);
            const bool visible = local != client.accounts.cend() &&
                                 (isCreate ? true : local->tags.contains(e.marker));
            if (!e.saved && !visible && !queued && !drafted && !conflicted && found.isEmpty())
                continue; // killed before the store saved it: never an edit
            ++r.edits;
            if (found.size() > 1) {
                ++r.duplicated;
                r.problems.append(
                    u"%1 is %2 times on the server"_s.arg(e.marker).arg(found.size()));
            } else if (found.size() == 1 && found.first() != e.accountId) {
                ++r.lost;
                r.problems.append(u"%1 is on account %2, not %3"_s.arg(
                    e.marker, core::toWireId(found.first()), core::toWireId(e.accountId)));
            } else if (found.size() == 1) {
                ++r.onServer;
            } else if (conflicted) {
                ++r.inConflicts;
            } else if (drafted) {
                ++r.inDrafts;
            } else if (queued) {
                ++r.inOutbox;
            } else {
                ++r.lost;
                r.problems.append(u"%1 (%2 on %3, client %4) is lost"_s.arg(
                    e.marker, e.kind, core::toWireId(e.accountId), QString::number(k)));
            }
        }
    }
    // Convergence: every client shows the server's accounts (its own refused creates aside).
    for (qsizetype k = 0; k < clients.size(); ++k) {
        const ClientState& client = clients.at(k);
        if (client.integrity != u"ok") {
            r.problems.append(u"client %1 store: %2"_s.arg(k).arg(client.integrity));
        }
        QSet<QUuid> localIds;
        for (auto it = client.accounts.cbegin(); it != client.accounts.cend(); ++it) {
            if (!client.refusedAccounts.contains(it.key()))
                localIds.insert(it.key());
        }
        const QList<QUuid> serverIdList = server.keys();
        if (localIds != QSet<QUuid>(serverIdList.cbegin(), serverIdList.cend())) {
            r.converged = false;
            r.problems.append(u"client %1 has %2 accounts, the server %3"_s.arg(k)
                                  .arg(localIds.size())
                                  .arg(server.size()));
            continue;
        }
        for (const QUuid& id : localIds) {
            const core::Account& mine = client.accounts[id];
            const core::Account& theirs = server[id];
            if (asSet(mine.tags) != asSet(theirs.tags) || mine.name != theirs.name ||
                contactIds(mine) != contactIds(theirs)) {
                r.converged = false;
                r.problems.append(
                    u"client %1 differs from the server on %2"_s.arg(k).arg(core::toWireId(id)));
            }
        }
    }
    return r;
}

// --- Scenario ---

ScenarioResult runScenario(HarnessServer& server, const ScenarioConfig& config,
                           const QString& workDirectory)
{
    ScenarioResult result;
    QRandomGenerator random(config.seed);
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
