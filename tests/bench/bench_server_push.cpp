// Benchmark (2): a push of 100,000 account.create operations in batches of 1,000 (--short:
// 5,000) through POST /api/v1/ops on SQLite, against the baseline of a raw bulk insert of the
// same rows (accounts, contacts, links, team members, search index) into the same database
// with prepared statements in one transaction. Target: raw time / push time ≥ 0.3 (full runs
// print PASS/MISS, with the load average: the figures depend on what else the machine runs).
#include "loadgen.h"

#include "../server/serverfixture.h"

#include "storage/searchtext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace kontor::test;

namespace {

struct Row {
    QString accountId;
    QString contactId;
    QString first;
    QString last;
    QString email;
    QString phone; // E.164
};

Row rowOf(int i)
{
    static const QStringList firsts{u"Anna"_s,  u"Jürgen"_s, u"Sophie"_s, u"Lukas"_s,
                                    u"Marie"_s, u"Felix"_s,  u"Emma"_s,   u"Jonas"_s};
    static const QStringList lasts{u"Müller"_s, u"Schmidt"_s, u"Weiß"_s,  u"Krüger"_s,
                                   u"Becker"_s, u"Groß"_s,    u"Köhler"_s};
    return {QUuid::createUuid().toString(QUuid::WithoutBraces),
            QUuid::createUuid().toString(QUuid::WithoutBraces),
            firsts.at(i % firsts.size()),
            lasts.at(i % lasts.size()) + u'-' + QString::number(i),
            u"mandant%1@push.example"_s.arg(i),
            u"+49351%1"_s.arg(2000000 + i)};
}

QJsonObject operationOf(const Row& r)
{
    const QJsonObject contact{
        {u"id"_s, r.contactId},
        {u"first_name"_s, r.first},
        {u"last_name"_s, r.last},
        {u"email"_s, r.email},
        {u"phones"_s, QJsonArray{QJsonObject{{u"number"_s, r.phone}, {u"primary"_s, true}}}},
        {u"login"_s, false},
        {u"notify"_s, true},
        {u"email_sync"_s, false}};
    return {{u"op_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"kind"_s, u"account.create"_s},
            {u"payload"_s, QJsonObject{{u"id"_s, r.accountId},
                                       {u"type"_s, u"individual"_s},
                                       {u"contacts"_s, QJsonArray{contact}}}}};
}

// The same rows the server writes, straight into the tables, for another firm.
qint64 rawInsert(const QString& path, const QList<Row>& rows, QString* error)
{
    QElapsedTimer timer;
    qint64 elapsed = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        if (!db.open()) {
            *error = db.lastError().text();
            return -1;
        }
        QSqlQuery q(db);
        q.exec(u"PRAGMA journal_mode=WAL"_s);
        q.exec(u"PRAGMA synchronous=NORMAL"_s);
        q.exec(u"PRAGMA cache_size=-65536"_s); // as the server's connections
        const QString firm = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString user = QUuid::createUuid().toString(QUuid::WithoutBraces);
        q.exec(u"INSERT INTO firms (firm_id, name, name_key, created_at) VALUES ('%1', 'Raw', "
               "'raw', 1)"_s.arg(firm));
        auto nextRowid = [&](const QString& table) {
            q.exec(u"SELECT COALESCE(MAX(search_rowid), 0) FROM "_s + table);
            return q.next() ? q.value(0).toLongLong() : 0;
        };
        timer.start();
        db.transaction();
        qint64 accountRowid = nextRowid(u"accounts"_s);
        qint64 contactRowid = nextRowid(u"contacts"_s);
        QSqlQuery contact(db), account(db), link(db), member(db);
        contact.prepare(u"INSERT INTO contacts (firm_id, contact_id, first_name, last_name, email, "
                        "email_key, phones, sort_key, search_text, created_at, updated_at, "
                        "search_rowid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        account.prepare(
            u"INSERT INTO accounts (firm_id, account_id, type, name, sort_key, folders, "
            "created_by, created_at, updated_at, search_text, search_rowid) VALUES "
            "(?, ?, 'individual', ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        link.prepare(u"INSERT INTO account_contacts (firm_id, account_id, contact_id, position, "
                     "notify) VALUES (?, ?, ?, 0, 1)"_s);
        member.prepare(
            u"INSERT INTO account_members (firm_id, account_id, user_id) VALUES (?, ?, ?)"_s);
        const QString folders =
            u"[{\"name\":\"Vom Kunden hochgeladene Dokumente\",\"children\":[]}]"_s;
        for (const Row& r : rows) {
            using namespace kontor::server::storage;
            const QString name = r.first + u' ' + r.last;
            const QString phones = u"[{\"number\":\"%1\",\"primary\":true}]"_s.arg(r.phone);
            for (const QVariant& v : {QVariant(firm), QVariant(r.contactId), QVariant(r.first),
                                      QVariant(r.last), QVariant(r.email), QVariant(r.email),
                                      QVariant(phones), QVariant(sortKey(r.last + u' ' + r.first)),
                                      QVariant(searchText({name, r.email}, {r.phone})), QVariant(1),
                                      QVariant(1), QVariant(++contactRowid)})
                contact.addBindValue(v);
            for (const QVariant& v :
                 {QVariant(firm), QVariant(r.accountId), QVariant(name), QVariant(sortKey(name)),
                  QVariant(folders), QVariant(user), QVariant(1), QVariant(1),
                  QVariant(searchText({name, r.email}, {r.phone})), QVariant(++accountRowid)})
                account.addBindValue(v);
            link.addBindValue(firm);
            link.addBindValue(r.accountId);
            link.addBindValue(r.contactId);
            member.addBindValue(firm);
            member.addBindValue(r.accountId);
            member.addBindValue(user);
            if (!contact.exec() || !account.exec() || !link.exec() || !member.exec()) {
                *error = contact.lastError().text() + account.lastError().text() +
                         link.lastError().text() + member.lastError().text();
                db.rollback();
                return -1;
            }
        }
        db.commit();
        elapsed = timer.elapsed();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return elapsed;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(u"--short"_s);
    int total = quick ? 5000 : 100000;
    const qsizetype countAt = app.arguments().indexOf(u"--operations"_s);
    if (countAt > 0)
        total = app.arguments().value(countAt + 1).toInt();
    const int batch = 1000;
    QTextStream out(stdout);

    TestDatabase db(Backend::Sqlite);
    if (!initFirm(db.spec(), {u"Kanzlei Push"_s, u"owner@push.example"_s, u"push-secret-1"_s}))
        return 1;
    ServerProcess server;
    if (!server.start(db.spec()))
        return 1;
    ApiClient api(server.baseUrl());
    if (api.signIn(u"owner@push.example"_s, u"push-secret-1"_s).isEmpty())
        return 1;

    QList<Row> rows;
    QList<QByteArray> bodies;
    for (int start = 0; start < total; start += batch) {
        QJsonArray ops;
        for (int i = start; i < start + batch; ++i) {
            rows.append(rowOf(i));
            ops.append(operationOf(rows.constLast()));
        }
        bodies.append(QJsonDocument(QJsonObject{{u"ops"_s, ops}}).toJson(QJsonDocument::Compact));
    }
    const double loadBefore = kontor::bench::loadAverage();
    const double cpuBefore = kontor::bench::processCpuSeconds(server.pid());
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray& body : std::as_const(bodies)) {
        const Reply r = api.send("POST", u"/api/v1/ops"_s, body);
        const QJsonArray results = r.json[u"results"_s].toArray();
        if (r.status != 200 || results.size() != batch ||
            results.last()[u"status"_s].toString() != u"applied"_s) {
            out << "push failed: " << r.status << " " << r.body.left(500) << "\n";
            return 1;
        }
    }
    const qint64 pushMs = timer.elapsed();
    const double serverCpu = kontor::bench::processCpuSeconds(server.pid()) - cpuBefore;
    if (server.terminate() != 0)
        return 1;

    // Same rows again (new ids, another firm) as a raw bulk insert into the same database.
    QList<Row> rawRows;
    for (int i = 0; i < total; ++i)
        rawRows.append(rowOf(i));
    QString error;
    const qint64 rawMs = rawInsert(db.spec(), rawRows, &error);
    if (rawMs < 0) {
        out << "raw insert failed: " << error << "\n";
        return 1;
    }
    const double loadAfter = kontor::bench::loadAverage();
    const double ratio = double(rawMs) / double(std::max<qint64>(1, pushMs));
    out << QString::asprintf(
        "build: %s\n"
        "load average %.2f before and %.2f after (other work competes for the same cores)\n"
        "push of %d account.create operations in batches of %d: %lld ms (%.0f ops/s, server CPU "
        "%.0f us/op)\n"
        "baseline raw bulk insert of the same rows:                %lld ms (%.0f rows/s)\n"
        "ratio raw/push: %.2f   target >= 0.30: %s\n",
        kontor::bench::buildType(), loadBefore, loadAfter, total, batch, pushMs,
        total * 1000.0 / double(std::max<qint64>(1, pushMs)), serverCpu * 1e6 / total, rawMs,
        total * 1000.0 / double(std::max<qint64>(1, rawMs)), ratio, ratio >= 0.3 ? "PASS" : "MISS");
    // Full runs only report. Short runs (CI: a debug build on a shared machine) check that every
    // operation applied and that the push is not wildly slower than the raw insert.
    if (quick && ratio < 0.02) {
        out << "short run: the push took more than 50 times the raw insert\n";
        return 1;
    }
    return 0;
}
