// Benchmark (1): the account list page (50 rows, a search term) at 50 concurrent connections on
// SQLite with 100,000 accounts (--short: 3,000 accounts, shorter runs), next to a trivial route
// (/api/v1/health) on the same server as the baseline. Target: ≥ 3,000 req/s, p95 ≤ 20 ms.
// Full runs print PASS/MISS against the target and the CPU each request cost the server, the
// generator's own CPU and the load average (the figures depend on what else the machine runs).
#include "loadgen.h"

#include "../server/serverfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace kontor::test;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(u"--short"_s);
    const int accounts = quick ? 3000 : 100000;
    const auto duration = std::chrono::milliseconds(quick ? 1500 : 10000);
    QTextStream out(stdout);

    // --database PATH reuses a database made by `kontor-server demo` (skips the setup).
    TestDatabase db(Backend::Sqlite);
    const qsizetype given = app.arguments().indexOf(u"--database"_s);
    const QString spec = given > 0 ? app.arguments().value(given + 1) : db.spec();
    QElapsedTimer timer;
    timer.start();
    const CommandResult demo =
        runServerCommand({u"demo"_s, u"--database"_s, spec, u"--accounts"_s,
                          QString::number(accounts), u"--test-password-cost"_s},
                         {}, 30 * 60 * 1000);
    if (demo.exitCode != 0) {
        out << "demo failed (" << demo.exitCode << "): " << demo.err << "\n";
        return 1;
    }
    out << "build: " << kontor::bench::buildType() << "\n";
    out << "setup: " << accounts << " demo accounts in " << timer.elapsed() << " ms\n";

    ServerProcess server;
    // --threads N: the server's handler threads (default 3; on the shared 2-core machine 2 and 3
    // measured the same within its noise, 2,300-3,100 req/s each).
    const qsizetype threadsAt = app.arguments().indexOf(u"--threads"_s);
    const QString threads = threadsAt > 0 ? app.arguments().value(threadsAt + 1) : u"3"_s;
    if (!server.start(spec, {u"--threads"_s, threads, u"--io-threads"_s, u"1"_s})) {
        out << "server did not start\n";
        return 1;
    }
    ApiClient api(server.baseUrl());
    const std::string token =
        api.signIn(u"inhaberin@kanzlei-demo.de"_s, u"kontor-demo"_s).toStdString();
    const std::string listTarget = "/api/v1/accounts?q=anna%20m%C3%BCl&limit=50";
    const Reply probe = api.get(QString::fromStdString(listTarget));
    if (token.empty() || probe.status != 200 || probe.items().isEmpty()) {
        out << "no results for the search: " << probe.status << " " << probe.body << "\n";
        return 1;
    }
    out << "search \"anna mül\": " << probe.items().size() << " rows on the first page\n";

    // Warm-up of both routes (connections, page caches, the search index), then the runs.
    kontor::bench::runLoad(server.port(), "/api/v1/health", {}, 50, std::chrono::milliseconds(300));
    kontor::bench::runLoad(server.port(), listTarget, token, 50, std::chrono::milliseconds(300));
    const double loadBefore = kontor::bench::loadAverage();
    struct Run {
        kontor::bench::LoadResult load;
        double serverCpu = 0;
    };
    auto measure = [&](const std::string& target, const std::string& bearer) {
        const double cpu = kontor::bench::processCpuSeconds(server.pid());
        Run run{kontor::bench::runLoad(server.port(), target, bearer, 50, duration), 0};
        run.serverCpu = kontor::bench::processCpuSeconds(server.pid()) - cpu;
        return run;
    };
    const Run base = measure("/api/v1/health", {});
    const Run list = measure(listTarget, token);
    const double loadAfter = kontor::bench::loadAverage();

    out << "machine: " << QThread::idealThreadCount() << " cores, load average "
        << QString::number(loadBefore, 'f', 2) << " before and "
        << QString::number(loadAfter, 'f', 2)
        << " after the runs (other work competes for the same cores)\n";
    out << "50 connections, " << duration.count() << " ms each, " << accounts
        << " accounts; the generator runs on one thread of this machine:\n";
    out << QString::asprintf("%-34s %8s %9s %9s %9s %16s %15s\n", "", "req/s", "p50", "p95", "p99",
                             "server CPU/req", "generator CPU");
    auto line = [&](const char* what, const Run& r) {
        const kontor::bench::LoadResult& l = r.load;
        out << QString::asprintf(
            "%-34s %8.0f %6.2f ms %6.2f ms %6.2f ms %13.0f us %10.0f %% core   (%ld requests, %ld "
            "failed)\n",
            what, l.requestsPerSecond, l.p50Ms, l.p95Ms, l.p99Ms,
            r.serverCpu * 1e6 / double(std::max(1L, l.requests)),
            100.0 * l.cpuSeconds / std::max(1e-9, l.seconds), l.requests, l.failures);
    };
    line("baseline GET /api/v1/health", base);
    line("GET /api/v1/accounts?q=…&limit=50", list);
    const bool fastEnough = list.load.requestsPerSecond >= 3000;
    const bool quickEnough = list.load.p95Ms <= 20;
    out << QString::asprintf(
        "list/baseline throughput: %.2f\n"
        "target >= 3000 req/s: %s (%.0f)   target p95 <= 20 ms: %s (%.2f ms)\n",
        list.load.requestsPerSecond / std::max(1.0, base.load.requestsPerSecond),
        fastEnough ? "PASS" : "MISS", list.load.requestsPerSecond, quickEnough ? "PASS" : "MISS",
        list.load.p95Ms);
    // What the cores could do for the server alone: a ceiling from the CPU each request cost,
    // not a measurement (it ignores contention and queueing), printed because other engineers'
    // builds share this machine.
    const double listCpu = list.serverCpu / double(std::max(1L, list.load.requests));
    const double generatorCores = list.load.cpuSeconds / std::max(1e-9, list.load.seconds);
    out << QString::asprintf(
        "ceiling if the machine were idle (estimate, not measured): (%d cores - %.2f for the "
        "generator) / %.0f us = %.0f req/s\n",
        QThread::idealThreadCount(), generatorCores, listCpu * 1e6,
        (QThread::idealThreadCount() - generatorCores) / std::max(1e-9, listCpu));
    out.flush();
    const int exit = server.terminate();
    // Full runs only report (PASS/MISS above). Short runs (CI, a debug build on a shared
    // machine) check correctness with generous bounds: every answer 2xx and no request stuck.
    bool ok =
        base.load.failures == 0 && list.load.failures == 0 && exit == 0 && list.load.requests > 0;
    if (quick && list.load.p99Ms > 5000) {
        out << "short run: list p99 above 5 s\n";
        ok = false;
    }
    return ok ? 0 : 1;
}
