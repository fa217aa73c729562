// Issue 7 benchmark, the import as a user runs it, on the same generated client list as
// bench_import (German Excel: Windows-1252, ';', CRLF, 12 columns; 1,000,000 rows, 20,000
// with --short):
//  1. preview (plan: read, interpret, group, compare with the store) and import (the run:
//     accounts, contacts, links, search index, one outbox operation per batch) into a fresh
//     local store, with wall time, CPU time and peak resident memory, printed next to the
//     baseline of a raw bulk insert of the same rows into SQLite (read with the CSV reader,
//     one prepared statement, one transaction). Targets: ≤ 60 s, ≤ 300 MB, raw/import ≥ 0.5.
//     Then the import undone ("Rückgängig machen"), next to the run's time.
//  2. 100,000 rows (--short: 2,000) imported and synced to a kontor-server on loopback
//     (SQLite): the time until everything is on the server, next to the local import.
// The run fails only when the results are wrong (counts, rows on the server), not on time.
// Options: --rows N (rows of the local import), --no-sync (leaves out 2.), --keep (keeps the
// temporary directory with the file and the stores, to inspect them, e.g. with dbstat).
#include "importgenerator.h"

#include "../server/serverfixture.h"

#include "app/database.h"
#include "app/import/importrunner.h"
#include "app/localstore.h"
#include "app/storewriter.h"
#include "app/syncengine.h"

#include "core/import/csvreader.h"
#include "core/wireformat.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace kontor;
using namespace kontor::bench;

namespace {

void print(const char* what, const Stage& stage, int rows)
{
    std::printf("%-44s %7.2f s (cpu %6.2f s)  %8.0f rows/s  peak RSS %6.1f MB\n", what,
                stage.seconds, stage.cpu, rows / stage.seconds, stage.peakMb);
}

qint64 count(QSqlDatabase& db, const QString& table)
{
    QSqlQuery q(db);
    return q.exec(u"SELECT count(*) FROM "_s + table) && q.next() ? q.value(0).toLongLong() : -1;
}

// The baseline: the file's rows read with the CSV reader and inserted as they are, one
// prepared statement, one transaction, the store's pragmas.
bool rawInsert(const QString& csv, const QString& path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
    db.setDatabaseName(path);
    bool ok = db.open();
    {
        QSqlQuery q(db);
        ok = ok && q.exec(u"PRAGMA journal_mode = WAL"_s) &&
             q.exec(u"PRAGMA synchronous = NORMAL"_s) &&
             q.exec(u"CREATE TABLE client_rows(c1 TEXT, c2 TEXT, c3 TEXT, c4 TEXT, c5 TEXT, c6 "
                    "TEXT, c7 TEXT, c8 TEXT, c9 TEXT, c10 TEXT, c11 TEXT, c12 TEXT)"_s) &&
             db.transaction() &&
             q.prepare(u"INSERT INTO client_rows VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        QFile file(csv);
        core::CsvReader reader(&file);
        ok = ok && file.open(QIODevice::ReadOnly) && reader.open();
        core::SourceRow row;
        while (ok && reader.next(row)) {
            for (int i = 0; i < 12; ++i)
                q.bindValue(i, row.values.value(i));
            ok = q.exec();
        }
        ok = ok && db.commit();
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(u"raw"_s);
    return ok;
}

// An account custom field "Mandantennummer" in the store, as a firm that imports client
// numbers has (the same mapping as bench_import).
bool addClientNumberField(app::Database& db)
{
    core::CustomFieldDefinition field;
    field.id = QUuid::createUuid();
    field.name = u"Mandantennummer"_s;
    field.scope = core::CustomFieldScope::Account;
    app::StoreTransaction tx(db);
    return tx.writer().applyChange({u"custom_field"_s, false, field.id, core::toJson(field)}) &&
           tx.commit();
}

int importBenchmark(const QString& dir, int rows)
{
    const QString csv = dir + u"/mandanten.csv"_s;
    const qint64 bytes = generateClientList(csv, rows);
    std::printf("bench_importrun: %d rows, %.1f MB (German Excel: windows-1252, ';', CRLF, 12 "
                "columns)\n",
                rows, bytes / 1e6);
    bool rawOk = false;
    const Stage raw = measure([&] { rawOk = rawInsert(csv, dir + u"/raw.sqlite"_s); });
    print("baseline: raw bulk insert (read + insert)", raw, rows);

    app::Database db;
    if (!db.open(dir + u"/store.sqlite"_s) || !addClientNumberField(db) || !rawOk)
        return 1;
    app::ImportSettings settings;
    settings.filePath = csv;
    app::PlanOptions options;
    options.cacheDirectory = dir;
    std::unique_ptr<app::ImportPlan> plan;
    app::ImportResult result;
    resetPeakMemory();
    const Stage preview = measure([&] {
        QString error;
        plan = app::ImportPlan::make(db, settings, options, &error);
        if (!plan)
            std::printf("planning failed: %s\n", qPrintable(error));
    });
    if (!plan)
        return 1;
    print("preview (plan: read, interpret, group, match)", preview, rows);
    const Stage run = measure([&] { result = app::importrun::run(db, *plan); });
    print("import (write accounts, contacts, outbox)", run, rows);
    const Stage both{preview.seconds + run.seconds, preview.cpu + run.cpu,
                     qMax(preview.peakMb, run.peakMb)};
    print("preview + import", both, rows);
    std::printf("ratio raw/import %.2f (target >= 0.50); %.1f s (target <= 60 s); peak %.0f MB "
                "(target <= 300 MB); plan cache %.0f MB on disk\n",
                raw.seconds / both.seconds, both.seconds, both.peakMb,
                plan->cache()->bytes() / 1e6);

    const app::ImportCounts& c = result.counts;
    std::printf("created %lld accounts, %lld contacts, %lld links; %lld skipped, %lld errors\n",
                c.accountsCreate, c.contactsCreate, c.link, c.skip, c.errorRows);
    QSqlDatabase& sql = db.db();
    const bool complete = result.status == app::ImportStatus::Done && c.errorRows == 0 &&
                          c.accountsCreate == plan->index().accountCount() &&
                          c.contactsCreate == plan->index().contactCount() &&
                          c.link == plan->index().linkCount() &&
                          count(sql, u"accounts"_s) == c.accountsCreate &&
                          count(sql, u"contacts"_s) == c.contactsCreate &&
                          count(sql, u"account_contacts"_s) == c.contactsCreate + c.link &&
                          count(sql, u"accounts_fts"_s) == c.accountsCreate;
    if (!complete) {
        std::printf("the import is incomplete\n");
        return 1;
    }

    // "Rückgängig machen" of the whole import, next to the run that wrote it.
    app::ImportResult undone;
    const Stage undo = measure([&] { undone = app::importrun::undo(db, plan->importId()); });
    print("undo (next to the import's run above)", undo, rows);
    const bool gone = undone.status == app::ImportStatus::Undone &&
                      count(sql, u"accounts"_s) == 0 && count(sql, u"contacts"_s) == 0 &&
                      count(sql, u"accounts_fts"_s) == 0 && count(sql, u"contacts_fts"_s) == 0;
    if (!gone)
        std::printf("the undo left rows behind\n");
    return gone ? 0 : 1;
}

int syncBenchmark(const QString& dir, int rows)
{
    const QString csv = dir + u"/sync.csv"_s;
    generateClientList(csv, rows);
    test::TestDatabase database(test::Backend::Sqlite);
    const test::TestFirm firm{u"Kanzlei Bench"_s, u"inhaber@bench.example"_s, u"bench-pass"_s};
    test::ServerProcess server;
    if (!database.isValid() || !test::initFirm(database.spec(), firm) ||
        !server.start(database.spec())) {
        std::printf("the server did not start\n");
        return 1;
    }
    test::ApiClient client(server.baseUrl());
    const QString token = client.signIn(firm.ownerEmail, firm.password);

    app::LocalStore store;
    if (token.isEmpty() || !store.open(dir + u"/sync-store.sqlite"_s))
        return 1;
    app::ImportSettings settings;
    settings.filePath = csv;
    app::PlanOptions options;
    options.cacheDirectory = dir;
    std::unique_ptr<app::ImportPlan> plan;
    app::ImportResult result;
    const Stage local = measure([&] {
        plan = app::ImportPlan::make(store.database(), settings, options, nullptr);
        if (plan)
            result = app::importrun::run(store.database(), *plan);
    });
    if (!plan || result.status != app::ImportStatus::Done)
        return 1;
    std::printf("sync: %d rows, %d outbox operations\n", rows, store.outboxCount());
    print("baseline: preview + import into the store", local, rows);

    app::SyncEngine::Options syncOptions;
    syncOptions.pollInterval = std::chrono::hours(1);
    app::SyncEngine sync(&store, syncOptions);
    QElapsedTimer timer;
    timer.start();
    const double cpu = cpuSeconds();
    // Waits for the sync's signals (progress after every answer, the end of the cycle), not
    // polling the outbox, which would take a processor from the sync thread and the server.
    QEventLoop waiting;
    std::optional<Stage> push;
    QObject::connect(&sync, &app::SyncEngine::progressChanged, &waiting, [&] {
        if (!push && store.outboxCount() == 0)
            push = Stage{timer.nsecsElapsed() / 1e9, cpuSeconds() - cpu, 0};
    });
    QObject::connect(&sync, &app::SyncEngine::cycleFinished, &waiting, [&](bool ok) {
        if (ok && push && store.outboxCount() == 0)
            waiting.quit();
    });
    QTimer::singleShot(std::chrono::minutes(30), &waiting, &QEventLoop::quit);
    sync.start(server.baseUrl(), token);
    waiting.exec();
    const Stage pulled{timer.nsecsElapsed() / 1e9, cpuSeconds() - cpu, 0};
    sync.stop();
    if (!push) {
        std::printf("the outbox did not empty\n");
        return 1;
    }
    print("sync until everything is on the server", *push, rows);
    print("... and the pull after it (the server's copy back)", pulled, rows);

    // Another computer of the firm signs in: its first sync pulls all of it.
    app::LocalStore other;
    if (!other.open(dir + u"/other-store.sqlite"_s))
        return 1;
    app::SyncEngine otherSync(&other, syncOptions);
    QEventLoop firstSync;
    QObject::connect(&otherSync, &app::SyncEngine::cycleFinished, &firstSync, &QEventLoop::quit);
    QTimer::singleShot(std::chrono::minutes(30), &firstSync, &QEventLoop::quit);
    timer.restart();
    const double otherCpu = cpuSeconds();
    otherSync.start(server.baseUrl(), token);
    firstSync.exec();
    otherSync.stop();
    print("first sync of another computer (all of it pulled)",
          {timer.nsecsElapsed() / 1e9, cpuSeconds() - otherCpu, 0}, rows);
    QSqlDatabase otherDb = other.connection();
    const qint64 onOther = count(otherDb, u"accounts"_s);

    qint64 onServer = -1;
    {
        QSqlDatabase serverDb = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"server"_s);
        serverDb.setDatabaseName(database.spec());
        if (serverDb.open())
            onServer = count(serverDb, u"accounts"_s);
        serverDb.close();
    }
    QSqlDatabase::removeDatabase(u"server"_s);
    std::printf("accounts on the server %lld of %lld, on the other computer %lld; sync issues "
                "%d\n",
                onServer, result.counts.accountsCreate, onOther, store.syncIssueCount());
    return onServer == result.counts.accountsCreate && onOther == onServer &&
                   store.syncIssueCount() == 0
               ? 0
               : 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // The baseline opens SQLite before any store does: the store's settings first, so both
    // insert with the same SQLite.
    app::Database::configureSqlite();
    const QStringList args = app.arguments();
    const bool shortRun = args.contains(u"--short"_s);
    const int rowsAt = int(args.indexOf(u"--rows"_s));
    const int rows = rowsAt > 0 ? args.value(rowsAt + 1).toInt() : shortRun ? 20'000 : 1'000'000;
    const int syncRows = shortRun ? 2'000 : 100'000;
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    if (args.contains(u"--keep"_s)) {
        dir.setAutoRemove(false);
        std::printf("keeping %s\n", qPrintable(dir.path()));
    }
    const int imported = importBenchmark(dir.path(), rows);
    const int synced = args.contains(u"--no-sync"_s) ? 0 : syncBenchmark(dir.path(), syncRows);
    return imported || synced ? 1 : 0;
}
