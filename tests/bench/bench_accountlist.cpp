// The account list at scale: AccountListModel over the local store next to an in-memory table
// model with QSortFilterProxyModel over the same rows, each measured in its own process (so
// resident memory is its own): start to a usable list, search as you type, scrolling steps,
// memory. Targets (issue 5): search p95 ≤ 50 ms, scroll p99 ≤ 16 ms, ≤ 200 MB, start ≤ 1 s.
//
//   bench_accountlist                    1,000,000 accounts
//   bench_accountlist --short            20,000 accounts (CI)
//   bench_accountlist --store FILE       keeps the generated store in FILE and reuses it

#include "accountgenerator.h"

#include "app/accountlistmodel.h"
#include "app/localstore.h"
#include "app/searchtext.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace kontor;

namespace {

constexpr int viewportRows = 40;
const QStringList typed = {u"müller"_s,     u"schmidt"_s, u"bäckerei"_s, u"hans m"_s,
                           u"weber gmbh"_s, u"öztürk"_s,  u"anna.sch"_s, u"0351"_s};

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype i =
        std::clamp<qsizetype>(qsizetype(std::ceil(p * double(v.size()))) - 1, 0, v.size() - 1);
    return v.at(i);
}

qint64 residentPeakKb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

// What a view does for one screen: every cell's text plus the roles a delegate asks for.
int readViewport(const QAbstractItemModel& m, int first)
{
    int touched = 0;
    const int last = std::min(m.rowCount(), first + viewportRows);
    for (int r = first; r < last; ++r) {
        for (int c = 0; c < m.columnCount(); ++c) {
            const QModelIndex i = m.index(r, c);
            touched += i.data(Qt::DisplayRole).toString().size() > 0;
            touched += i.data(Qt::UserRole + 1).isValid();
        }
    }
    return touched;
}

// --- The baseline: every row in memory, QSortFilterProxyModel filtering ---

struct MemoryRow {
    QString name, type, tags, members, portal, sync, search;
};

class MemoryModel : public QAbstractTableModel {
public:
    std::vector<MemoryRow> rows;
    int rowCount(const QModelIndex& p = {}) const override
    {
        return p.isValid() ? 0 : int(rows.size());
    }
    int columnCount(const QModelIndex& p = {}) const override { return p.isValid() ? 0 : 7; }
    QVariant data(const QModelIndex& i, int role) const override
    {
        if (role != Qt::DisplayRole)
            return role == Qt::UserRole + 1 ? QVariant(i.row()) : QVariant();
        const MemoryRow& r = rows[size_t(i.row())];
        const QString* cols[] = {&r.name,   &r.type, &r.tags,  &r.members,
                                 &r.portal, &r.sync, &r.search};
        return *cols[i.column()];
    }
};

// --- One side measured in a child process; prints one JSON object ---

struct Side {
    virtual ~Side() = default;
    virtual QAbstractItemModel& model() = 0;
    virtual void search(const QString& text) = 0;
};

struct KontorSide : Side {
    app::LocalStore store;
    std::unique_ptr<app::AccountListModel> list;
    explicit KontorSide(const QString& path)
    {
        if (!store.open(path))
            qFatal("cannot open the store");
        list = std::make_unique<app::AccountListModel>(&store);
    }
    QAbstractItemModel& model() override { return *list; }
    void search(const QString& text) override { list->setSearchText(text); }
};

struct BaselineSide : Side {
    MemoryModel memory;
    QSortFilterProxyModel proxy;
    explicit BaselineSide(const QString& path)
    {
        app::Database db;
        if (!db.open(path))
            qFatal("cannot open the store");
        QHash<QString, QString> memberNames;
        QSqlQuery q(db.db());
        q.setForwardOnly(true);
        q.exec(u"SELECT id, name FROM team_members"_s);
        while (q.next())
            memberNames.insert(q.value(0).toString(), q.value(1).toString());
        // The same rows and text the list shows, in list order, searchable by folded text.
        q.exec(u"SELECT a.name, a.type, a.tags, a.team_member_ids, a.portal_status,"
               " f.account || ' ' || f.contacts FROM accounts a"
               " JOIN accounts_fts f ON f.rowid = a.rid ORDER BY a.sort_key, a.rid"_s);
        while (q.next()) {
            QStringList members;
            for (const QJsonValue& v :
                 QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array())
                members.append(memberNames.value(v.toString()));
            QStringList tags;
            for (const QJsonValue& v :
                 QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array())
                tags.append(v.toString());
            memory.rows.push_back(
                {q.value(0).toString(), q.value(1).toInt() ? u"Company"_s : u"Individual"_s,
                 tags.join(u", "_s), members.join(u", "_s), QString::number(q.value(4).toInt()),
                 u"synchronised"_s, app::foldText(q.value(5).toString())});
        }
        proxy.setSourceModel(&memory);
        proxy.setFilterKeyColumn(6);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    }
    QAbstractItemModel& model() override { return proxy; }
    void search(const QString& text) override { proxy.setFilterFixedString(app::foldText(text)); }
};

int measure(const QString& which, const QString& path)
{
    std::unique_ptr<Side> side;
    if (which == u"kontor")
        side = std::make_unique<KontorSide>(path);
    else
        side = std::make_unique<BaselineSide>(path);
    QAbstractItemModel& m = side->model();
    if (readViewport(m, 0) == 0)
        qFatal("the list is empty");
    printf("ready\n");
    fflush(stdout);
    const int rows = m.rowCount();
    QElapsedTimer t;

    QList<double> keystrokes;
    for (const QString& word : typed) {
        for (qsizetype n = 1; n <= word.size(); ++n) {
            t.start();
            side->search(word.left(n));
            readViewport(m, 0);
            keystrokes.append(ms(t.nsecsElapsed()));
        }
        side->search({});
    }

    QList<double> sequential;
    for (int step = 0, row = 0; step < 400; ++step, row += 3) {
        t.start();
        readViewport(m, row);
        sequential.append(ms(t.nsecsElapsed()));
    }
    QRandomGenerator rng(11);
    QList<double> random;
    for (int step = 0; step < 400; ++step) {
        const int row = rng.bounded(std::max(1, rows - viewportRows));
        t.start();
        readViewport(m, row);
        random.append(ms(t.nsecsElapsed()));
    }
    side->search(u"m"_s);
    const int filteredRows = m.rowCount();
    QList<double> filtered;
    for (int step = 0; step < 200; ++step) {
        const int row = rng.bounded(std::max(1, filteredRows - viewportRows));
        t.start();
        readViewport(m, row);
        filtered.append(ms(t.nsecsElapsed()));
    }

    const QJsonObject out{{u"rows"_s, rows},
                          {u"search_p50"_s, percentile(keystrokes, 0.50)},
                          {u"search_p95"_s, percentile(keystrokes, 0.95)},
                          {u"search_max"_s, percentile(keystrokes, 1.0)},
                          {u"scroll_seq_p99"_s, percentile(sequential, 0.99)},
                          {u"scroll_random_p99"_s, percentile(random, 0.99)},
                          {u"scroll_filtered_p99"_s, percentile(filtered, 0.99)},
                          {u"filtered_rows"_s, filteredRows},
                          {u"rss_peak_mb"_s, double(residentPeakKb()) / 1024.0}};
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}

struct Result {
    QJsonObject figures;
    double startMs = 0;
};

// Runs one side in a child process; "start" is from spawning to its first screen of rows.
Result runChild(const QString& which, const QString& path)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer t;
    t.start();
    child.start(QCoreApplication::applicationFilePath(), {u"--measure"_s, which, path});
    Result r;
    QByteArray out;
    while (child.state() != QProcess::NotRunning || child.bytesAvailable() > 0) {
        child.waitForReadyRead(100);
        while (child.canReadLine()) {
            const QByteArray line = child.readLine().trimmed();
            if (line == "ready")
                r.startMs = ms(t.nsecsElapsed());
            else if (line.startsWith('{'))
                r.figures = QJsonDocument::fromJson(line).object();
        }
        if (child.state() == QProcess::NotRunning && !child.canReadLine())
            break;
    }
    child.waitForFinished(-1);
    if (child.exitCode() != 0 || r.figures.isEmpty())
        qFatal("the %s measurement failed", qPrintable(which));
    return r;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == u"--measure")
        return measure(args.at(2), args.at(3));

    const bool shortRun = args.contains(u"--short"_s);
    const int accounts = shortRun ? 20000 : 1000000;
    QTemporaryDir dir;
    const qsizetype storeArg = args.indexOf(u"--store"_s);
    const QString path = storeArg > 0 && storeArg + 1 < args.size()
                             ? args.at(storeArg + 1)
                             : dir.filePath(u"bench.sqlite"_s);
    if (!QFile::exists(path)) {
        QElapsedTimer t;
        t.start();
        if (!bench::generateAccounts(path, accounts))
            qFatal("generating the accounts failed");
        printf("generated %d accounts in %.1f s (prepared statements, one transaction, FTS "
               "after)\n",
               accounts, double(t.elapsed()) / 1000.0);
        fflush(stdout);
    }
    if (args.contains(u"--generate-only"_s))
        return 0;

    const Result ours = runChild(u"kontor"_s, path);
    const Result base = runChild(u"baseline"_s, path);
    const auto f = [](const Result& r, const char* key) {
        return r.figures[QLatin1StringView(key)].toDouble();
    };
    if (f(ours, "rows") != accounts || f(base, "rows") != accounts ||
        f(ours, "filtered_rows") <= 0) {
        qFatal("the models do not show all accounts");
    }

    struct Line {
        const char* what;
        double ours, base, target;
        const char* unit;
    };
    const Line lines[] = {
        {"start to a usable list", ours.startMs, base.startMs, 1000, "ms"},
        {"search keystroke p50", f(ours, "search_p50"), f(base, "search_p50"), 0, "ms"},
        {"search keystroke p95", f(ours, "search_p95"), f(base, "search_p95"), 50, "ms"},
        {"search keystroke max", f(ours, "search_max"), f(base, "search_max"), 0, "ms"},
        {"scroll step p99 (sequential)", f(ours, "scroll_seq_p99"), f(base, "scroll_seq_p99"), 16,
         "ms"},
        {"scroll step p99 (random)", f(ours, "scroll_random_p99"), f(base, "scroll_random_p99"), 16,
         "ms"},
        {"scroll step p99 (filtered, random)", f(ours, "scroll_filtered_p99"),
         f(base, "scroll_filtered_p99"), 16, "ms"},
        {"resident memory (peak)", f(ours, "rss_peak_mb"), f(base, "rss_peak_mb"), 200, "MB"},
    };
    printf("\n%d accounts, viewport %d rows x 6 columns\n", accounts, viewportRows);
    printf("%-36s %14s %22s %10s\n", "", "AccountListModel", "QSortFilterProxyModel", "target");
    // The full run holds the targets. The short run in CI shares two cores with other tests, so
    // a p99 of a few hundred samples can catch a scheduling hiccup: it fails only on a gross
    // miss (an algorithmic regression), and prints every figure either way.
    const double tolerance = shortRun ? 3.0 : 1.0;
    bool ok = true;
    for (const Line& l : lines) {
        const bool met = l.target <= 0 || l.ours <= l.target;
        ok = ok && (l.target <= 0 || l.ours <= l.target * tolerance);
        char target[32] = "";
        if (l.target > 0)
            snprintf(target, sizeof target, "<= %.0f %s", l.target, l.unit);
        printf("%-36s %11.2f %-2s %19.2f %-2s %10s %s\n", l.what, l.ours, l.unit, l.base, l.unit,
               target, met ? "" : "MISSED");
    }
    return ok ? 0 : 1;
}
