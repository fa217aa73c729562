// LocalStore: one transaction per user change with its outbox operation, validation before
// anything is written, umlaut-insensitive search, duplicate detection, the change feed.

#include "storefixture.h"

#include "app/storereader.h"

#include "core/syncprotocol.h"

#include <QSignalSpy>

#include <sqlite3.h>

using namespace kontor;
using namespace kontor::test;

class TestLocalStore : public QObject {
    Q_OBJECT

    static QList<core::Operation> outbox(app::LocalStore& store)
    {
        return app::StoreReader(store.database()).outbox(100);
    }

private Q_SLOTS:
    // The first store this process opens makes SQLite's settings: without memory statistics,
    // SQLite counts no memory in use, however much it holds.
    void opensTheStoreWithoutSqliteMemoryStatistics()
    {
        StoreFixture f;
        core::Account ida = individual(person(u"Ida"_s, u"Iser"_s));
        QVERIFY(f.store.createAccount(ida).isEmpty());
        QVERIFY(app::Database::configureSqlite());
        QCOMPARE(sqlite3_memory_used(), 0);
    }

    void createsAccountWithContactsAndOneOperation()
    {
        // R-ACC-3, R-ACC-6, R-ACC-7, R-ACC-9, R-CON-1, R-CON-4, R-CON-6
        StoreFixture f;
        core::Account a =
            company(u"Bäckerei Müller GmbH"_s,
                    {person(u"Hans"_s, u"Müller"_s, u"hans@mueller.example"_s, {u"0351 1234567"_s}),
                     person(u"Grete"_s, u"Müller"_s)});
        a.tags = {u"Privat"_s, u"Bäckerei"_s};
        a.teamMemberIds = {ownerId, employeeId};
        a.customFields = {{core::toWireId(accountFieldId), u"203/123/45678"_s}};
        QSignalSpy changed(&f.store, &app::LocalStore::changed);

        QVERIFY(f.store.createAccount(a).isEmpty());

        QVERIFY(!a.id.isNull());
        QVERIFY(!a.contacts[0].contact.id.isNull());
        QCOMPARE(changed.size(), 1);
        const auto changes = changed.first().first().value<app::StoreChanges>();
        QCOMPARE(changes.accounts.size(), 1);
        QVERIFY(changes.outbox);

        const std::optional<core::Account> stored = f.store.account(a.id);
        QVERIFY(stored);
        QCOMPARE(stored->name, u"Bäckerei Müller GmbH"_s); // R-ACC-5
        QCOMPARE(stored->companyName, u"Bäckerei Müller GmbH"_s);
        QCOMPARE(stored->tags, a.tags);
        QCOMPARE(stored->teamMemberIds, a.teamMemberIds);
        QCOMPARE(stored->customFields, a.customFields);
        QCOMPARE(stored->contacts.size(), 2);
        QCOMPARE(stored->contacts[0].contact.firstName, u"Hans"_s);
        QCOMPARE(stored->contacts[0].contact.phones.first().number, u"+493511234567"_s);
        QCOMPARE(stored->contacts[1].contact.firstName, u"Grete"_s);

        const QList<core::Operation> ops = outbox(f.store);
        QCOMPARE(ops.size(), 1);
        QCOMPARE(ops[0].kind, QString(core::opkind::accountCreate));
        const QJsonObject p = ops[0].payload;
        QCOMPARE(p[u"id"_s].toString(), core::toWireId(a.id));
        QCOMPARE(p[u"type"_s].toString(), u"company"_s);
        QCOMPARE(p[u"company_name"_s].toString(), u"Bäckerei Müller GmbH"_s);
        QCOMPARE(p[u"contacts"_s].toArray().size(), 2);
        const QJsonObject c0 = p[u"contacts"_s].toArray()[0].toObject();
        QCOMPARE(c0[u"id"_s].toString(), core::toWireId(a.contacts[0].contact.id));
        QCOMPARE(c0[u"email"_s].toString(), u"hans@mueller.example"_s);
        QCOMPARE(c0[u"notify"_s].toBool(), true);
    }

    void generatesIndividualNameInFirmFormat()
    {
        // R-ACC-4, R-CON-7: the fixture's firm uses "Nachname, Vorname".
        StoreFixture f;
        core::Account a = individual(person(u"Jürgen"_s, u"Weiß"_s));
        QVERIFY(f.store.createAccount(a).isEmpty());
        QCOMPARE(f.store.account(a.id)->name, u"Weiß, Jürgen"_s);
        // The server generates the name too: the operation leaves it empty.
        QCOMPARE(outbox(f.store).first().payload[u"name"_s].toString(), QString());
    }

    void rejectsInvalidAccountAndWritesNothing_data()
    {
        QTest::addColumn<core::Account>("account");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("code");
        QTest::newRow("R-NAME-1 colon in last name")
            << individual(person(u"Hans"_s, u"Mül:ler"_s)) << u"contacts[0].last_name"_s
            << u"forbidden_character"_s;
        QTest::newRow("R-ACC-10 no contact")
            << company(u"Leer GmbH"_s, {}) << u"contacts"_s << u"required"_s;
        QTest::newRow("R-SW-4 login without email")
            << individual(person(u"Hans"_s, u"Müller"_s), true) << u"contacts[0].email"_s
            << u"login_requires_email"_s;
        QTest::newRow("R-ACC-5 company needs its name")
            << company(QString(), {person(u"A"_s, u"B"_s)}) << u"company_name"_s << u"required"_s;
    }
    void rejectsInvalidAccountAndWritesNothing()
    {
        QFETCH(core::Account, account);
        QFETCH(QString, path);
        QFETCH(QString, code);
        StoreFixture f;
        QSignalSpy changed(&f.store, &app::LocalStore::changed);
        const core::Violations v = f.store.createAccount(account);
        QVERIFY(!v.isEmpty());
        QCOMPARE(v.first().path(), path);
        QCOMPARE(v.first().code(), code);
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts"_s), 0);
        QCOMPARE(f.count(u"SELECT count(*) FROM contacts"_s), 0);
        QCOMPARE(f.count(u"SELECT count(*) FROM outbox"_s), 0);
        QCOMPARE(changed.size(), 0);
    }

    void recordsAndOperationAreOneTransaction()
    {
        // When the outbox write fails, the account must not be there either.
        StoreFixture f;
        QVERIFY(app::execSql(f.store.connection(),
                             u"CREATE TEMP TRIGGER fail_outbox BEFORE INSERT ON outbox"
                             " BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
        core::Account a = individual(person(u"Hans"_s, u"Müller"_s));
        const core::Violations v = f.store.createAccount(a);
        QCOMPARE(v.size(), 1);
        QCOMPARE(v.first().code(), u"storage_failed"_s);
        QVERIFY(!f.store.errorMessage().isEmpty());
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts"_s), 0);
        QCOMPARE(f.count(u"SELECT count(*) FROM contacts"_s), 0);
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts_fts"_s), 0);
        QCOMPARE(f.count(u"SELECT count(*) FROM outbox"_s), 0);
    }

    void updateQueuesChangedFieldsWithBase()
    {
        StoreFixture f;
        core::Account a = individual(person(u"Hans"_s, u"Müller"_s));
        a.tags = {u"Privat"_s};
        QVERIFY(f.store.createAccount(a).isEmpty());
        core::Account edited = *f.store.account(a.id);
        edited.name = u"Familie Müller"_s;
        edited.tags = {u"Privat"_s, u"Neu"_s};
        QVERIFY(f.store.updateAccountFields(edited).isEmpty());

        const core::Account stored = *f.store.account(a.id);
        QCOMPARE(stored.name, u"Familie Müller"_s);
        QCOMPARE(stored.tags, edited.tags);
        const QList<core::Operation> ops = outbox(f.store);
        QCOMPARE(ops.size(), 2);
        QCOMPARE(ops[1].kind, QString(core::opkind::accountUpdate));
        const QJsonObject fields = ops[1].payload[u"fields"_s].toObject();
        const QJsonObject base = ops[1].payload[u"base"_s].toObject();
        QCOMPARE(fields.keys(), (QStringList{u"name"_s, u"tags"_s}));
        QCOMPARE(fields[u"name"_s].toString(), u"Familie Müller"_s);
        QCOMPARE(base[u"name"_s].toString(), u"Müller, Hans"_s);
        QCOMPARE(base[u"tags"_s].toArray().size(), 1);

        // Nothing changed: nothing queued.
        QVERIFY(f.store.updateAccountFields(stored).isEmpty());
        QCOMPARE(outbox(f.store).size(), 2);
        // Invalid: nothing written (R-NAME-1).
        edited.name = u"Müller/Schmidt"_s;
        QCOMPARE(f.store.updateAccountFields(edited).first().code(), u"forbidden_character"_s);
        QCOMPARE(f.store.account(a.id)->name, u"Familie Müller"_s);
    }

    void linksUnlinksAndSwitches()
    {
        // R-CON-2, R-SW-1…4, R-ACC-10
        StoreFixture f;
        core::Account a = individual(person(u"Hans"_s, u"Müller"_s));
        core::Account b = individual(person(u"Anna"_s, u"Schmidt"_s, u"anna@schmidt.example"_s));
        QVERIFY(f.store.createAccount(a).isEmpty());
        QVERIFY(f.store.createAccount(b).isEmpty());
        const QUuid anna = b.contacts[0].contact.id;
        const QUuid hans = a.contacts[0].contact.id;

        QVERIFY(f.store.setLink(a.id, anna, {true, false, true}).isEmpty());
        core::Account stored = *f.store.account(a.id);
        QCOMPARE(stored.contacts.size(), 2);
        QCOMPARE(stored.contacts[1].contact.id, anna);
        QCOMPARE(stored.contacts[1].switches, (core::ContactSwitches{true, false, true}));
        // Hans has no email: no portal access (R-SW-4).
        QCOMPARE(f.store.setLink(a.id, hans, {true, true, false}).first().code(),
                 u"login_requires_email"_s);
        QVERIFY(f.store.unlinkContact(a.id, hans).isEmpty());
        QCOMPARE(f.store.account(a.id)->contacts.size(), 1);
        // The last contact stays (R-ACC-10).
        QCOMPARE(f.store.unlinkContact(a.id, anna).first().code(), u"required"_s);

        core::Contact newOne = person(u"Paul"_s, u"Neu"_s, u"paul@neu.example"_s);
        QVERIFY(f.store.linkNewContact(a.id, newOne, {false, true, false}).isEmpty());
        QVERIFY(!newOne.id.isNull());
        QCOMPARE(f.store.account(a.id)->contacts.size(), 2);

        const QList<core::Operation> ops = outbox(f.store);
        QCOMPARE(ops.size(), 5);
        QCOMPARE(ops[2].kind, QString(core::opkind::linkSet));
        QCOMPARE(ops[2].payload[u"login"_s].toBool(), true);
        QCOMPARE(ops[3].payload[u"linked"_s].toBool(), false);
        QCOMPARE(ops[4].payload[u"contact"_s].toObject()[u"first_name"_s].toString(), u"Paul"_s);
    }

    void queuedInvitationMakesAccountPending()
    {
        // R-INV-1…3, R-INV-7
        StoreFixture f;
        core::Account a = individual(person(u"Anna"_s, u"Schmidt"_s, u"anna@schmidt.example"_s));
        QVERIFY(f.store.createAccount(a).isEmpty());
        QUuid invitationId;
        QVERIFY(
            f.store.queueInvitation(a.id, a.contacts[0].contact.id, u"Willkommen!"_s, &invitationId)
                .isEmpty());
        const core::Account stored = *f.store.account(a.id);
        QCOMPARE(stored.portalStatus, core::PortalStatus::Pending);
        QCOMPARE(stored.contacts[0].switches.login, true);
        const QList<app::PendingActivation> pending = f.store.pendingActivations();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending[0].invitationId, invitationId);
        QCOMPARE(pending[0].status, app::InvitationStatus::Queued);
        QCOMPARE(pending[0].email, u"anna@schmidt.example"_s);
        QCOMPARE(pending[0].contactName, u"Schmidt, Anna"_s);
        const core::Operation op = outbox(f.store).last();
        QCOMPARE(op.kind, QString(core::opkind::invitationSend));
        QCOMPARE(op.payload[u"message"_s].toString(), u"Willkommen!"_s);
        QCOMPARE(op.payload[u"id"_s].toString(), core::toWireId(invitationId));
    }

    void findsContactsUmlautInsensitive_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("found");
        const QStringList mueller{u"Müller"_s};
        QTest::newRow("without umlaut") << u"muller"_s << mueller;
        QTest::newRow("prefix with umlaut") << u"mül"_s << mueller;
        QTest::newRow("upper case") << u"MÜLLER"_s << mueller;
        QTest::newRow("transliterated") << u"mueller"_s << mueller;
        QTest::newRow("first and last") << u"jürgen mü"_s << mueller;
        QTest::newRow("email") << u"j.mueller@"_s << mueller;
        QTest::newRow("email domain") << u"kanzlei-weiss"_s << QStringList{u"Weiß"_s};
        QTest::newRow("sharp s") << u"weiss"_s << QStringList{u"Weiß"_s};
        QTest::newRow("national phone") << u"0351123"_s << QStringList{u"Weiß"_s};
        QTest::newRow("none") << u"xyz"_s << QStringList();
    }
    void findsContactsUmlautInsensitive()
    {
        // R-CON-2: "Vorhandenen Kontakt verknüpfen" by name or email.
        QFETCH(QString, typed);
        QFETCH(QStringList, found);
        StoreFixture f;
        core::Account a = individual(person(u"Jürgen"_s, u"Müller"_s, u"j.mueller@example.de"_s));
        core::Account b =
            individual(person(u"Eva"_s, u"Weiß"_s, u"eva@kanzlei-weiss.de"_s, {u"0351 1234567"_s}));
        QVERIFY(f.store.createAccount(a).isEmpty());
        QVERIFY(f.store.createAccount(b).isEmpty());
        QStringList names;
        for (const core::Contact& c : f.store.findContacts(typed))
            names.append(c.lastName);
        QCOMPARE(names, found);
    }

    void findsDuplicateContacts_data()
    {
        QTest::addColumn<core::Contact>("typed");
        QTest::addColumn<bool>("duplicate");
        QTest::newRow("same email, other case")
            << person(u"X"_s, u"Y"_s, u"Anna.Schmidt@Example.DE"_s) << true;
        QTest::newRow("same name and phone, other notation")
            << person(u"anna"_s, u"SCHMIDT"_s, {}, {u"+49 351 1234567"_s}) << true;
        QTest::newRow("same name, other phone")
            << person(u"Anna"_s, u"Schmidt"_s, {}, {u"0351 7654321"_s}) << false;
        QTest::newRow("same name, no phone") << person(u"Anna"_s, u"Schmidt"_s) << false;
        QTest::newRow("other name, same phone")
            << person(u"Berta"_s, u"Schmidt"_s, {}, {u"0351 1234567"_s}) << false;
    }
    void findsDuplicateContacts()
    {
        QFETCH(core::Contact, typed);
        QFETCH(bool, duplicate);
        StoreFixture f;
        core::Account a = individual(
            person(u"Anna"_s, u"Schmidt"_s, u"anna.schmidt@example.de"_s, {u"0351 1234567"_s}));
        QVERIFY(f.store.createAccount(a).isEmpty());
        const QList<core::Contact> found = f.store.findDuplicateContacts(typed);
        QCOMPARE(found.size(), duplicate ? 1 : 0);
        if (duplicate)
            QCOMPARE(found.first().id, a.contacts[0].contact.id);
        // A contact is not its own duplicate.
        QVERIFY(f.store.findDuplicateContacts(a.contacts[0].contact).isEmpty());
    }

    void reopensWithSchemaAndPragmas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.sqlite"_s);
        {
            app::LocalStore store;
            QVERIFY(store.open(path));
        }
        app::Database db;
        QVERIFY(db.open(path));
        QSqlQuery q(db.db());
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), app::Database::schemaVersion());
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(u"PRAGMA busy_timeout"_s) && q.next());
        QVERIFY(q.value(0).toInt() >= 1000);
    }

    // A read that stopped after its first row holds a snapshot; a write transaction begun beside
    // it fails under load (see app::Transaction). Debug builds refuse it every time.
    void refusesATransactionBesideAnUnfinishedRead()
    {
#ifdef QT_NO_DEBUG
        QSKIP("only debug builds check");
#endif
        QTemporaryDir dir;
        app::Database db;
        QVERIFY(db.open(dir.filePath(u"s.sqlite"_s)));
        QVERIFY(app::execSql(db.db(), u"CREATE TABLE t(n INTEGER)"_s));
        QVERIFY(app::execSql(db.db(), u"INSERT INTO t VALUES (1), (2)"_s));
        {
            app::Statement read(db, u"SELECT n FROM t ORDER BY n"_s);
            QVERIFY(read.exec() && read->next());
            app::Transaction refused(db.db());
            QVERIFY(!refused.isActive());
            QVERIFY(read->next()); // the read goes on undisturbed
            QVERIFY(!read->next());
            app::Transaction afterTheEnd(db.db()); // a read to its end holds nothing
            QVERIFY(afterTheEnd.isActive());
        }
        app::Statement read(db, u"SELECT n FROM t ORDER BY n"_s);
        QVERIFY(read.exec() && read->next());
        read->finish();
        app::Transaction tx(db.db());
        QVERIFY(tx.isActive());
        QVERIFY(app::execSql(db.db(), u"INSERT INTO t VALUES (3)"_s));
        QVERIFY(tx.commit());
    }

    // Twenty accounts changed, then deleted, each time in one transaction in descending order:
    // their search entries are written in ascending rowid order, so FTS5 keeps them in memory
    // and writes one segment at the commit, instead of one for every step back (with merging
    // off to count them).
    void updatesTheSearchIndexInOneSegmentPerTransaction()
    {
        StoreFixture f;
        QList<core::Change> created, renamed;
        for (int i = 1; i <= 20; ++i) {
            const QUuid id = QUuid::createUuid();
            created.append(serverAccount(id, u"Firma %1"_s.arg(i), {}));
            renamed.prepend(serverAccount(id, u"Neubau %1"_s.arg(i), {}));
        }
        QVERIFY(applyServerChanges(f.store, created));
        QVERIFY(
            app::execSql(f.store.connection(),
                         u"INSERT INTO accounts_fts(accounts_fts, rank) VALUES('automerge', 0)"_s));
        const QString segments = u"SELECT count(DISTINCT segid) FROM accounts_fts_idx"_s;
        const int before = f.count(segments);
        QVERIFY(applyServerChanges(f.store, renamed));
        QCOMPARE(f.count(segments), before + 1);
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts_fts WHERE accounts_fts MATCH 'neubau*'"_s),
                 20);
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts_fts WHERE accounts_fts MATCH 'firma*'"_s),
                 0);
        // Deleted by the server, in the same descending order: one segment again.
        QList<core::Change> deleted;
        for (const core::Change& change : std::as_const(renamed))
            deleted.append({u"account"_s, true, change.id, {}});
        QVERIFY(applyServerChanges(f.store, deleted));
        QCOMPARE(f.count(segments), before + 2);
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts_fts"_s), 0);
    }

    // A pull brings back every record this computer sent. A copy that holds what is stored
    // writes nothing: no list rows to refresh, no search entries written again.
    void aPulledCopyOfTheStoredRecordWritesNothing()
    {
        StoreFixture f;
        QList<core::Change> pulled;
        for (int i = 1; i <= 20; ++i)
            pulled.append(serverAccount(QUuid::createUuid(), u"Firma %1"_s.arg(i), {u"Lohn"_s}));
        QVERIFY(applyServerChanges(f.store, pulled));
        QVERIFY(
            app::execSql(f.store.connection(),
                         u"INSERT INTO accounts_fts(accounts_fts, rank) VALUES('automerge', 0)"_s));
        const QString segments = u"SELECT count(DISTINCT segid) FROM accounts_fts_idx"_s;
        const QString contactSegments = u"SELECT count(DISTINCT segid) FROM contacts_fts_idx"_s;
        const int before = f.count(segments);
        const int contactsBefore = f.count(contactSegments);
        const auto apply = [&](const QList<core::Change>& changes) {
            app::StoreTransaction tx(f.store.database());
            for (const core::Change& c : changes) {
                if (!tx.writer().applyChange(c))
                    return std::optional<app::StoreChanges>();
            }
            return tx.commit() ? std::optional(tx.changes()) : std::nullopt;
        };
        const std::optional<app::StoreChanges> again = apply(pulled);
        QVERIFY(again);
        QVERIFY(again->accounts.isEmpty());
        QVERIFY(again->contacts.isEmpty());
        QCOMPARE(f.count(segments), before);
        QCOMPARE(f.count(contactSegments), contactsBefore);

        // The server filled in a column the search does not read: the list row is refreshed,
        // the search entry stays.
        const QUuid id = pulled.first().id;
        QJsonObject data = pulled.first().data;
        data.insert(u"portal_status"_s, u"pending"_s);
        const std::optional<app::StoreChanges> pending = apply({{u"account"_s, false, id, data}});
        QVERIFY(pending);
        QCOMPARE(pending->accounts,
                 QSet<qint64>{*app::StoreReader(f.store.database()).accountRid(id)});
        QCOMPARE(f.count(segments), before);
        QCOMPARE(f.store.account(id)->portalStatus, core::PortalStatus::Pending);

        // A link's switch changed: the links are written again.
        QJsonArray contacts = data.value(u"contacts"_s).toArray();
        QJsonObject entry = contacts.first().toObject();
        entry.insert(u"notify"_s, true);
        contacts.replace(0, entry);
        data.insert(u"contacts"_s, contacts);
        QVERIFY(apply({{u"account"_s, false, id, data}}));
        QVERIFY(f.store.account(id)->contacts.first().switches.notify);
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts_fts WHERE accounts_fts MATCH 'firma*'"_s),
                 20);
    }

    // An import crashed while the search index was not merging (SearchIndexBulkLoad): the next
    // start merges what it wrote and turns merging back on.
    void finishesTheSearchIndexOfAnInterruptedImport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.sqlite"_s);
        const QString automerge = u"SELECT v FROM contacts_fts_config WHERE k = 'automerge'"_s;
        const QString segments = u"SELECT count(DISTINCT segid) FROM contacts_fts_idx"_s;
        auto count = [](QSqlDatabase& db, const QString& sql) {
            QSqlQuery q(db);
            return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
        };
        {
            app::Database db;
            QVERIFY(db.open(path));
            QVERIFY(app::execSql(
                db.db(), u"INSERT INTO contacts_fts(contacts_fts, rank) VALUES('automerge', 0)"_s));
            for (int i = 1; i <= 5; ++i) { // five commits, five segments
                QVERIFY(app::execSql(
                    db.db(),
                    u"INSERT INTO contacts_fts(rowid, contact) VALUES(%1, 'Anna Arm%1')"_s.arg(i)));
            }
            QCOMPARE(count(db.db(), segments), 5);
        }
        app::LocalStore store;
        QVERIFY(store.open(path));
        QCOMPARE(count(store.connection(), automerge), 4);
        QCOMPARE(count(store.connection(), segments), 1);
        QCOMPARE(count(store.connection(),
                       u"SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'arm*'"_s),
                 5);
    }

    void refusesStoreOfNewerVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.sqlite"_s);
        {
            app::Database db;
            QVERIFY(db.open(path));
            QVERIFY(app::execSql(db.db(), u"PRAGMA user_version = 999"_s));
        }
        app::LocalStore store;
        QVERIFY(!store.open(path));
        QVERIFY(!store.errorMessage().isEmpty());
    }

    void serverChangesKeepPendingLocalEdits()
    {
        // A pulled account must not hide a local change still in the outbox (DESIGN.md).
        StoreFixture f;
        const QUuid id = QUuid::createUuid();
        QVERIFY(applyServerChanges(f.store, {serverAccount(id, u"Alt GmbH"_s, {})}));
        core::Account edited = *f.store.account(id);
        edited.name = u"Neu GmbH"_s;
        QVERIFY(f.store.updateAccountFields(edited).isEmpty());
        QVERIFY(applyServerChanges(f.store, {serverAccount(id, u"Alt GmbH"_s, {u"Privat"_s})}));
        const core::Account stored = *f.store.account(id);
        QCOMPARE(stored.name, u"Neu GmbH"_s);            // ours, still on its way
        QCOMPARE(stored.tags, QStringList{u"Privat"_s}); // theirs
        // Once the server answered for it, the server's state wins again.
        {
            app::StoreTransaction tx(f.store.database());
            QVERIFY(tx.writer().completeOperation(outbox(f.store).first().opId));
            QVERIFY(tx.commit());
        }
        QVERIFY(applyServerChanges(f.store, {serverAccount(id, u"Neu GmbH (Server)"_s, {})}));
        QCOMPARE(f.store.account(id)->name, u"Neu GmbH (Server)"_s);
    }

    void appliesReferenceDataAndDeletes()
    {
        StoreFixture f;
        QCOMPARE(f.store.teamMembers().size(), 3);
        QCOMPARE(f.store.firmSettings().nameFormat, core::NameFormat::LastCommaFirst);
        QCOMPARE(f.store.customFields(core::CustomFieldScope::Account).size(), 1);
        QCOMPARE(f.store.customFields(core::CustomFieldScope::Contact).size(), 0);
        // R-ACC-7: creator plus members with default access.
        QCOMPARE(f.store.defaultTeamMemberIds(), (QList<QUuid>{ownerId, employeeId}));
        QVERIFY(
            applyServerChanges(f.store, {core::Change{u"team_member"_s, true, assistantId, {}}}));
        QCOMPARE(f.store.teamMembers().size(), 2);

        const QUuid id = QUuid::createUuid();
        QVERIFY(applyServerChanges(f.store, {serverAccount(id, u"Weg GmbH"_s, {})}));
        QVERIFY(f.store.account(id));
        QVERIFY(applyServerChanges(f.store, {core::Change{u"account"_s, true, id, {}}}));
        QVERIFY(!f.store.account(id));
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts_fts"_s), 0);
        QCOMPARE(f.count(u"SELECT count(*) FROM account_contacts"_s), 0);
    }

    void notificationsAndReadMarks()
    {
        StoreFixture f;
        const QUuid n1 = QUuid::createUuid();
        const QUuid account = QUuid::createUuid();
        QVERIFY(applyServerChanges(
            f.store, {change(u"notification"_s, n1,
                             {{u"kind"_s, u"client_activated"_s},
                              {u"account_id"_s, core::toWireId(account)},
                              {u"title"_s, u"Anna Schmidt hat das Portal aktiviert"_s},
                              {u"created_at"_s, u"2026-01-02T10:00:00Z"_s},
                              {u"read_at"_s, QJsonValue::Null}})}));
        QList<app::Notification> list = f.store.notifications();
        QCOMPARE(list.size(), 1);
        QVERIFY(!list[0].isRead());
        QCOMPARE(list[0].desktopLink, u"kontor://account/"_s + core::toWireId(account));
        QVERIFY(f.store.markNotificationRead(n1));
        QVERIFY(f.store.notifications().first().isRead());
        QCOMPARE(outbox(f.store).last().kind, QString(app::localkind::notificationRead));
    }
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
