// kontor-sync-driver: the desktop client's app layer without widgets, driven by a script of
// random edits, for the fault harness to kill -9 at any moment. Every edit is written to an
// append-only log before it is made ("I") and after the store saved it ("D"), so a checker
// knows which edits a user saw saved. Modes:
//   edit:   --edits N random edits (new accounts, drafts and accounts made from them, tags
//           added to accounts) while syncing
//   settle: sync until nothing is left to push and the change feed is caught up (exit 0), or
//           give up after --timeout-ms (exit 3)

#include "app/localstore.h"
#include "app/syncengine.h"

#include "core/wireformat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace kontor;

namespace {

constexpr int maxTagsPerAccount = 40; // below core::limits::tagsPerRecord

class EditLog {
public:
    explicit EditLog(const QString& path)
        : m_file(path)
    {
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            qFatal("cannot open the edit log %s", qPrintable(path));
    }
    // One write(2) per line: a kill leaves whole lines (the page cache survives the process).
    void line(const QString& text)
    {
        const QByteArray bytes = text.toUtf8() + '\n';
        if (m_file.write(bytes) != bytes.size())
            qFatal("cannot write the edit log");
    }

private:
    QFile m_file;
};

class Driver : public QObject {
public:
    Driver(app::LocalStore* store, app::SyncEngine* engine, EditLog* log, QString label,
           quint64 seed, int edits, int paceMs, double rejectRate)
        : m_store(store)
        , m_engine(engine)
        , m_log(log)
        , m_label(std::move(label))
        , m_random(seed)
        , m_seed(seed)
        , m_left(edits)
        , m_paceMs(paceMs)
        , m_rejectRate(rejectRate)
    {
    }

    void step()
    {
        if (m_left-- <= 0) {
            // Keep syncing a little, then leave (or be killed meanwhile).
            QTimer::singleShot(m_random.bounded(m_paceMs * 4 + 1), qApp, &QCoreApplication::quit);
            return;
        }
        const int roll = m_random.bounded(100);
        if (roll < 20)
            createAccount();
        else if (roll < 28)
            saveDraft();
        else if (roll < 34)
            createFromDraft();
        else if (roll < 92)
            addTag();
        else
            m_engine->syncNow(); // "Jetzt synchronisieren"
        QTimer::singleShot(m_random.bounded(m_paceMs + 1), this, [this] { step(); });
    }

private:
    QString marker(QChar kind)
    {
        return u"%1%2%3x%4"_s.arg(kind).arg(m_label).arg(m_seed).arg(++m_count);
    }

    void createAccount()
    {
        const QString m = marker(u'c');
        core::Account a;
        a.id = QUuid::createUuid();
        a.type = core::AccountType::Individual;
        core::AccountContact c;
        c.contact.firstName = u"Fahrer"_s;
        c.contact.lastName = m; // the marker: found on the server by it
        c.switches = {false, true, false};
        a.contacts = {c};
        // Now and then a team member only the server knows is missing: a refused create.
        if (m_random.generateDouble() < m_rejectRate)
            a.teamMemberIds = {QUuid::createUuid()};
        m_log->line(u"I %1 create %2"_s.arg(m, core::toWireId(a.id)));
        const core::Violations v = m_store->createAccount(a);
        m_log->line(v.isEmpty() ? u"D "_s + m : u"X %1 %2"_s.arg(m, v.first().code()));
    }

    // Wizard input saved as a draft (never sent until created).
    void saveDraft()
    {
        const QString m = marker(u'd');
        core::Account a;
        a.id = QUuid::createUuid();
        core::AccountContact c;
        c.contact.firstName = u"Entwurf"_s;
        c.contact.lastName = m;
        c.switches = {false, true, false};
        a.contacts = {c};
        m_log->line(u"I %1 draft %2"_s.arg(m, core::toWireId(a.id)));
        const bool saved = m_store->saveDraft(a, {1, u"contacts[0].email"_s});
        m_log->line(saved ? u"D "_s + m : u"X %1 storage"_s.arg(m));
    }

    // "Erstellen" on a draft: the account is queued and the draft goes, in one transaction.
    void createFromDraft()
    {
        QList<app::Draft> drafts = m_store->drafts();
        drafts.removeIf([](const app::Draft& d) { return d.needsAttention; });
        if (drafts.isEmpty())
            return saveDraft();
        core::Account a = drafts.at(m_random.bounded(int(drafts.size()))).account;
        m_store->createAccount(a); // the draft's own log line covers it
    }

    void addTag()
    {
        QList<std::pair<QUuid, int>> candidates;
        QSqlQuery q(m_store->connection());
        q.exec(u"SELECT id, json_array_length(tags) FROM accounts ORDER BY id"_s);
        while (q.next()) {
            if (q.value(1).toInt() < maxTagsPerAccount)
                candidates.append({QUuid::fromString(q.value(0).toString()), q.value(1).toInt()});
        }
        if (candidates.isEmpty())
            return createAccount();
        const QUuid id = candidates.at(m_random.bounded(int(candidates.size()))).first;
        // As an editor does: the record as loaded, then the user's change to it. The sync
        // thread may commit between the two reads (found by this harness).
        const std::optional<core::Account> original = m_store->account(id);
        if (!original)
            return;
        core::Account edited = *original;
        const QString m = marker(u't');
        edited.tags.append(m);
        m_log->line(u"I %1 tag %2"_s.arg(m, core::toWireId(id)));
        const core::Violations v = m_store->updateAccountFields(*original, edited);
        m_log->line(v.isEmpty() ? u"D "_s + m : u"X %1 %2"_s.arg(m, v.first().code()));
    }

    app::LocalStore* m_store;
    app::SyncEngine* m_engine;
    EditLog* m_log;
    QString m_label;
    QRandomGenerator m_random;
    quint64 m_seed;
    int m_left;
    int m_paceMs;
    double m_rejectRate;
    int m_count = 0;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Scripted edits and sync on the Kontor app layer"_s);
    parser.addHelpOption();
    const QCommandLineOption storeOpt(u"store"_s, u"local store file"_s, u"path"_s);
    const QCommandLineOption serverOpt(u"server"_s, u"server (or proxy) URL"_s, u"url"_s);
    const QCommandLineOption tokenOpt(u"token"_s, u"bearer token"_s, u"token"_s);
    const QCommandLineOption logOpt(u"log"_s, u"edit log (appended)"_s, u"path"_s);
    const QCommandLineOption labelOpt(u"label"_s, u"client label in markers"_s, u"text"_s, u"a"_s);
    const QCommandLineOption seedOpt(u"seed"_s, u"random seed"_s, u"n"_s, u"1"_s);
    const QCommandLineOption editsOpt(u"edits"_s, u"number of edits"_s, u"n"_s, u"20"_s);
    const QCommandLineOption paceOpt(u"pace-ms"_s, u"longest pause between edits"_s, u"ms"_s,
                                     u"30"_s);
    const QCommandLineOption rejectOpt(u"reject-rate"_s, u"share of creates the server refuses"_s,
                                       u"p"_s, u"0"_s);
    const QCommandLineOption settleOpt(u"settle"_s, u"sync until quiet, then exit"_s);
    const QCommandLineOption timeoutOpt(u"timeout-ms"_s, u"settle: give up after"_s, u"ms"_s,
                                        u"20000"_s);
    parser.addOptions({storeOpt, serverOpt, tokenOpt, logOpt, labelOpt, seedOpt, editsOpt, paceOpt,
                       rejectOpt, settleOpt, timeoutOpt});
    parser.process(app);

    app::LocalStore store;
    if (!store.open(parser.value(storeOpt))) {
        qCritical("cannot open the store");
        return 2;
    }
    app::SyncEngine::Options options;
    options.pollInterval = std::chrono::milliseconds(150);
    options.minRetryDelay = std::chrono::milliseconds(25);
    options.maxRetryDelay = std::chrono::milliseconds(400);
    options.requestTimeout = std::chrono::milliseconds(1500); // a black hole costs this much
    app::SyncEngine engine(&store, options);

    int exitCode = 0;
    std::unique_ptr<EditLog> log;
    std::unique_ptr<Driver> driver;
    if (parser.isSet(settleOpt)) {
        exitCode = 3;
        QObject::connect(&engine, &app::SyncEngine::cycleFinished, &app, [&](bool ok) {
            if (ok && store.outboxCount() == 0) {
                exitCode = 0;
                app.quit();
            } else {
                QTimer::singleShot(50, &engine, &app::SyncEngine::syncNow);
            }
        });
        QTimer::singleShot(parser.value(timeoutOpt).toInt(), &app, &QCoreApplication::quit);
    } else {
        log = std::make_unique<EditLog>(parser.value(logOpt));
        driver = std::make_unique<Driver>(
            &store, &engine, log.get(), parser.value(labelOpt), parser.value(seedOpt).toULongLong(),
            parser.value(editsOpt).toInt(), parser.value(paceOpt).toInt(),
            parser.value(rejectOpt).toDouble());
        QTimer::singleShot(0, driver.get(), [&] { driver->step(); });
    }
    engine.start(QUrl(parser.value(serverOpt)), parser.value(tokenOpt));
    app.exec();
    return exitCode;
}
