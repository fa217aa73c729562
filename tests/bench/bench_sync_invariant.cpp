// The "nothing lost" invariant of issue 6 over randomised runs: two desktop clients
// (kontor-sync-driver processes) edit and sync through fault-injecting proxies (latency, cut
// answers, resets, black holes, offline periods), are killed with kill -9 and restarted, the
// server is killed during pushes and restarted; then the faults heal, the clients settle and a
// checker compares their edit logs with the server's final state. Printed: runs, edits, faults
// injected, lost, duplicated, next to a fault-free baseline measured in the same run. Fails on
// any lost or duplicated edit, divergence or damaged store.
//
//   bench_sync_invariant --short          CI: 24 runs
//   bench_sync_invariant [--runs N]       default 1000 runs
//   bench_sync_invariant --seed S         replays the run with seed S (printed for each run)
//   … --no-faults                         the baseline's runs (as the replay hint says)
//   KONTOR_TEST_BACKEND=postgres          against PostgreSQL (inside scripts/test-services.sh)

#include "../faults/syncharness.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace kontor::test;

namespace {

struct Totals {
    int runs = 0;
    int failed = 0;
    int faults = 0;
    int proxyFaults = 0;
    int offlinePeriods = 0;
    int clientKills = 0;
    int serverKills = 0;
    CheckResult check;
    qint64 ms = 0;
};

void print(const char* label, const Totals& t)
{
    std::printf("%-22s runs %5d  edits %6d  faults injected %6d  lost %d  duplicated %d  "
                "failed runs %d  %.1f s\n"
                "%-22s faults: proxy %d, offline periods %d, client kill -9 %d, server kill -9 %d;"
                " edits: on the server %d, in conflicts %d, in drafts %d, in the outbox %d\n",
                label, t.runs, t.check.edits, t.faults, t.check.lost, t.check.duplicated, t.failed,
                double(t.ms) / 1000, "", t.proxyFaults, t.offlinePeriods, t.clientKills,
                t.serverKills, t.check.onServer, t.check.inConflicts, t.check.inDrafts,
                t.check.inOutbox);
}

bool runOne(HarnessServer& server, const ScenarioConfig& config, Totals& totals, bool verbose)
{
    QTemporaryDir dir;
    QElapsedTimer t;
    t.start();
    const ScenarioResult r = runScenario(server, config, dir.path());
    totals.ms += t.elapsed();
    ++totals.runs;
    totals.faults += r.faults;
    totals.proxyFaults += r.proxyFaults;
    totals.offlinePeriods += r.offlinePeriods;
    totals.clientKills += r.clientKills;
    totals.serverKills += r.serverKills;
    totals.check.add(r.check);
    if (verbose || !r.ok()) {
        QString details;
        if (!r.ok()) {
            details = u"\n  "_s + r.check.problems.join(u"\n  "_s) + u"\n  server: "_s +
                      r.serverIntegrity +
                      u"\n  replay: bench_sync_invariant --seed %1%2"_s.arg(
                          QString::number(config.seed),
                          config.killServer ? QString() : u" --no-faults"_s);
        }
        std::printf("run seed %llu: edits %d, faults %d, lost %d, duplicated %d, %s in %lld ms%s\n",
                    config.seed, r.check.edits, r.faults, r.check.lost, r.check.duplicated,
                    r.ok() ? "ok" : "FAILED", t.elapsed(), qPrintable(details));
        std::fflush(stdout);
    }
    if (!r.ok()) {
        ++totals.failed;
        dir.setAutoRemove(false); // the stores and edit logs, to see what happened
        server.copyDatabase(dir.filePath(u"server.sqlite"_s));
        std::printf("  kept in %s\n", qPrintable(dir.path()));
    }
    return r.ok();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption shortOpt(u"short"_s, u"CI mode: 24 runs"_s);
    const QCommandLineOption runsOpt(u"runs"_s, u"runs with faults"_s, u"n"_s, u"1000"_s);
    const QCommandLineOption seedOpt(u"seed"_s, u"replay one run"_s, u"seed"_s);
    const QCommandLineOption firstOpt(u"first-seed"_s, u"seed of the first run"_s, u"seed"_s);
    const QCommandLineOption noFaultsOpt(u"no-faults"_s, u"the baseline: no faults"_s);
    parser.addOptions({shortOpt, runsOpt, seedOpt, firstOpt, noFaultsOpt});
    parser.process(app);

    HarnessServer server(backendFromEnvironment());
    if (!server.isValid() || !server.start()) {
        std::fprintf(stderr, "cannot start kontor-server: %s\n", qPrintable(server.error()));
        return 2;
    }
    const bool shortMode = parser.isSet(shortOpt);
    ScenarioConfig base;
    if (shortMode)
        base.editsPerClient = 14;

    const auto withoutFaults = [](ScenarioConfig config) {
        config.proxyFaultRate = 0;
        config.offlinePeriods = config.killClients = config.killServer = false;
        return config;
    };
    if (parser.isSet(seedOpt)) {
        ScenarioConfig config = parser.isSet(noFaultsOpt) ? withoutFaults(base) : base;
        config.seed = parser.value(seedOpt).toULongLong();
        Totals one;
        const bool ok = runOne(server, config, one, true);
        print("replay", one);
        server.stop();
        return ok ? 0 : 1;
    }

    const int runs = shortMode ? 24 : parser.value(runsOpt).toInt();
    const quint64 first = parser.isSet(firstOpt)
                              ? parser.value(firstOpt).toULongLong()
                              : QRandomGenerator::global()->bounded(1, 1000000000);
    std::printf("%d runs from seed %llu on %s (%d edits per client)\n", runs, first,
                qPrintable(backendName(server.backend())), base.editsPerClient);
    std::fflush(stdout);

    if (parser.isSet(noFaultsOpt))
        base = withoutFaults(base);
    // Baseline: the same scenario without any fault, one run in ten.
    Totals baseline;
    for (int i = 0; i < std::max(2, runs / 10); ++i) {
        ScenarioConfig config = withoutFaults(base);
        config.seed = first + 5000000 + quint64(i);
        runOne(server, config, baseline, false);
    }
    Totals faulty;
    for (int i = 0; i < runs; ++i) {
        ScenarioConfig config = base;
        config.seed = first + quint64(i);
        runOne(server, config, faulty, false);
        if ((i + 1) % 100 == 0) {
            print("  so far", faulty);
            std::fflush(stdout);
        }
    }
    print("baseline (no faults)", baseline);
    print("with faults", faulty);
    const QString integrity = server.integrity();
    std::printf("server database integrity: %s\n", qPrintable(integrity));
    server.stop();
    const bool ok = baseline.failed == 0 && faulty.failed == 0 && integrity == u"ok" &&
                    faulty.check.edits > 0 && faulty.faults > 0;
    std::printf("%s\n", ok ? "PASS: 0 lost, 0 duplicated" : "FAIL");
    return ok ? 0 : 1;
}
