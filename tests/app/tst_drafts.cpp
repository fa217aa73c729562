// Drafts and "needs attention" (issue 6): unfinished wizard input is kept with its position,
// listed, reopened and deleted with the account's creation; an account.create the server
// refused becomes a draft with the server's errors and the likely existing contact, folds the
// changes made after it, and creating it again sends a new operation and resolves the issues
// in one transaction. Nothing goes without the user saying so.

#include "storefixture.h"

#include "app/accountlistmodel.h"
#include "app/storereader.h"

#include <QSignalSpy>

using namespace kontor;
using namespace kontor::test;

namespace {

QList<core::Operation> outbox(StoreFixture& f)
{
    return app::StoreReader(f.store.database()).outbox(100000);
}

// The server's answer for the oldest queued operation.
void answerOldest(StoreFixture& f, core::OperationStatus status, const core::Violations& errors)
{
    QVERIFY(test::answerOldest(f.store, {{}, status, errors, {}}));
}

core::Violations unknownMember()
{
    return {core::Violation::received(u"team_member_ids[0]"_s, u"not_found"_s,
                                      u"Dieses Teammitglied gibt es nicht."_s)};
}

} // namespace

class TestDrafts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void draftKeepsIncompleteInputAndPosition()
    {
        StoreFixture f;
        QSignalSpy changed(&f.store, &app::LocalStore::draftsChanged);
        core::Account a = individual(person(u"Hal"_s, QString(), u"hal@exa"_s)); // unfinished
        a.tags = {u"Privat"_s};
        QVERIFY(f.store.saveDraft(a, {1, u"contacts[0].last_name"_s}));
        QVERIFY(!a.id.isNull()); // an id is made when the wizard had none
        QCOMPARE(changed.size(), 1);
        QCOMPARE(f.store.draftCount(), 1);
        const QList<app::Draft> drafts = f.store.drafts();
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts[0].id, a.id);
        QCOMPARE(drafts[0].account, a); // exactly as typed, invalid email included
        QCOMPARE(drafts[0].position, (app::DraftPosition{1, u"contacts[0].last_name"_s}));
        QVERIFY(!drafts[0].needsAttention);
        QCOMPARE(f.count(u"SELECT count(*) FROM outbox"_s), 0); // a draft sends nothing
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts"_s), 0);

        // Saving again replaces it (the wizard saves as the user types).
        a.contacts[0].contact.lastName = u"Lo"_s;
        QVERIFY(f.store.saveDraft(a, {1, u"contacts[0].email"_s}));
        QCOMPARE(f.store.draftCount(), 1);
        QCOMPARE(f.store.draft(a.id)->account.contacts[0].contact.lastName, u"Lo"_s);
    }

    void draftSurvivesClosingTheStore()
    {
        StoreFixture f;
        core::Account a = individual(person(u"Ute"_s, u"Unfertig"_s));
        QVERIFY(f.store.saveDraft(a, {0, u"name"_s}));
        const QString path = f.store.path();
        f.store.close();
        app::LocalStore reopened;
        QVERIFY(reopened.open(path));
        QCOMPARE(reopened.drafts().size(), 1);
        QCOMPARE(reopened.drafts()[0].account, a);
        QCOMPARE(reopened.drafts()[0].position.focusPath, u"name"_s);
    }

    void creatingTheAccountDeletesItsDraft()
    {
        StoreFixture f;
        core::Account a = individual(person(u"Ida"_s, u"Imbach"_s, u"ida@example.de"_s));
        QVERIFY(f.store.saveDraft(a, {}));
        core::Account other = individual(person(u"Otto"_s, u"Anders"_s));
        QVERIFY(f.store.saveDraft(other, {}));
        QVERIFY(f.store.createAccount(a).isEmpty());
        QCOMPARE(f.store.draftCount(), 1);
        QCOMPARE(f.store.drafts()[0].id, other.id);
        QVERIFY(f.store.account(a.id));
        QCOMPARE(outbox(f).size(), 1);
    }

    void creatingTwiceIsRefused()
    {
        StoreFixture f;
        core::Account a = individual(person(u"Ida"_s, u"Imbach"_s));
        QVERIFY(f.store.createAccount(a).isEmpty());
        core::Account again = a;
        const core::Violations v = f.store.createAccount(again);
        QCOMPARE(v.size(), 1);
        QCOMPARE(v[0].code(), u"duplicate"_s);
        QCOMPARE(outbox(f).size(), 1);
    }

    void refusedCreateNeedsAttention()
    {
        StoreFixture f;
        core::Account a = individual(person(u"Rita"_s, u"Refus"_s, u"rita@example.de"_s));
        a.teamMemberIds = {QUuid::createUuid()};
        QVERIFY(f.store.createAccount(a).isEmpty());
        const QUuid opId = outbox(f).first().opId;
        app::AccountListModel list(&f.store);
        QSignalSpy changed(&f.store, &app::LocalStore::draftsChanged);
        answerOldest(f, core::OperationStatus::Rejected, unknownMember());
        QVERIFY(changed.size() >= 1);

        QCOMPARE(f.store.draftCount(), 1);
        const std::optional<app::Draft> d = f.store.draft(a.id);
        QVERIFY(d);
        QVERIFY(d->needsAttention);
        QCOMPARE(d->rejectedOpId, opId);
        QCOMPARE(d->account.id, a.id);
        QCOMPARE(d->account.contacts.size(), 1);
        QCOMPARE(d->account.contacts[0].contact.id, a.contacts[0].contact.id); // ids kept
        QCOMPARE(d->account.contacts[0].contact.email, u"rita@example.de"_s);
        QCOMPARE(d->errors.size(), 1);
        QCOMPARE(d->errors[0].path(), u"team_member_ids[0]"_s);
        QCOMPARE(d->issueOpIds, QList<QUuid>{opId});
        // Still in the list, marked, until the user fixes or discards it.
        QCOMPARE(list.index(list.rowOf(a.id), 0).data(app::AccountListModel::SyncStateRole).toInt(),
                 int(app::SyncState::NeedsAttention));
    }

    void existingContactMadeMeanwhileIsOffered()
    {
        // A colleague created the same person while we were offline; the server refused our
        // create. The draft names the existing contact so the wizard can offer linking.
        StoreFixture f;
        core::Account a = individual(person(u"Max"_s, u"Muster"_s, u"Max.Muster@Example.de"_s));
        QVERIFY(f.store.createAccount(a).isEmpty());
        const QUuid theirs = QUuid::createUuid();
        const QUuid theirAccount = QUuid::createUuid();
        core::Contact max = person(u"Max"_s, u"Muster"_s, u"max.muster@example.de"_s);
        max.id = theirs;
        const core::Change c = serverAccountWith(theirAccount, u"Muster"_s, max);
        QVERIFY(applyServerChanges(f.store, {c}));
        answerOldest(f, core::OperationStatus::Rejected,
                     {core::Violation::received(u"contacts[0].email"_s, u"duplicate"_s,
                                                u"Diese E-Mail-Adresse ist vergeben."_s)});

        const app::Draft d = *f.store.draft(a.id);
        QCOMPARE(d.existingContacts.size(), 1);
        QCOMPARE(d.existingContacts[0].contactIndex, 0);
        QCOMPARE(d.existingContacts[0].existingContactId, theirs);
        QCOMPARE(d.existingContacts[0].existingName, u"Max Muster"_s);
        QVERIFY(d.existingContacts[0].namedByServer);

        // The user links the existing contact instead and creates the account again.
        core::Account fixed = d.account;
        fixed.contacts[0].existingContactId = theirs;
        fixed.contacts[0].contact = *f.store.contact(theirs);
        QVERIFY(f.store.createAccount(fixed).isEmpty());
        const QList<core::Operation> queued = outbox(f);
        QCOMPARE(queued.size(), 1);
        const QJsonObject sent = queued[0].payload[u"contacts"_s].toArray()[0].toObject();
        QCOMPARE(sent[u"existing_contact_id"_s].toString(), core::toWireId(theirs));
        // Our own copy of the person, made with the refused create, is gone.
        QVERIFY(!f.store.contact(a.contacts[0].contact.id));
        QCOMPARE(f.store.account(a.id)->contacts.size(), 1);
        QCOMPARE(f.store.account(a.id)->contacts[0].contact.id, theirs);
    }

    void resubmittingSendsANewOperationAndResolvesTheIssue()
    {
        StoreFixture f;
        core::Account a = individual(person(u"Rita"_s, u"Refus"_s));
        a.teamMemberIds = {QUuid::createUuid()};
        QVERIFY(f.store.createAccount(a).isEmpty());
        const QUuid refusedOp = outbox(f).first().opId;
        answerOldest(f, core::OperationStatus::Rejected, unknownMember());
        app::Draft d = *f.store.draft(a.id);
        d.account.teamMemberIds = {ownerId};                              // the fix
        QVERIFY(f.store.saveDraft(d.account, {0, u"team_member_ids"_s})); // autosave meanwhile
        QVERIFY(f.store.draft(a.id)->needsAttention);                     // still says why

        QVERIFY(f.store.createAccount(d.account).isEmpty());
        const QList<core::Operation> queued = outbox(f);
        QCOMPARE(queued.size(), 1);
        QVERIFY(queued[0].opId != refusedOp); // a new operation
        QCOMPARE(queued[0].payload[u"id"_s].toString(), core::toWireId(a.id));
        QCOMPARE(queued[0].payload[u"team_member_ids"_s].toArray().size(), 1);
        QVERIFY(f.store.syncIssues().isEmpty());
        QCOMPARE(f.store.draftCount(), 0);
        QCOMPARE(f.store.account(a.id)->teamMemberIds, QList<QUuid>{ownerId});
    }

    void changesAfterTheRefusedCreateAreFoldedIn()
    {
        StoreFixture f;
        core::Account a = individual(person(u"Falk"_s, u"Falt"_s, u"falk@example.de"_s));
        a.teamMemberIds = {QUuid::createUuid()};
        QVERIFY(f.store.createAccount(a).isEmpty());
        // Made before the answer came: a tag, and a second new contact.
        core::Account tagged = *f.store.account(a.id);
        tagged.tags = {u"Privat"_s};
        QVERIFY(f.store.updateAccountFields(tagged).isEmpty());
        core::Contact second = person(u"Frida"_s, u"Falt"_s);
        QVERIFY(f.store.linkNewContact(a.id, second, {false, true, false}).isEmpty());
        core::Contact renamed = *f.store.contact(a.contacts[0].contact.id);
        renamed.middleName = u"Fritz"_s;
        QVERIFY(f.store.updateContact(renamed).isEmpty());
        QCOMPARE(outbox(f).size(), 4);

        answerOldest(f, core::OperationStatus::Rejected, unknownMember());
        // The server would refuse the next one as well (no such account); it becomes an issue.
        answerOldest(f, core::OperationStatus::Rejected,
                     {core::Violation::received({}, u"not_found"_s, u"Nicht gefunden."_s)});
        QCOMPARE(outbox(f).size(), 2);
        // It stays in view: the next change the user makes is based on what is shown, and
        // would drop the tag from the draft otherwise (found by the fault harness).
        QCOMPARE(f.store.account(a.id)->tags, QStringList{u"Privat"_s});

        const app::Draft d = *f.store.draft(a.id);
        QCOMPARE(d.account.tags, QStringList{u"Privat"_s});
        QCOMPARE(d.account.contacts.size(), 2);
        QCOMPARE(d.account.contacts[0].contact.middleName, u"Fritz"_s);
        QCOMPARE(d.account.contacts[1].contact.id, second.id);
        QCOMPARE(d.account.contacts[1].switches.notify, true);
        QCOMPARE(d.issueOpIds.size(), 2);
        QCOMPARE(f.store.draftCount(), 1); // one draft, not one per refused change

        core::Account fixed = d.account;
        fixed.teamMemberIds.clear();
        QVERIFY(f.store.createAccount(fixed).isEmpty());
        const QList<core::Operation> queued = outbox(f);
        QCOMPARE(queued.size(), 1); // the create carries it all
        QCOMPARE(queued[0].kind, u"account.create"_s);
        QCOMPARE(queued[0].payload[u"contacts"_s].toArray().size(), 2);
        QCOMPARE(queued[0].payload[u"tags"_s].toArray().size(), 1);
        QVERIFY(f.store.syncIssues().isEmpty());
    }

    void discardingANeedsAttentionDraftRemovesTheAccount()
    {
        StoreFixture f;
        core::Account a = individual(person(u"Weg"_s, u"Damit"_s));
        a.teamMemberIds = {QUuid::createUuid()};
        QVERIFY(f.store.createAccount(a).isEmpty());
        answerOldest(f, core::OperationStatus::Rejected, unknownMember());
        app::AccountListModel list(&f.store);
        QVERIFY(list.rowOf(a.id) >= 0);
        QVERIFY(f.store.discardDraft(a.id));
        QCOMPARE(f.store.draftCount(), 0);
        QVERIFY(f.store.syncIssues().isEmpty());
        QVERIFY(!f.store.account(a.id));
        QVERIFY(!f.store.contact(a.contacts[0].contact.id));
        QCOMPARE(list.rowOf(a.id), -1);
    }
};

QTEST_GUILESS_MAIN(TestDrafts)
#include "tst_drafts.moc"
