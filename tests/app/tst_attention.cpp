// What "needs attention" and where it is resolved (app/attention.h): every sync issue belongs to
// exactly one place (conflicts, a refused new account's draft, an account's profile, the import
// wizard, or nowhere here any more), so the status bar's count leads somewhere for each.

#include "storefixture.h"

#include "app/attention.h"

#include "core/syncprotocol.h"

#include <QSqlQuery>

using namespace kontor;
using namespace kontor::test;
using Place = app::AttentionItem::Place;

namespace {

core::OperationResult rejected(const QString& path)
{
    return {{},
            core::OperationStatus::Rejected,
            {core::Violation::received(path, u"invalid"_s, u"Nicht erlaubt."_s)},
            {}};
}

QUuid editedAccount(StoreFixture& f, const QString& name, const core::OperationResult& answer)
{
    const QUuid id = accountRenamedHere(f.store, name, name + u" (geändert)"_s, answer);
    if (id.isNull())
        qFatal("cannot answer the change");
    return id;
}

// An operation the import run would queue, refused by the server.
QUuid refusedImportBatch(StoreFixture& f)
{
    const QUuid opId = QUuid::createUuid();
    QSqlQuery q(f.store.database().db());
    q.prepare(u"INSERT INTO outbox(op_id, kind, payload, created_at) VALUES(?, ?, ?, ?)"_s);
    q.addBindValue(core::toWireId(opId));
    q.addBindValue(QString(core::opkind::importBatch));
    q.addBindValue(u"{\"import_id\":\"x\",\"batch\":0,\"items\":[]}"_s);
    q.addBindValue(u"2026-11-28T00:00:00Z"_s);
    if (!q.exec() || !answerOldest(f.store, rejected(u"items[0].payload.name"_s)))
        qFatal("cannot refuse the import batch");
    return opId;
}

QList<QUuid> opIdsOf(StoreFixture& f, const QUuid& accountId)
{
    QList<QUuid> out;
    for (const app::SyncIssue& issue : f.store.syncIssues()) {
        if (issue.accountId == accountId)
            out.append(issue.operation.opId);
    }
    return out;
}

} // namespace

class TestAttention : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nothingWithoutIssues()
    {
        StoreFixture f;
        editedAccount(f, u"Angenommen"_s, {});
        QVERIFY(app::attentionItems(f.store).isEmpty());
    }

    void everyIssueHasItsPlace()
    {
        StoreFixture f;
        // Conflicts first, whichever account they are on.
        const QUuid conflicted = editedAccount(
            f, u"Konflikt"_s,
            {{}, core::OperationStatus::Conflict, {}, {{u"name"_s, u"Server"_s, u"Meins"_s}}});
        // A refused new account is resolved in its draft.
        core::Account created = individual(person(u"Rita"_s, u"Refus"_s));
        QVERIFY(f.store.createAccount(created).isEmpty());
        QVERIFY(answerOldest(f.store, rejected(u"team_member_ids[0]"_s)));
        // Refused changes in the account's profile: its own, and its contact's.
        const QUuid edited = editedAccount(f, u"Berger"_s, rejected(u"fields.name"_s));
        const QUuid withContact = QUuid::createUuid();
        QVERIFY(applyServerChanges(f.store, {serverAccount(withContact, u"Cramer"_s, {})}));
        const core::Contact contact = f.store.account(withContact)->contacts[0].contact;
        core::Contact changed = contact;
        changed.email = u"cramer@vergeben.example"_s;
        QVERIFY(f.store.updateContact(contact, changed).isEmpty());
        QVERIFY(answerOldest(f.store, rejected(u"fields.email"_s)));
        const QUuid contactOpId = f.store.syncIssues().constLast().operation.opId;
        // Import batches in the wizard.
        const QUuid batch = refusedImportBatch(f);
        // A refused change of an account the server deleted meanwhile.
        const QUuid gone = editedAccount(f, u"Weg"_s, rejected(u"fields.name"_s));
        const QList<QUuid> goneOps = opIdsOf(f, gone);
        core::Change deletion = change(u"account"_s, gone, {});
        deletion.deleted = true;
        QVERIFY(applyServerChanges(f.store, {deletion}));
        QVERIFY(!f.store.account(gone));

        const QList<app::AttentionItem> items = app::attentionItems(f.store);
        QCOMPARE(items.size(), 6);
        QCOMPARE(items[0].place, Place::Conflicts);
        QCOMPARE(items[0].opIds, opIdsOf(f, conflicted));
        QCOMPARE(items[1].place, Place::Draft);
        QCOMPARE(items[1].id, created.id);
        QCOMPARE(items[1].name, u"Refus, Rita"_s);
        QCOMPARE(items[1].opIds, f.store.draft(created.id)->issueOpIds);
        QCOMPARE(items[2].place, Place::Account);
        QCOMPARE(items[2].id, edited);
        QCOMPARE(items[2].name, u"Berger"_s); // the server's name again
        QCOMPARE(items[2].opIds, opIdsOf(f, edited));
        QCOMPARE(items[3].place, Place::Account);
        QCOMPARE(items[3].id, withContact);
        QCOMPARE(items[3].opIds, QList<QUuid>{contactOpId});
        QCOMPARE(items[4].place, Place::Import);
        QCOMPARE(items[4].opIds, QList<QUuid>{batch});
        QCOMPARE(items[5].place, Place::Elsewhere);
        QCOMPARE(items[5].opIds, goneOps);

        // Each issue in exactly one place.
        qsizetype placed = 0;
        for (const app::AttentionItem& item : items)
            placed += item.opIds.size();
        QCOMPARE(placed, f.store.syncIssues().size());
    }

    // Changes made to a new account before the server refused it go with its draft: creating it
    // again resolves them.
    void changesOfARefusedNewAccountGoWithItsDraft()
    {
        StoreFixture f;
        core::Account created = individual(person(u"Ida"_s, u"Imbach"_s));
        QVERIFY(f.store.createAccount(created).isEmpty());
        core::Account renamed = *f.store.account(created.id);
        renamed.tags = {u"Mandant"_s};
        QVERIFY(f.store.updateAccountFields(renamed).isEmpty());
        QVERIFY(answerOldest(f.store, rejected(u"team_member_ids[0]"_s)));
        QVERIFY(answerOldest(f.store, rejected(u"id"_s)));
        QCOMPARE(f.store.syncIssues().size(), 2);

        const QList<app::AttentionItem> items = app::attentionItems(f.store);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].place, Place::Draft);
        QCOMPARE(items[0].id, created.id);
        QCOMPARE(items[0].opIds.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAttention)
#include "tst_attention.moc"
