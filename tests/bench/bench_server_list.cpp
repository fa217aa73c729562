// Benchmark (1): the account list page (50 rows, a search term) at 50 concurrent connections on
// SQLite with 100,000 accounts (--short: 3,000 accounts, shorter runs), next to a trivial route
// (/api/v1/health) on the same server as the baseline. Target: ≥ 3,000 req/s, p95 ≤ 20 ms.
#include "loadgen.h"

#include "../server/serverfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace kontor::test;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(u"--short"_s);
    const int accounts = quick ? 3000 : 100000;
    const auto duration = std::chrono::milliseconds(quick ? 1500 : 10000);
    QTextStream out(stdout);

    TestDatabase db(Backend::Sqlite);
    QElapsedTimer timer;
    timer.start();
    const CommandResult demo =
        runServerCommand({u"demo"_s, u"--database"_s, db.spec(), u"--accounts"_s,
                          QString::number(accounts), u"--test-password-cost"_s});
    if (demo.exitCode != 0) {
        out << "demo failed (" << demo.exitCode << "): " << demo.err << "\n";
        return 1;
    }
    out << "setup: " << accounts << " demo accounts in " << timer.elapsed() << " ms\n";

    ServerProcess server;
    if (!server.start(db.spec(), {u"--threads"_s, u"3"_s, u"--io-threads"_s, u"1"_s})) {
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

    kontor::bench::runLoad(server.port(), "/api/v1/health", {}, 50,
                           std::chrono::milliseconds(300)); // warm-up
    const auto base = kontor::bench::runLoad(server.port(), "/api/v1/health", {}, 50, duration);
    const auto list = kontor::bench::runLoad(server.port(), listTarget, token, 50, duration);
    auto line = [&](const char* what, const kontor::bench::LoadResult& r) {
        out << QString::asprintf("%-34s %8.0f req/s   p50 %6.2f ms   p95 %6.2f ms   p99 %6.2f ms"
                                 "   (%ld requests, %ld failed)\n",
                                 what, r.requestsPerSecond, r.p50Ms, r.p95Ms, r.p99Ms, r.requests,
                                 r.failures);
    };
    out << "50 connections, " << duration.count() << " ms each, " << accounts << " accounts:\n";
    line("baseline GET /api/v1/health", base);
    line("GET /api/v1/accounts?q=…&limit=50", list);
    out << QString::asprintf("list/baseline throughput: %.2f   target: >= 3000 req/s and p95 <= "
                             "20 ms (%s)\n",
                             list.requestsPerSecond / std::max(1.0, base.requestsPerSecond),
                             list.requestsPerSecond >= 3000 && list.p95Ms <= 20 ? "met" : "missed");
    out.flush();
    const int exit = server.terminate();
    return (base.failures == 0 && list.failures == 0 && exit == 0) ? 0 : 1;
}
