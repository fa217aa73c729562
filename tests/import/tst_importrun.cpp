// The run of an import (R-BULK-1, issue 7 "The run") on a real local store: accounts written as
// the new-account form would write them, one outbox operation per batch, cancel and resume
// without duplicates, "Rückgängig machen" before sync, and the invitations afterwards.

#include "importfixture.h"

#include "app/storereader.h"

#include "core/import/accountassembler.h"

#include <QJsonDocument>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace kontor;
using app::DuplicateChoice;

Q_DECLARE_METATYPE(core::RecordIds)

namespace {

// 12 rows: 6 accounts (Firma 1–6) with two contacts each: Anna 1–6 of their own, and Bert 1–3
// each on two accounts.
QString twelveRows()
{
    QString text = u"Konto;Firmenname;Vorname;Nachname;E-Mail;Mobil;Schlagwörter;Portalzugang\n"_s;
    for (int a = 1; a <= 6; ++a) {
        text += u"Firma %1;Firma %1 GmbH;Anna;Arm%1;anna%1@firma.example;0151 1000000%1;Mandant;"
                "ja\n"_s.arg(a);
        text += u"Firma %1;Firma %1 GmbH;Bert;Bau%2;bert%2@firma.example;;Lohn;nein\n"_s.arg(a).arg(
            (a + 1) / 2);
    }
    return text;
}

QStringList outboxKinds(test::StoreFixture& f)
{
    QStringList kinds;
    QSqlQuery q(f.store.connection());
    q.exec(u"SELECT kind FROM outbox ORDER BY seq"_s);
    while (q.next())
        kinds.append(q.value(0).toString());
    return kinds;
}

QJsonObject lastOutboxPayload(test::StoreFixture& f)
{
    QSqlQuery q(f.store.connection());
    q.exec(u"SELECT payload FROM outbox ORDER BY seq DESC LIMIT 1"_s);
    return q.next() ? QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()
                    : QJsonObject();
}

/// Stores the company account @p name (company name @p companyName) with @p contact.
core::Account storeCompany(test::StoreFixture& f, const QString& name, const QString& companyName,
                           const core::Contact& contact)
{
    core::Account account = test::company(companyName, {contact});
    account.name = name;
    if (!f.store.createAccount(account).isEmpty())
        qFatal("%s cannot be stored", qPrintable(name));
    return account;
}

/// Imports @p path in batches of 4 rows (2 accounts) and has the server refuse the second of
/// the three batches; null when any step fails.
std::unique_ptr<app::ImportPlan> importWithSecondBatchRefused(test::StoreFixture& f,
                                                              const QString& path)
{
    auto plan = test::planImport(f.store, path, {}, 4);
    if (!plan || test::runImport(f.store, *plan).status != app::ImportStatus::Done)
        return nullptr;
    const QList<app::ImportBatch> batches =
        app::importtables::batches(f.store.database(), plan->importId());
    if (batches.size() != 3 || !test::refuseOperation(f.store, batches.at(1).opId))
        return nullptr;
    return plan;
}

/// "Firma 1" with its contact Anna Arm1, as twelveRows() has them.
core::Account storeFirma1(test::StoreFixture& f)
{
    return storeCompany(f, u"Firma 1"_s, u"Firma 1 GmbH"_s,
                        test::person(u"Anna"_s, u"Arm1"_s, u"anna1@firma.example"_s));
}

/// FTS5's merge setting of the search index @p index: 4, its default, when none is stored.
int automerge(test::StoreFixture& f, const QString& index)
{
    return f.count(
        u"SELECT coalesce((SELECT v FROM %1_config WHERE k = 'automerge'), 4)"_s.arg(index));
}

// Firma 1 as the server sent it; an import then updates it and links Anna and Bert to it,
// and waits in the outbox.
QUuid pulledFirma1ChangedByAQueuedImport(test::StoreFixture& f)
{
    const QUuid id = QUuid::createUuid();
    if (!test::applyServerChanges(f.store, {test::serverAccount(id, u"Firma 1"_s, {u"Alt"_s},
                                                                core::AccountType::Company)})) {
        return {};
    }
    const auto plan =
        test::planImport(f.store, test::writeImportFile(f.dir, u"r.csv"_s, twelveRows()),
                         {DuplicateChoice::Update, DuplicateChoice::Update});
    if (!plan || test::runImport(f.store, *plan).status != app::ImportStatus::Done) {
        return {};
    }
    return id;
}

bool hasContact(const core::Account& a, const QString& email)
{
    return std::any_of(a.contacts.cbegin(), a.contacts.cend(),
                       [&](const core::AccountContact& c) { return c.contact.email == email; });
}

/// The server's answer "applied" to everything queued, as the sync worker writes it.
bool answerAllApplied(test::StoreFixture& f)
{
    app::StoreTransaction tx(f.store.database());
    for (const core::Operation& op : app::StoreReader(f.store.database()).outbox(1000)) {
        if (!tx.writer().completeOperation(op.opId))
            return false;
    }
    return tx.commit();
}

/// Firma 1 with Anna Arm1 (no phone) as the server sent it; Anna's id.
QUuid pulledFirma1WithAnna(test::StoreFixture& f)
{
    core::Contact anna = test::person(u"Anna"_s, u"Arm1"_s, u"anna1@firma.example"_s);
    anna.id = QUuid::createUuid();
    core::Account firma = test::company(u"Firma 1 GmbH"_s, {anna});
    firma.id = QUuid::createUuid();
    firma.name = u"Firma 1"_s;
    firma.contacts.first().contact.id = anna.id;
    return test::applyServerChanges(f.store,
                                    {test::change(u"account"_s, firma.id, core::toJson(firma))})
               ? anna.id
               : QUuid();
}

} // namespace

class TestImportRun : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writesAccountsAsTheFormWould()
    {
        test::StoreFixture f;
        const auto plan =
            test::planImport(f.store, test::writeImportFile(f.dir, u"r.csv"_s, twelveRows()));
        QVERIFY(plan);
        QSignalSpy changed(&f.store, &app::LocalStore::changed);
        const app::ImportResult result = test::runImport(f.store, *plan);
        QCOMPARE(result.status, app::ImportStatus::Done);
        QCOMPARE(result.counts.accountsCreate, 6);
        QCOMPARE(result.counts.contactsCreate, 9);
        QCOMPARE(result.counts.link, 3);
        QVERIFY(!changed.isEmpty());

        const QUuid id = core::importRecordId(plan->importId(), u"account", 1);
        const std::optional<core::Account> account = f.store.account(id);
        QVERIFY(account);
        QCOMPARE(account->name, u"Firma 1"_s);
        QCOMPARE(account->type, core::AccountType::Company);
        QCOMPARE(account->companyName, u"Firma 1 GmbH"_s);
        QCOMPARE(account->tags, (QStringList{u"Mandant"_s, u"Lohn"_s}));
        QCOMPARE(account->contacts.size(), 2);
        const core::AccountContact& anna = account->contacts.at(0);
        QCOMPARE(anna.contact.email, u"anna1@firma.example"_s);
        QCOMPARE(anna.contact.phones.value(0).number, u"+4915110000001"_s);
        QVERIFY(anna.contact.phones.value(0).primary); // R-CON-4: the mobile number
        QVERIFY(anna.switches.login);
        QVERIFY(!account->contacts.at(1).switches.login);
        // A contact on two accounts is one contact, linked twice (R-CON-2).
        const QList<core::Contact> bert = f.store.findContacts(u"Bau2"_s);
        QCOMPARE(bert.size(), 1);
        QCOMPARE(f.count(u"SELECT count(*) FROM account_contacts l JOIN contacts c ON c.rid = "
                         "l.contact_rid WHERE c.last_name = 'Bau2'"_s),
                 2);
        // Searchable like any account (full-text index written with the rows).
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts_fts WHERE accounts_fts MATCH 'arm4'"_s),
                 1);
    }

    void queuesOneOperationPerBatch()
    {
        test::StoreFixture f;
        const auto plan = test::planImport(
            f.store, test::writeImportFile(f.dir, u"r.csv"_s, twelveRows()), {}, 4);
        QVERIFY(plan);
        QCOMPARE(test::runImport(f.store, *plan).status, app::ImportStatus::Done);
        // Batches close at account ends once they hold 4 rows: 2 accounts each.
        QCOMPARE(outboxKinds(f), QStringList(3, u"import.batch"_s));
        const QJsonObject last = lastOutboxPayload(f);
        QCOMPARE(last.value(u"import_id"_s).toString(), core::toWireId(plan->importId()));
        const QJsonArray items = last.value(u"items"_s).toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value(u"kind"_s).toString(), u"account.create"_s);
        QCOMPARE(app::importtables::batches(f.store.database(), plan->importId()).size(), 3);
    }

    void closesABatchBeforeItOutgrowsOnePush()
    {
        // 2,000 accounts with a long custom field (~4 MB of operations) and room for 5,000 rows
        // a batch: the batches still close below one push (4 MB), so the server takes each.
        QString text = u"Konto;Vorname;Nachname;Steuernummer\n"_s;
        const QString longValue(1900, u'7');
        for (int a = 1; a <= 2000; ++a)
            text += u"Firma %1;Anna;Arm%1;%2\n"_s.arg(a).arg(longValue);
        test::StoreFixture f;
        const auto plan =
            test::planImport(f.store, test::writeImportFile(f.dir, u"r.csv"_s, text), {}, 5000);
        QVERIFY(plan);
        QVERIFY(plan->mappingIssues().isEmpty());
        const app::ImportResult result = test::runImport(f.store, *plan);
        QVERIFY2(result.status == app::ImportStatus::Done, qPrintable(result.error));
        QSqlQuery q(f.store.connection());
        QVERIFY(q.exec(u"SELECT length(payload) FROM outbox WHERE kind = 'import.batch'"_s));
        int batches = 0;
        while (q.next()) {
            ++batches;
            QVERIFY2(q.value(0).toLongLong() < 4 * 1024 * 1024, qPrintable(q.value(0).toString()));
        }
        QCOMPARE(batches, 2);
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts"_s), 2000);
    }

    void aCancelDropsOnlyTheOpenTransaction()
    {
        // Batches of 2 rows, transactions of 3 batches: the 12 rows are two commits. A cancel
        // after the first keeps its 3 batches (3 accounts) and nothing of the second.
        test::StoreFixture f;
        const auto plan = test::planImport(
            f.store, test::writeImportFile(f.dir, u"r.csv"_s, twelveRows()), {}, 2);
        QVERIFY(plan);
        std::atomic_bool cancel{false};
        app::ImportCallbacks callbacks;
        callbacks.cancel = &cancel;
        callbacks.batchesPerTransaction = 3;
        int commits = 0;
        callbacks.committed = [&](const app::StoreChanges& changes) {
            ++commits;
            QCOMPARE(changes.accounts.size(), 3);
            cancel = true;
        };
        QCOMPARE(test::runImport(f.store, *plan, callbacks).status, app::ImportStatus::Cancelled);
        QCOMPARE(commits, 1);
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts"_s), 3);
        QCOMPARE(outboxKinds(f), QStringList(3, u"import.batch"_s));
        const std::optional<app::ImportRecord> record =
            app::importtables::load(f.store.database(), plan->importId());
        QVERIFY(record);
        QCOMPARE(record->lastRow, 6); // as committed, not as far as the dropped batches went
        QCOMPARE(app::importtables::batches(f.store.database(), plan->importId()).size(), 3);
        // The search index merges as usual again.
        QCOMPARE(automerge(f, u"accounts_fts"_s), 4);
    }

    void mergesTheSearchIndexOnceAtTheEnd()
    {
        // A commit per account: six segments per search index. During the run FTS5 merges none
        // of them (merging four at a time is its default); at the end they are one, merging is
        // on again, and the search finds every account and contact.
        test::StoreFixture f;
        const auto plan = test::planImport(
            f.store, test::writeImportFile(f.dir, u"r.csv"_s, twelveRows()), {}, 2);
        QVERIFY(plan);
        const QString segments = u"SELECT count(DISTINCT segid) FROM %1_idx"_s;
        app::ImportCallbacks callbacks;
        callbacks.batchesPerTransaction = 1;
        QList<int> merging, accountSegments, contactSegments;
        callbacks.committed = [&](const app::StoreChanges&) {
            merging << automerge(f, u"accounts_fts"_s) << automerge(f, u"contacts_fts"_s);
            accountSegments.append(f.count(segments.arg(u"accounts_fts"_s)));
            contactSegments.append(f.count(segments.arg(u"contacts_fts"_s)));
        };
        QCOMPARE(test::runImport(f.store, *plan, callbacks).status, app::ImportStatus::Done);
        QCOMPARE(merging, QList<int>(12, 0));
        QCOMPARE(accountSegments, QList<int>({1, 2, 3, 4, 5, 6}));
        QCOMPARE(contactSegments.constLast(), 6);
        for (const QString& index : {u"accounts_fts"_s, u"contacts_fts"_s}) {
            QCOMPARE(automerge(f, index), 4);
            QCOMPARE(f.count(segments.arg(index)), 1);
        }
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts_fts WHERE accounts_fts MATCH 'fir*'"_s),
                 6);
        QCOMPARE(f.count(u"SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'ann*'"_s),
                 6);
        QCOMPARE(f.count(u"SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'bau*'"_s),
                 3);
    }

    void aBatchTheServerRefusedIsTakenBackHereOnly()
    {
        // Batches of 4 rows (2 accounts); the server refuses the second batch, all or nothing.
        test::StoreFixture f;
        const QString path = test::writeImportFile(f.dir, u"r.csv"_s, twelveRows());
        const auto plan = importWithSecondBatchRefused(f, path);
        QVERIFY(plan);

        const QList<app::importrun::RefusedBatch> refused =
            app::importrun::refusedBatches(f.store.database());
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.at(0).filePath, path);
        QCOMPARE(refused.at(0).firstRow, 5);
        QCOMPARE(refused.at(0).lastRow, 8);
        QCOMPARE(refused.at(0).errors.size(), 1);
        QCOMPARE(refused.at(0).errorAccounts, QStringList{u"Firma 3"_s});

        app::StoreChanges changes;
        QVERIFY(app::importrun::dropRefused(f.store.database(), refused.at(0), &changes));
        QVERIFY(!changes.accounts.isEmpty());
        // Firma 3 and 4 are gone with the contacts only they had (Anna 3, Anna 4, Bert 2).
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts"_s), 4);
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts WHERE name IN ('Firma 3', 'Firma 4')"_s),
                 0);
        QCOMPARE(f.count(u"SELECT count(*) FROM contacts"_s), 6);
        QCOMPARE(f.count(u"SELECT count(*) FROM contacts WHERE last_name = 'Bau2'"_s), 0);
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts_fts WHERE accounts_fts MATCH 'arm3'"_s),
                 0);
        // Nothing for the server, which has none of it; the sync issue is gone.
        QCOMPARE(outboxKinds(f), QStringList(2, u"import.batch"_s));
        QCOMPARE(f.count(u"SELECT count(*) FROM sync_issues"_s), 0);
        QVERIFY(app::importrun::refusedBatches(f.store.database()).isEmpty());

        // The same file again writes those rows again, and only those.
        const auto again = test::planImport(f.store, path, {}, 4);
        QVERIFY(again);
        QCOMPARE(again->counts().accountsCreate, 2);
    }

    void undoTakesARefusedBatchBackHereOnly()
    {
        // Undo instead of "discard": the refused batch goes without an operation for the
        // server, which has none of it, and its sync issue with it.
        test::StoreFixture f;
        const auto plan =
            importWithSecondBatchRefused(f, test::writeImportFile(f.dir, u"r.csv"_s, twelveRows()));
        QVERIFY(plan);
        QCOMPARE(app::importrun::undo(f.store.database(), plan->importId()).status,
                 app::ImportStatus::Undone);
        QCOMPARE(f.count(u"SELECT count(*) FROM sync_issues"_s), 0);
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts"_s), 0);
        // The two batches still queued go out with an undo each; none for the refused one.
        QCOMPARE(f.count(u"SELECT count(*) FROM outbox WHERE payload LIKE '%\"undo\":true%'"_s), 2);
    }

    void resumesAfterACancelWithoutDuplicates_data()
    {
        QTest::addColumn<core::RecordIds>("ids");
        QTest::newRow("sequential ids") << core::RecordIds::Sequential;
        // An import begun before sequential ids goes on with the ids it began with.
        QTest::newRow("hashed ids") << core::RecordIds::Hashed;
    }

    void resumesAfterACancelWithoutDuplicates()
    {
        QFETCH(core::RecordIds, ids);
        test::StoreFixture f;
        const QString path = test::writeImportFile(f.dir, u"r.csv"_s, twelveRows());
        const auto plan = test::planImport(f.store, path, {}, 2, ids);
        QVERIFY(plan);
        QCOMPARE(plan->recordIds(), ids);
        std::atomic_bool cancel{false};
        app::ImportCallbacks callbacks;
        callbacks.cancel = &cancel;
        callbacks.batchesPerTransaction = 1; // a commit after every batch
        int batches = 0;
        callbacks.committed = [&](const app::StoreChanges&) { cancel = ++batches == 2; };
        const app::ImportResult stopped = test::runImport(f.store, *plan, callbacks);
        QCOMPARE(stopped.status, app::ImportStatus::Cancelled);
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts"_s), 2);
        QVERIFY(app::importtables::load(f.store.database(), plan->importId())->resumable());

        // Resuming is planning the same file again: what the first run wrote is imported.
        const auto again = test::planImport(f.store, path, {}, 2); // new imports: sequential
        QVERIFY(again);
        QCOMPARE(again->importId(), plan->importId());
        QCOMPARE(again->recordIds(), ids);
        QCOMPARE(again->counts().accountsCreate, 4);
        const app::ImportResult done = test::runImport(f.store, *again);
        QCOMPARE(done.status, app::ImportStatus::Done);
        QCOMPARE(done.counts.accountsCreate, 6); // both runs
        QCOMPARE(done.counts.contactsCreate, 9);
        QCOMPARE(done.counts.link, 3);
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts"_s), 6);
        QCOMPARE(f.count(u"SELECT count(*) FROM contacts"_s), 9);
        QCOMPARE(f.count(u"SELECT count(*) FROM account_contacts"_s), 12);
        QCOMPARE(f.count(u"SELECT count(DISTINCT email_key) FROM contacts"_s), 9);
        // The accounts of rows 1, 3, …, 11, with the ids of the scheme the import began with.
        QStringList stored, expected;
        QSqlQuery q(f.store.connection());
        QVERIFY(q.exec(u"SELECT id FROM accounts ORDER BY rid"_s));
        while (q.next())
            stored.append(q.value(0).toString());
        for (int row = 1; row <= 11; row += 2)
            expected.append(
                core::toWireId(core::importRecordId(plan->importId(), u"account", row, ids)));
        QCOMPARE(stored, expected);
    }

    void undoRemovesWhatItCreatedAndRestoresWhatItUpdated()
    {
        test::StoreFixture f;
        // Before: Firma 1 with Anna (synced), and an unrelated account.
        const core::Account firma = storeFirma1(f);
        core::Account other = test::individual(test::person(u"Olaf"_s, u"Ohne"_s));
        QVERIFY(f.store.createAccount(other).isEmpty());
        const std::optional<core::Account> before = f.store.account(firma.id);
        const std::optional<core::Contact> annaBefore =
            f.store.contact(firma.contacts[0].contact.id);
        const int outboxBefore = f.store.outboxCount();

        const auto plan =
            test::planImport(f.store, test::writeImportFile(f.dir, u"r.csv"_s, twelveRows()),
                             {DuplicateChoice::Update, DuplicateChoice::Update}, 4);
        QVERIFY(plan);
        QVERIFY(plan->mappingIssues().isEmpty());
        const app::ImportResult result = test::runImport(f.store, *plan);
        QCOMPARE(result.status, app::ImportStatus::Done);
        QCOMPARE(result.counts.accountsCreate, 5);
        QVERIFY(result.counts.update >= 2); // Firma 1's tags, Anna's phone
        QCOMPARE(f.store.account(firma.id)->contacts.size(), 2);
        QVERIFY(f.store.account(firma.id)->tags.contains(u"Lohn"_s));
        QCOMPARE(f.store.contact(annaBefore->id)->phones.size(), 1);

        const app::ImportResult undone = app::importrun::undo(f.store.database(), result.importId);
        QCOMPARE(undone.status, app::ImportStatus::Undone);
        QCOMPARE(undone.counts.accountsCreate, 5);
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts"_s), 2);
        QCOMPARE(f.count(u"SELECT count(*) FROM contacts"_s), 2);
        const std::optional<core::Account> after = f.store.account(firma.id);
        QVERIFY(after);
        QCOMPARE(after->tags, before->tags);
        QCOMPARE(after->contacts.size(), 1);
        QCOMPARE(f.store.contact(annaBefore->id), annaBefore);
        QVERIFY(f.store.account(other.id));
        // Every batch was undone by one operation of its own.
        const QStringList kinds = outboxKinds(f).mid(outboxBefore);
        QCOMPARE(kinds, QStringList(6, u"import.batch"_s));
        QVERIFY(lastOutboxPayload(f).value(u"undo"_s).toBool());
        QCOMPARE(app::importtables::load(f.store.database(), result.importId)->status,
                 app::ImportStatus::Undone);

        // The same file can be imported again after an undo.
        const auto again =
            test::planImport(f.store, test::writeImportFile(f.dir, u"r.csv"_s, twelveRows()));
        QVERIFY(again);
        QCOMPARE(again->counts().accountsCreate, 5);
    }

    void anUndoCancelledAfterACommitKeepsItAndUndoAgainFinishes()
    {
        // Six batches of one account each, undone four a transaction from the last: a cancel
        // after the first transaction's commit (Firma 6 to 3 are gone) stops the undo there.
        test::StoreFixture f;
        const auto plan = test::planImport(
            f.store, test::writeImportFile(f.dir, u"r.csv"_s, twelveRows()), {}, 2);
        QVERIFY(plan);
        QCOMPARE(test::runImport(f.store, *plan).status, app::ImportStatus::Done);
        const int outboxBefore = f.store.outboxCount();
        std::atomic_bool cancel{false};
        app::ImportCallbacks callbacks;
        callbacks.cancel = &cancel;
        callbacks.batchesPerTransaction = 4;
        QList<qint64> progress;
        QList<app::StoreChanges> commits;
        callbacks.committed = [&](const app::StoreChanges& changes) { commits.append(changes); };
        callbacks.progress = [&](qint64 done, qint64 total) {
            progress << done << total;
            cancel = true;
        };
        const app::ImportResult first =
            app::importrun::undo(f.store.database(), plan->importId(), callbacks);
        QCOMPARE(first.status, app::ImportStatus::Cancelled);
        QCOMPARE(commits.size(), 1);
        QVERIFY(commits.constFirst().outbox);
        QVERIFY(commits.constFirst().accounts.size() >= 4);
        QCOMPARE(progress, QList<qint64>({4, 6}));
        QCOMPARE(first.counts.accountsCreate, 4);
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts WHERE name LIKE 'Firma _'"_s), 2);
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts WHERE name IN ('Firma 1', 'Firma 2')"_s),
                 2);
        QCOMPARE(f.count(u"SELECT count(*) FROM contacts"_s), 3); // Anna 1 and 2, Bert 1
        QCOMPARE(f.store.outboxCount() - outboxBefore, 4);        // one operation a batch
        QCOMPARE(app::importtables::batches(f.store.database(), plan->importId()).size(), 2);
        QCOMPARE(app::importtables::load(f.store.database(), plan->importId())->status,
                 app::ImportStatus::Undoing);

        const app::ImportResult again = app::importrun::undo(f.store.database(), plan->importId());
        QCOMPARE(again.status, app::ImportStatus::Undone);
        QCOMPARE(again.counts.accountsCreate, 2);
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts"_s), 0);
        QCOMPARE(f.count(u"SELECT count(*) FROM contacts"_s), 0);
        QCOMPARE(f.store.outboxCount() - outboxBefore, 6);
    }

    void undoKeepsWhatWasChangedSinceTheImport()
    {
        // The import adds Anna's phone and Firma 1's tag "Lohn"; afterwards someone changes
        // Anna's phone here. Undo takes the tag back and keeps the phone as it now is.
        test::StoreFixture f;
        const core::Account firma = storeFirma1(f);
        const QStringList tagsBefore = f.store.account(firma.id)->tags;
        const auto plan =
            test::planImport(f.store, test::writeImportFile(f.dir, u"r.csv"_s, twelveRows()),
                             {DuplicateChoice::Update, DuplicateChoice::Update});
        QVERIFY(plan);
        const app::ImportResult result = test::runImport(f.store, *plan);
        QCOMPARE(result.status, app::ImportStatus::Done);
        QVERIFY(f.store.account(firma.id)->tags.contains(u"Lohn"_s));
        core::Contact anna = *f.store.contact(firma.contacts[0].contact.id);
        QCOMPARE(anna.phones.size(), 1);
        anna.phones = {{u"+4935199999"_s, true}};
        QVERIFY(f.store.updateContact(anna).isEmpty());

        const app::ImportResult undone = app::importrun::undo(f.store.database(), result.importId);
        QCOMPARE(undone.status, app::ImportStatus::Undone);
        QCOMPARE(result.counts.update, 2);
        QCOMPARE(undone.counts.update, 1); // the account; Anna's phone is no longer the import's
        QCOMPARE(f.store.account(firma.id)->tags, tagsBefore);
        QCOMPARE(f.store.contact(anna.id)->phones, anna.phones);
        QCOMPARE(f.store.contact(anna.id)->email, u"anna1@firma.example"_s);
    }

    void aPulledAccountKeepsWhatAQueuedImportChangedOnIt()
    {
        // The server's copy of Firma 1 arrives (someone tagged it "Privat") before the import's
        // batch went out: the batch's changes stay on top, as a single queued change does.
        test::StoreFixture f;
        const QUuid id = pulledFirma1ChangedByAQueuedImport(f);
        QVERIFY(!id.isNull());
        QVERIFY(f.store.account(id)->tags.contains(u"Lohn"_s));
        QVERIFY(test::applyServerChanges(
            f.store,
            {test::serverAccount(id, u"Firma 1"_s, {u"Privat"_s}, core::AccountType::Company)}));
        const core::Account pulled = *f.store.account(id);
        QVERIFY(pulled.tags.contains(u"Lohn"_s));
        QCOMPARE(pulled.companyName, u"Firma 1 GmbH"_s);
        QVERIFY(hasContact(pulled, u"anna1@firma.example"_s));
        QVERIFY(hasContact(pulled, u"bert1@firma.example"_s));
    }

    void aPulledAccountKeepsALaterEditOfAContactTheImportCreated()
    {
        // Anna is new with the import and edited here afterwards; the server's copy of her
        // account arrives before either went out. Re-applying the import's link writes its
        // copy of Anna again, and the edit goes on top of it.
        test::StoreFixture f;
        const QUuid id = pulledFirma1ChangedByAQueuedImport(f);
        QVERIFY(!id.isNull());
        const auto isAnna = [](const core::AccountContact& c) {
            return c.contact.email == u"anna1@firma.example";
        };
        const core::Account imported = *f.store.account(id);
        const auto anna =
            std::find_if(imported.contacts.cbegin(), imported.contacts.cend(), isAnna);
        QVERIFY(anna != imported.contacts.cend());
        core::Contact edited = anna->contact;
        edited.middleName = u"Hier"_s;
        QVERIFY(f.store.updateContact(edited).isEmpty());
        QVERIFY(test::applyServerChanges(
            f.store,
            {test::serverAccount(id, u"Firma 1"_s, {u"Privat"_s}, core::AccountType::Company)}));
        const core::Account pulled = *f.store.account(id);
        const auto shown = std::find_if(pulled.contacts.cbegin(), pulled.contacts.cend(), isAnna);
        QVERIFY(shown != pulled.contacts.cend());
        QCOMPARE(shown->contact.middleName, u"Hier"_s);
    }

    void aPulledContactKeepsWhatAQueuedImportChangedOnIt()
    {
        // Anna came from the server without a phone; the import adds her mobile number. The
        // server's copy of Anna alone arrives before the batch went out: the number stays.
        test::StoreFixture f;
        const QUuid annaId = pulledFirma1WithAnna(f);
        QVERIFY(!annaId.isNull());
        core::Contact anna = *f.store.contact(annaId);
        const auto plan =
            test::planImport(f.store, test::writeImportFile(f.dir, u"r.csv"_s, twelveRows()),
                             {DuplicateChoice::Update, DuplicateChoice::Update});
        QVERIFY(plan);
        QCOMPARE(plan->label(1), app::RowLabel::Update);
        QCOMPARE(test::runImport(f.store, *plan).status, app::ImportStatus::Done);
        QCOMPARE(f.store.contact(anna.id)->phones.size(), 1);
        anna.middleName = u"Server"_s;
        QVERIFY(test::applyServerChanges(
            f.store, {test::change(u"contact"_s, anna.id, core::toJson(anna))}));
        const core::Contact pulled = *f.store.contact(anna.id);
        QCOMPARE(pulled.middleName, u"Server"_s);
        QCOMPARE(pulled.phones.size(), 1);
    }

    void aPulledAccountStaysGoneWhileItsUndoIsQueued()
    {
        // The import went out, then was undone here; the server's copy of Firma 1 arrives
        // before the undo went out: Firma 1 stays gone, as the undo says.
        test::StoreFixture f;
        const auto plan =
            test::planImport(f.store, test::writeImportFile(f.dir, u"r.csv"_s, twelveRows()));
        QVERIFY(plan);
        const app::ImportResult result = test::runImport(f.store, *plan);
        QCOMPARE(result.status, app::ImportStatus::Done);
        QVERIFY(answerAllApplied(f));
        const QUuid firma1 = core::importRecordId(plan->importId(), u"account", 1);
        QCOMPARE(app::importrun::undo(f.store.database(), result.importId).status,
                 app::ImportStatus::Undone);
        QVERIFY(!f.store.account(firma1));
        QVERIFY(test::applyServerChanges(f.store,
                                         {test::serverAccount(firma1, u"Firma 1"_s, {u"Mandant"_s},
                                                              core::AccountType::Company)}));
        QVERIFY(!f.store.account(firma1));
    }

    void aPulledContactKeepsItsUndoWhileItIsQueued()
    {
        // An import gave Anna a mobile number and went out; the undo here takes it back. The
        // server's copy of Anna, still with the number, arrives before the undo went out.
        test::StoreFixture f;
        const QUuid annaId = pulledFirma1WithAnna(f);
        QVERIFY(!annaId.isNull());
        const QString file = u"Konto;Vorname;Nachname;E-Mail;Mobil\n"
                             "Firma 1;Anna;Arm1;anna1@firma.example;0151 10000001\n"_s;
        const auto plan = test::planImport(f.store, test::writeImportFile(f.dir, u"a.csv"_s, file),
                                           {DuplicateChoice::Update, DuplicateChoice::Update});
        QVERIFY(plan);
        const app::ImportResult result = test::runImport(f.store, *plan);
        QCOMPARE(result.status, app::ImportStatus::Done);
        const core::Contact imported = *f.store.contact(annaId);
        QCOMPARE(imported.phones.size(), 1);
        QVERIFY(answerAllApplied(f));
        QCOMPARE(app::importrun::undo(f.store.database(), result.importId).status,
                 app::ImportStatus::Undone);
        QVERIFY(f.store.contact(annaId)->phones.isEmpty());
        QVERIFY(test::applyServerChanges(
            f.store, {test::change(u"contact"_s, annaId, core::toJson(imported))}));
        QVERIFY(f.store.contact(annaId)->phones.isEmpty());
    }

    void aConflictInAnImportBatchShowsTheServersValue()
    {
        // The server kept its tags for Firma 1 (item i of the batch): the account shows them
        // at once, the rest of the batch stays as imported.
        test::StoreFixture f;
        const QUuid id = pulledFirma1ChangedByAQueuedImport(f);
        QVERIFY(!id.isNull());
        const core::Operation batch = app::StoreReader(f.store.database()).outbox(1).first();
        const QJsonArray items = batch.payload.value(u"items"_s).toArray();
        qsizetype index = -1;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject item = items.at(i).toObject();
            if (item.value(u"kind"_s).toString() == u"account.update" &&
                item.value(u"payload"_s).toObject().value(u"id"_s).toString() ==
                    core::toWireId(id)) {
                index = i;
            }
        }
        QVERIFY(index >= 0);
        const QString field = u"items[%1].payload.tags"_s.arg(index);
        core::OperationResult answer{{}, core::OperationStatus::Conflict, {}, {}};
        answer.conflicts.append(
            {field, QJsonArray{u"Privat"_s}, QJsonArray{u"Alt"_s, u"Mandant"_s, u"Lohn"_s}});
        QVERIFY(test::answerOldest(f.store, answer));
        const core::Account shown = *f.store.account(id);
        QCOMPARE(shown.tags, QStringList{u"Privat"_s});
        QCOMPARE(shown.companyName, u"Firma 1 GmbH"_s);
        QVERIFY(hasContact(shown, u"anna1@firma.example"_s));
        const QList<app::SyncIssue> issues = app::StoreReader(f.store.database()).syncIssues();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().conflicts.first().field, field);
    }

    void aContactOnTwoAccountsTakesItsFirstRowWhicheverAccountEndsFirst()
    {
        // Beta ends (row 4) before Alpha (row 5), so Beta's rows 3 and 4 come first to the
        // run. Bernd (stored) is still updated, and Carla (new) created, from their first rows
        // on Alpha, as the plan labels them; the report counts what the plan counted.
        test::StoreFixture f;
        const core::Account alpha =
            storeCompany(f, u"Alpha GmbH"_s, u"Alpha GmbH"_s,
                         test::person(u"Bernd"_s, u"Schulz"_s, u"bernd@x.example"_s));
        const QUuid bernd = alpha.contacts[0].contact.id;
        const QString file = u"Konto;Vorname;Nachname;E-Mail;Telefon\n"
                             "Alpha GmbH;Bernd;Schulz;bernd@x.example;0351 123456\n"
                             "Alpha GmbH;Carla;Neu;carla@x.example;0351 654321\n"
                             "Beta KG;Bernd;Schulz;BERND@x.example;\n"
                             "Beta KG;Carla;Neu;carla@x.example;\n"
                             "Alpha GmbH;Anna;Meier;anna@x.example;\n"_s;
        const auto plan = test::planImport(f.store, test::writeImportFile(f.dir, u"s.csv"_s, file),
                                           {DuplicateChoice::Update, DuplicateChoice::Update});
        QVERIFY(plan);
        QCOMPARE(plan->label(1), app::RowLabel::Update);
        QCOMPARE(plan->label(3), app::RowLabel::Link);
        const app::ImportResult result = test::runImport(f.store, *plan);
        QCOMPARE(result.status, app::ImportStatus::Done);
        QCOMPARE(result.counts, plan->counts());
        QCOMPARE(result.counts.update, 1);
        QCOMPARE(result.counts.link, 2);
        QCOMPARE(result.counts.contactsCreate, 2);
        QCOMPARE(f.store.contact(bernd)->phones.value(0).number, u"+49351123456"_s);
        const QList<core::Contact> carla = f.store.findContacts(u"Carla"_s);
        QCOMPARE(carla.size(), 1);
        QCOMPARE(carla.constFirst().phones.value(0).number, u"+49351654321"_s);
        QCOMPARE(f.count(u"SELECT count(*) FROM account_contacts"_s), 5);
    }

    void countsAStoredContactOnTwoStoredAccountsAsThePlanDoes()
    {
        // Bernd belongs to Alpha and Beta already. Row 1 updates him, row 2 (Beta, complete
        // before Alpha) is a skip: whichever account the run writes first makes the update.
        test::StoreFixture f;
        const core::Account alpha =
            storeCompany(f, u"Alpha GmbH"_s, u"Alpha GmbH"_s,
                         test::person(u"Bernd"_s, u"Schulz"_s, u"bernd@x.example"_s));
        const QUuid bernd = alpha.contacts[0].contact.id;
        core::Account beta = test::company(u"Beta KG"_s, {});
        beta.name = u"Beta KG"_s;
        core::AccountContact link;
        link.existingContactId = bernd;
        link.contact = alpha.contacts[0].contact;
        beta.contacts = {link};
        QVERIFY(f.store.createAccount(beta).isEmpty());
        const QString file = u"Konto;Vorname;Nachname;E-Mail;Telefon\n"
                             "Alpha GmbH;Bernd;Schulz;bernd@x.example;0351 123456\n"
                             "Beta KG;Bernd;Schulz;bernd@x.example;\n"
                             "Alpha GmbH;Anna;Meier;anna@x.example;\n"_s;
        const auto plan = test::planImport(f.store, test::writeImportFile(f.dir, u"t.csv"_s, file),
                                           {DuplicateChoice::Update, DuplicateChoice::Update});
        QVERIFY(plan);
        QCOMPARE(plan->label(1), app::RowLabel::Update);
        QCOMPARE(plan->label(2), app::RowLabel::Skip);
        const app::ImportResult result = test::runImport(f.store, *plan);
        QCOMPARE(result.status, app::ImportStatus::Done);
        QCOMPARE(result.counts, plan->counts());
        QCOMPARE(f.store.contact(bernd)->phones.value(0).number, u"+49351123456"_s);
    }

    void undoTakesABatchOutOfTheSearchIndexInOneSegment()
    {
        // One batch, one transaction: its undo deletes the six accounts' and the contacts' search
        // entries in ascending rowid order, so FTS5 writes them as one segment per index
        // (merging off to count them), not one for every step back. Bert 1–3, also linked to the
        // next account, go with the last step: one step back.
        test::StoreFixture f;
        const auto plan = test::planImport(
            f.store, test::writeImportFile(f.dir, u"r.csv"_s, twelveRows()), {}, 12);
        QVERIFY(plan);
        QCOMPARE(test::runImport(f.store, *plan).status, app::ImportStatus::Done);
        QList<int> before;
        const QString segments = u"SELECT count(DISTINCT segid) FROM %1_idx"_s;
        for (const QString& index : {u"accounts_fts"_s, u"contacts_fts"_s}) {
            QVERIFY(app::execSql(f.store.connection(),
                                 u"INSERT INTO %1(%1, rank) VALUES('automerge', 0)"_s.arg(index)));
            before.append(f.count(segments.arg(index)));
        }
        QCOMPARE(app::importrun::undo(f.store.database(), plan->importId()).status,
                 app::ImportStatus::Undone);
        QCOMPARE(f.count(segments.arg(u"accounts_fts"_s)), before.at(0) + 1);
        QCOMPARE(f.count(segments.arg(u"contacts_fts"_s)), before.at(1) + 2);
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts_fts WHERE accounts_fts MATCH 'fir*'"_s),
                 0);
        QCOMPARE(f.count(u"SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'ann*'"_s),
                 0);
    }

    void undoCountsOnlyTheContactsItRemoved()
    {
        // An imported contact linked to another account since stays, and is not counted.
        test::StoreFixture f;
        const auto plan = test::planImport(
            f.store, test::writeImportFile(f.dir, u"r.csv"_s, twelveRows()), {}, 12);
        QVERIFY(plan);
        const app::ImportResult run = test::runImport(f.store, *plan);
        QCOMPARE(run.status, app::ImportStatus::Done);
        core::Account other =
            test::individual(test::person(u"Ines"_s, u"Inne"_s, u"ines@inne.example"_s));
        QVERIFY(f.store.createAccount(other).isEmpty());
        const QUuid anna = core::importRecordId(plan->importId(), u"contact", 1);
        QVERIFY(f.store.setLink(other.id, anna, {}).isEmpty());

        const app::ImportResult undone = app::importrun::undo(f.store.database(), plan->importId());
        QCOMPARE(undone.status, app::ImportStatus::Undone);
        QCOMPARE(undone.counts.contactsCreate, run.counts.contactsCreate - 1);
        QVERIFY(f.store.contact(anna));
    }

    // A stored contact the file links to a new account is the firm's: undo removes the
    // account and the contacts the import made, and keeps the stored one.
    void undoKeepsAStoredContactLinkedToANewAccount()
    {
        test::StoreFixture f;
        core::Account olaf =
            test::individual(test::person(u"Olaf"_s, u"Ohne"_s, u"olaf@ohne.example"_s));
        QVERIFY(f.store.createAccount(olaf).isEmpty());
        const QUuid olafContact = olaf.contacts[0].contact.id;
        const QString file = u"Konto;Vorname;Nachname;E-Mail\n"
                             "Neu GmbH;Olaf;Ohne;OLAF@ohne.example\n"
                             "Neu GmbH;Nina;Neu;nina@neu.example\n"_s;
        const auto plan = test::planImport(f.store, test::writeImportFile(f.dir, u"n.csv"_s, file));
        QVERIFY(plan);
        const app::ImportResult result = test::runImport(f.store, *plan);
        QCOMPARE(result.status, app::ImportStatus::Done);
        QCOMPARE(result.counts.accountsCreate, 1);
        QCOMPARE(result.counts.contactsCreate, 1);
        QCOMPARE(result.counts.link, 1);
        QCOMPARE(f.count(u"SELECT count(*) FROM contacts"_s), 2);
        // Undo's record of the batch names the new account and Nina, not Olaf.
        const QJsonArray created =
            app::importtables::batchUndo(f.store.database(), result.importId, 0)
                .value(u"accounts"_s)
                .toArray();
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.at(0).toArray().size(), 2);
        QVERIFY(!created.at(0).toArray().contains(core::toWireId(olafContact)));

        const app::ImportResult undone = app::importrun::undo(f.store.database(), result.importId);
        QCOMPARE(undone.status, app::ImportStatus::Undone);
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts"_s), 1);
        QCOMPARE(f.count(u"SELECT count(*) FROM contacts"_s), 1);
        QVERIFY(f.store.contact(olafContact));
        QCOMPARE(f.store.account(olaf.id)->contacts.size(), 1);
    }

    void invitesImportedContactsWithLoginOnce()
    {
        test::StoreFixture f;
        const auto plan =
            test::planImport(f.store, test::writeImportFile(f.dir, u"r.csv"_s, twelveRows()));
        QVERIFY(plan);
        QVERIFY(plan->mappingIssues().isEmpty());
        const app::ImportResult result = test::runImport(f.store, *plan);
        QCOMPARE(app::importrun::invitable(f.store.database(), result.importId), 6);
        const int outbox = f.store.outboxCount();
        QCOMPARE(
            app::importrun::invite(f.store.database(), result.importId, u"Willkommen im Portal"_s),
            6);
        QCOMPARE(f.store.outboxCount(), outbox + 6);
        const QStringList kinds = outboxKinds(f).mid(outbox);
        QCOMPARE(kinds, QStringList(6, u"invitation.send"_s));
        QCOMPARE(lastOutboxPayload(f).value(u"message"_s).toString(), u"Willkommen im Portal"_s);
        QCOMPARE(f.store.pendingActivations().size(), 6);
        QCOMPARE(app::importrun::invite(f.store.database(), result.importId, {}), 0);
        QCOMPARE(f.store.outboxCount(), outbox + 6);
        // As if the process died before the last batch's invitations were recorded as done:
        // the batches that have theirs are not invited twice.
        QVERIFY(app::execSql(f.store.connection(), u"UPDATE imports SET invited = 0"_s));
        QCOMPARE(app::importrun::invite(f.store.database(), result.importId, {}), 0);
        QCOMPARE(f.store.outboxCount(), outbox + 6);
        QCOMPARE(f.store.pendingActivations().size(), 6);
        // Undone and imported again, the same file's contacts are invited again.
        QCOMPARE(app::importrun::undo(f.store.database(), result.importId).status,
                 app::ImportStatus::Undone);
        const auto again =
            test::planImport(f.store, test::writeImportFile(f.dir, u"r.csv"_s, twelveRows()));
        QVERIFY(again);
        QCOMPARE(test::runImport(f.store, *again).status, app::ImportStatus::Done);
        QCOMPARE(app::importrun::invite(f.store.database(), result.importId, {}), 6);
    }
};

QTEST_GUILESS_MAIN(TestImportRun)
#include "tst_importrun.moc"
