// An import against a real kontor-server on loopback (issue 7): what the run queues as
// `import.batch` operations arrives on the server, and "Rückgängig machen" removes what the
// import created and restores what it updated there too, whether it runs after the sync or
// before it.

#include "importfixture.h"

#include "../app/syncwait.h"
#include "../faults/faultproxy.h"

#include "../server/serverfixture.h"

#include "app/accountlistmodel.h"
#include "app/operations.h"
#include "app/session.h"
#include "app/syncengine.h"

#include "core/import/accountassembler.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace kontor;
using app::DuplicateChoice;

namespace {

/// The sync state @p list shows for account @p id (-1: not listed).
int syncState(const app::AccountListModel& list, const QUuid& id)
{
    const int at = list.rowOf(id);
    return at < 0 ? -1 : list.index(at, 0).data(app::AccountListModel::SyncStateRole).toInt();
}

} // namespace

class TestImportSync : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_database;
    std::unique_ptr<test::ServerProcess> m_server;
    std::unique_ptr<test::ApiClient> m_api;
    QTemporaryDir m_dir;
    std::unique_ptr<app::LocalStore> m_store;
    std::unique_ptr<app::SyncEngine> m_sync;

    bool sync(int timeoutMs = 60000)
    {
        return test::syncUntilOutboxEmpty(*m_sync, *m_store, timeoutMs) &&
               m_store->syncIssues().isEmpty();
    }

    int status(const QString& path) { return m_api->get(path).status; }

    /// A company @p name with one contact (first name @p first, last name the name's first
    /// word), created here and synced; a null id when that failed.
    core::Account storedCompany(const QString& name, const QString& first, const QString& email)
    {
        core::Account a =
            test::company(name, {test::person(first, name.section(u' ', 0, 0), email)});
        a.name = name;
        if (!m_store->createAccount(a).isEmpty() || !sync())
            a.id = QUuid();
        return a;
    }

    QString file(const QString& prefix, bool withExisting)
    {
        QString text = u"Konto;Firmenname;Vorname;Nachname;E-Mail;Telefon;Schlagwörter\n"_s;
        if (withExisting)
            text += u"Bestand GmbH;Bestand GmbH;Berta;Bestand;berta@bestand.example;0351 4455667;"
                    "Lohn\n"_s;
        for (int i = 1; i <= 3; ++i) {
            text +=
                u"%1 %2;%1 %2 GmbH;Nina;Neu%2;nina%2@%1.example;;Mandant\n"_s.arg(prefix).arg(i);
            text += u"%1 %2;%1 %2 GmbH;Otto;Oft;otto@%1.example;;\n"_s.arg(prefix).arg(i);
        }
        return test::writeImportFile(m_dir, prefix + u".csv"_s, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = std::make_unique<test::TestDatabase>(test::backendFromEnvironment());
        QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
        const test::TestFirm firm{u"Kanzlei Import"_s, u"inhaber@import.example"_s,
                                  u"import-pass"_s};
        QVERIFY(test::initFirm(m_database->spec(), firm));
        m_server = std::make_unique<test::ServerProcess>();
        QVERIFY(m_server->start(m_database->spec()));
        m_api = std::make_unique<test::ApiClient>(m_server->baseUrl());
        QVERIFY(!m_api->signIn(firm.ownerEmail, firm.password).isEmpty());

        m_store = std::make_unique<app::LocalStore>();
        QVERIFY(m_store->open(m_dir.filePath(u"firm.sqlite"_s)));
        QVERIFY(
            m_store->setCurrentUser(app::currentUserFromJson(m_api->get(u"/api/v1/me"_s).json)));
        app::SyncEngine::Options options;
        options.pollInterval = std::chrono::hours(1);
        options.minRetryDelay = std::chrono::milliseconds(100);
        options.maxRetryDelay = std::chrono::milliseconds(500);
        m_sync = std::make_unique<app::SyncEngine>(m_store.get(), options);
        m_sync->start(m_server->baseUrl(), m_api->token());
        QVERIFY(sync());

        // An account the firm has already, on the server.
        core::Account existing =
            test::company(u"Bestand GmbH"_s,
                          {test::person(u"Berta"_s, u"Bestand"_s, u"berta@bestand.example"_s)});
        existing.name = u"Bestand GmbH"_s;
        existing.tags = {u"Mandant"_s};
        QVERIFY(m_store->createAccount(existing).isEmpty());
        QVERIFY(sync());
    }

    void importedRowsArriveOnTheServer()
    {
        const auto plan = test::planImport(*m_store, file(u"ankunft"_s, false), {}, 2);
        QVERIFY(plan);
        const app::ImportResult result = test::runImport(*m_store, *plan);
        QCOMPARE(result.status, app::ImportStatus::Done);
        QCOMPARE(result.counts.accountsCreate, 3);
        QCOMPARE(m_store->outboxCount(), 3); // one operation per batch of two rows
        QVERIFY(sync());
        for (int row : {1, 3, 5}) {
            const QUuid id = core::importRecordId(plan->importId(), u"account", row);
            const test::Reply r = m_api->get(u"/api/v1/accounts/"_s + core::toWireId(id));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json.value(u"contacts"_s).toArray().size(), 2);
        }
        // Otto is one contact on three accounts, on the server as here.
        const test::Reply otto = m_api->get(u"/api/v1/contacts?q=Oft"_s);
        QCOMPARE(otto.items().size(), 1);
    }

    // A batch has no single account in the outbox: its accounts are listed with it, so the
    // list shows them "nicht synchronisiert" until the server answered (issue 6 and 7).
    void importedAccountsShowAsNotSynchronisedUntilTheServerHasThem()
    {
        app::AccountListModel list(m_store.get());
        const auto plan = test::planImport(*m_store, file(u"warten"_s, false), {}, 2);
        QVERIFY(plan);
        QCOMPARE(test::runImport(*m_store, *plan).status, app::ImportStatus::Done);
        const auto state = [&](int row) {
            return syncState(list, core::importRecordId(plan->importId(), u"account", row));
        };
        for (int row : {1, 3, 5})
            QTRY_COMPARE(state(row), int(app::SyncState::Pending));
        QVERIFY(sync());
        for (int row : {1, 3, 5})
            QTRY_COMPARE(state(row), int(app::SyncState::Synced));
        QSqlQuery left(m_store->connection());
        QVERIFY(left.exec(u"SELECT count(*) FROM outbox_accounts"_s) && left.next());
        QCOMPARE(left.value(0).toInt(), 0);
    }

    void undoAfterSyncRemovesAndRestoresOnTheServer()
    {
        const auto plan = test::planImport(*m_store, file(u"danach"_s, true),
                                           {DuplicateChoice::Update, DuplicateChoice::Update});
        QVERIFY(plan);
        const app::ImportResult result = test::runImport(*m_store, *plan);
        QCOMPARE(result.status, app::ImportStatus::Done);
        QVERIFY(sync());
        const QString bestand = u"/api/v1/accounts/"_s + core::toWireId(plan->accountMatch(1)->id);
        QVERIFY(m_api->get(bestand).json.value(u"tags"_s).toArray().contains(u"Lohn"_s));
        const QUuid berta = plan->contactMatch(1)->id;
        QCOMPARE(m_api->get(u"/api/v1/contacts/"_s + core::toWireId(berta))
                     .json.value(u"phones"_s)
                     .toArray()
                     .size(),
                 1);
        const QUuid created = core::importRecordId(plan->importId(), u"account", 2);
        const QUuid otto = core::importRecordId(plan->importId(), u"contact", 3);
        QCOMPARE(status(u"/api/v1/accounts/"_s + core::toWireId(created)), 200);
        QCOMPARE(status(u"/api/v1/contacts/"_s + core::toWireId(otto)), 200);

        app::AccountListModel list(m_store.get());
        QTRY_COMPARE(syncState(list, plan->accountMatch(1)->id), int(app::SyncState::Synced));
        app::ImportCallbacks announce;
        announce.committed = [&](const app::StoreChanges& c) { m_store->notifyExternalChanges(c); };
        const app::ImportResult undone =
            app::importrun::undo(m_store->database(), result.importId, announce);
        QCOMPARE(undone.status, app::ImportStatus::Undone);
        // The stored account the undo changes waits for the server like any change.
        QTRY_COMPARE(syncState(list, plan->accountMatch(1)->id), int(app::SyncState::Pending));
        QVERIFY(sync());
        QTRY_COMPARE(syncState(list, plan->accountMatch(1)->id), int(app::SyncState::Synced));
        QCOMPARE(status(u"/api/v1/accounts/"_s + core::toWireId(created)), 404);
        QCOMPARE(status(u"/api/v1/contacts/"_s + core::toWireId(otto)), 404);
        const test::Reply restored = m_api->get(bestand);
        QCOMPARE(restored.json.value(u"tags"_s).toArray(), QJsonArray{u"Mandant"_s});
        QCOMPARE(m_api->get(u"/api/v1/contacts/"_s + core::toWireId(berta))
                     .json.value(u"phones"_s)
                     .toArray()
                     .size(),
                 0);
        // The store follows the server: nothing of the import is left here either.
        QVERIFY(!m_store->account(created));
        QCOMPARE(m_store->account(plan->accountMatch(1)->id)->tags, QStringList{u"Mandant"_s});
    }

    void undoAfterSyncKeepsWhatWasChangedOnTheServerSince()
    {
        // Colleagues work on imported accounts before the import is undone: their work stays.
        const auto plan = test::planImport(*m_store, file(u"kollegen"_s, false));
        QVERIFY(plan);
        const app::ImportResult result = test::runImport(*m_store, *plan);
        QCOMPARE(result.status, app::ImportStatus::Done);
        QVERIFY(sync());
        const QUuid renamed = core::importRecordId(plan->importId(), u"account", 1);
        const QUuid withEditedContact = core::importRecordId(plan->importId(), u"account", 3);
        const QUuid untouched = core::importRecordId(plan->importId(), u"account", 5);
        const QUuid nina2 = core::importRecordId(plan->importId(), u"contact", 3);
        const QUuid nina3 = core::importRecordId(plan->importId(), u"contact", 5);
        const QString accounts = u"/api/v1/accounts/"_s;
        const QString contacts = u"/api/v1/contacts/"_s;
        QCOMPARE(m_api
                     ->patch(accounts + core::toWireId(renamed),
                             {{u"company_name"_s, u"Kollegen 1 GmbH & Co. KG"_s}})
                     .status,
                 200);
        QCOMPARE(
            m_api->patch(contacts + core::toWireId(nina2), {{u"first_name"_s, u"Nina-Maria"_s}})
                .status,
            200);

        QCOMPARE(app::importrun::undo(m_store->database(), result.importId).status,
                 app::ImportStatus::Undone);
        QVERIFY(!m_store->account(renamed)); // here at once; the server decides below
        QVERIFY(sync());
        QCOMPARE(status(accounts + core::toWireId(renamed)), 200);
        QCOMPARE(status(accounts + core::toWireId(withEditedContact)), 200);
        QCOMPARE(status(contacts + core::toWireId(nina2)), 200);
        QCOMPARE(status(accounts + core::toWireId(untouched)), 404);
        QCOMPARE(status(contacts + core::toWireId(nina3)), 404);
        // What the server kept comes back here with the pull, as the colleagues left it.
        m_sync->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(m_store->account(renamed).has_value(), 20000);
        QCOMPARE(m_store->account(renamed)->companyName, u"Kollegen 1 GmbH & Co. KG"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_store->account(withEditedContact).has_value(), 20000);
        QVERIFY(!m_store->account(untouched));
    }

    void undoAfterSyncRemovesANewAccountWhoseStoredContactItUpdated()
    {
        // Reverting the stored contact's update touches the accounts it is linked to: the
        // new account must not count as changed by someone since the import.
        const core::Account alt = storedCompany(u"Alt AG"_s, u"Erik"_s, u"erik@alt.example"_s);
        QVERIFY(!alt.id.isNull());
        const QString path =
            test::writeImportFile(m_dir, u"erik.csv"_s,
                                  u"Konto;Firmenname;Vorname;Nachname;E-Mail;Telefon\n"
                                  "Neu AG;Neu AG;Erik;Alt;erik@alt.example;0351 7654321\n"_s);
        const auto plan =
            test::planImport(*m_store, path, {DuplicateChoice::Update, DuplicateChoice::Update});
        QVERIFY(plan);
        const app::ImportResult result = test::runImport(*m_store, *plan);
        QCOMPARE(result.status, app::ImportStatus::Done);
        QCOMPARE(result.counts.accountsCreate, 1);
        QVERIFY(sync());
        const QUuid neu = core::importRecordId(plan->importId(), u"account", 1);
        const QString erik =
            u"/api/v1/contacts/"_s + core::toWireId(alt.contacts.constFirst().contact.id);
        QCOMPARE(status(u"/api/v1/accounts/"_s + core::toWireId(neu)), 200);
        QCOMPARE(m_api->get(erik).json.value(u"phones"_s).toArray().size(), 1);

        QCOMPARE(app::importrun::undo(m_store->database(), result.importId).status,
                 app::ImportStatus::Undone);
        QVERIFY(sync());
        QCOMPARE(status(u"/api/v1/accounts/"_s + core::toWireId(neu)), 404);
        QCOMPARE(m_api->get(erik).json.value(u"phones"_s).toArray().size(), 0);
        QCOMPARE(status(u"/api/v1/accounts/"_s + core::toWireId(alt.id)), 200);
    }

    void undoAfterSyncSkipsAnUnlinkThatNoLongerApplies()
    {
        // The import links Nina to a stored account; a colleague then unlinks its other
        // contact, so undoing the link would leave the account without one (R-ACC-10).
        const core::Account stamm =
            storedCompany(u"Stamm KG"_s, u"Sven"_s, u"sven@stamm.example"_s);
        QVERIFY(!stamm.id.isNull());
        const QString path =
            test::writeImportFile(m_dir, u"stamm.csv"_s,
                                  u"Konto;Firmenname;Vorname;Nachname;E-Mail\n"
                                  "Stamm KG;Stamm KG;Nina;Nachzug;nina@stamm.example\n"
                                  "Neu KG;Neu KG;Olga;Neu;olga@neukg.example\n"_s);
        const auto plan =
            test::planImport(*m_store, path, {DuplicateChoice::Update, DuplicateChoice::Update});
        QVERIFY(plan);
        const app::ImportResult result = test::runImport(*m_store, *plan);
        QCOMPARE(result.status, app::ImportStatus::Done);
        QVERIFY(sync());
        const QString account = u"/api/v1/accounts/"_s + core::toWireId(stamm.id);
        QCOMPARE(m_api->get(account).json.value(u"contacts"_s).toArray().size(), 2);
        const QUuid sven = stamm.contacts.constFirst().contact.id;
        QVERIFY(!sven.isNull());
        const int unlinked = m_api->del(account + u"/contacts/"_s + core::toWireId(sven)).status;
        QVERIFY2(unlinked == 200 || unlinked == 204, qPrintable(QString::number(unlinked)));

        QCOMPARE(app::importrun::undo(m_store->database(), result.importId).status,
                 app::ImportStatus::Undone);
        QVERIFY(sync()); // no sync issue: the undo went through, without that unlink
        const QUuid neu = core::importRecordId(plan->importId(), u"account", 2);
        QCOMPARE(status(u"/api/v1/accounts/"_s + core::toWireId(neu)), 404);
        const QJsonArray left = m_api->get(account).json.value(u"contacts"_s).toArray();
        QCOMPARE(left.size(), 1);
        // Here too, after the pull: Stamm KG as the server has it, with Nina.
        m_sync->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_store->account(stamm.id)->contacts.size(), 1, 20000);
        QCOMPARE(m_store->account(stamm.id)->contacts.constFirst().contact.firstName, u"Nina"_s);
    }

    void undoBeforeSyncLeavesNothingOnTheServer()
    {
        const auto plan = test::planImport(*m_store, file(u"vorher"_s, false));
        QVERIFY(plan);
        const app::ImportResult result = test::runImport(*m_store, *plan);
        QCOMPARE(result.status, app::ImportStatus::Done);
        QCOMPARE(app::importrun::undo(m_store->database(), result.importId).status,
                 app::ImportStatus::Undone);
        QVERIFY(sync());
        for (int row : {1, 3, 5}) {
            const QUuid id = core::importRecordId(plan->importId(), u"account", row);
            QCOMPARE(status(u"/api/v1/accounts/"_s + core::toWireId(id)), 404);
        }
        QCOMPARE(m_api->get(u"/api/v1/contacts?q=vorher"_s).items().size(), 0);
    }

    void batchIsAllOrNothingOnTheServer()
    {
        // Two accounts, the second with a contact whose LOGIN needs an email (R-SW-4).
        auto create = [](const QString& name, bool login) {
            core::Account a = test::company(name, {test::person(u"Ria"_s, u"Regel"_s)});
            a.id = QUuid::createUuid();
            a.contacts[0].contact.id = QUuid::createUuid();
            a.contacts[0].switches.login = login;
            return QJsonObject{{u"kind"_s, u"account.create"_s},
                               {u"payload"_s, app::ops::accountCreatePayload(a)}};
        };
        const QJsonObject good = create(u"Stapel Gut GmbH"_s, false);
        const QJsonObject bad = create(u"Stapel Schlecht GmbH"_s, true);
        const QJsonObject worse = create(u"Stapel Schlechter GmbH"_s, true);
        const QString opId = core::toWireId(QUuid::createUuid());
        const QJsonObject op{
            {u"op_id"_s, opId},
            {u"kind"_s, u"import.batch"_s},
            {u"payload"_s, QJsonObject{{u"import_id"_s, opId},
                                       {u"batch"_s, 0},
                                       {u"items"_s, QJsonArray{good, bad, worse}}}}};
        const test::Reply rejected = m_api->post(u"/api/v1/ops"_s, {{u"ops"_s, QJsonArray{op}}});
        QCOMPARE(rejected.status, 200);
        const QJsonObject result = rejected.json.value(u"results"_s).toArray().first().toObject();
        QCOMPARE(result.value(u"status"_s).toString(), u"rejected"_s);
        // Every item's errors, not only the first's: all rows can be corrected at once.
        const QJsonArray errors = result.value(u"errors"_s).toArray();
        QCOMPARE(errors.size(), 2);
        const QString path = errors.at(0).toObject().value(u"path"_s).toString();
        QVERIFY2(path.startsWith(u"items[1].payload.contacts[0]"_s), qPrintable(path));
        QVERIFY(errors.at(1).toObject().value(u"path"_s).toString().startsWith(
            u"items[2].payload.contacts[0]"_s));
        const QString goodId = good.value(u"payload"_s).toObject().value(u"id"_s).toString();
        QCOMPARE(status(u"/api/v1/accounts/"_s + goodId), 404); // the good item went too

        QJsonObject fixed = op;
        fixed.insert(
            u"payload"_s,
            QJsonObject{{u"import_id"_s, opId}, {u"batch"_s, 0}, {u"items"_s, QJsonArray{good}}});
        const test::Reply applied = m_api->post(u"/api/v1/ops"_s, {{u"ops"_s, QJsonArray{fixed}}});
        QCOMPARE(applied.json.value(u"results"_s).toArray().first().toObject().value(u"status"_s),
                 u"applied"_s);
        QCOMPARE(status(u"/api/v1/accounts/"_s + goodId), 200);
        const test::Reply again = m_api->post(u"/api/v1/ops"_s, {{u"ops"_s, QJsonArray{fixed}}});
        QCOMPARE(again.json.value(u"results"_s).toArray().first().toObject().value(u"status"_s),
                 u"replayed"_s);
    }

    // A batch the server refuses (here: a custom field only this computer knows) is all or
    // nothing; discarding it here takes its rows back without anything for the server.
    void aBatchTheServerRefusesIsDiscardedHereOnly()
    {
        core::CustomFieldDefinition local;
        local.id = QUuid::createUuid();
        local.name = u"Nur hier"_s;
        local.scope = core::CustomFieldScope::Account;
        {
            app::StoreTransaction tx(m_store->database());
            QVERIFY(
                tx.writer().applyChange({u"custom_field"_s, false, local.id, core::toJson(local)}));
            QVERIFY(tx.commit());
        }
        const QString path = test::writeImportFile(m_dir, u"abgelehnt.csv"_s,
                                                   u"Konto;Vorname;Nachname;Nur hier\n"
                                                   "Gut Eins;Gerd;Gut;\n"
                                                   "Schlecht Zwei;Sina;Schlecht;nur lokal\n"
                                                   "Gut Drei;Gesa;Gut;\n"_s);
        const auto plan = test::planImport(*m_store, path, {}, 1);
        QVERIFY(plan);
        QCOMPARE(test::runImport(*m_store, *plan).status, app::ImportStatus::Done);
        sync(); // ends with a sync issue
        QTRY_COMPARE_WITH_TIMEOUT(m_store->outboxCount(), 0, 60000);
        QCOMPARE(m_store->syncIssues().size(), 1);
        auto onServer = [&](int row) {
            return status(u"/api/v1/accounts/"_s +
                          core::toWireId(core::importRecordId(plan->importId(), u"account", row)));
        };
        QCOMPARE(onServer(1), 200);
        QCOMPARE(onServer(2), 404);
        QCOMPARE(onServer(3), 200);

        // The list shows the refused batch's account as refused, the others as synchronised.
        app::AccountListModel list(m_store.get());
        const auto state = [&](int row) {
            return syncState(list, core::importRecordId(plan->importId(), u"account", row));
        };
        QTRY_COMPARE(state(2), int(app::SyncState::NeedsAttention));
        QCOMPARE(state(1), int(app::SyncState::Synced));

        const QList<app::importrun::RefusedBatch> refused =
            app::importrun::refusedBatches(m_store->database());
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.at(0).firstRow, 2);
        QCOMPARE(refused.at(0).lastRow, 2);
        QVERIFY(!refused.at(0).errors.isEmpty());
        QCOMPARE(refused.at(0).errorAccounts.value(0), u"Schlecht Zwei"_s);
        QVERIFY(app::importrun::dropRefused(m_store->database(), refused.at(0)));
        QVERIFY(!m_store->account(core::importRecordId(plan->importId(), u"account", 2)));
        QVERIFY(m_store->account(core::importRecordId(plan->importId(), u"account", 1)));
        QCOMPARE(m_store->outboxCount(), 0); // nothing for the server
        QSqlQuery left(m_store->connection());
        QVERIFY(left.exec(u"SELECT count(*) FROM outbox_accounts"_s) && left.next());
        QCOMPARE(left.value(0).toInt(), 0);
        QVERIFY(sync());
        QCOMPARE(onServer(1), 200);
        QCOMPARE(onServer(3), 200);
    }

    // An import made while a sync pulls: the pulled copy of an account the import changed
    // must not take the import's changes away here while its batch waits for the next push
    // (StoreWriter::rebaseTouched). A second computer of the firm syncs through a proxy that
    // runs the import when the pull's request passes, and looks at the account when the
    // import's batch goes out.
    void aPullDuringAnImportKeepsTheImportsChangesHere_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("onlyLinks");
        // The colleague renames the company; the import adds a contact and a tag.
        QTest::newRow("account changed") << u"Wechsel KG"_s << false;
        // The colleague switches a link; the import only adds a contact: the account's own
        // columns are the same here and on the server, only its links differ.
        QTest::newRow("links only") << u"Schalter KG"_s << true;
    }
    void aPullDuringAnImportKeepsTheImportsChangesHere()
    {
        QFETCH(QString, name);
        QFETCH(bool, onlyLinks);
        const QString domain = name.section(u' ', 0, 0).toLower() + u".example"_s;
        core::Account shared =
            test::company(name, {test::person(u"Wim"_s, u"Wechsel"_s, u"wim@"_s + domain)});
        shared.name = name;
        shared.tags = {u"Mandant"_s};
        QVERIFY(m_store->createAccount(shared).isEmpty());
        QVERIFY(sync());

        test::FaultProxy proxy;
        QVERIFY(proxy.listen());
        proxy.setUpstream(m_server->port());
        QTemporaryDir dir;
        app::LocalStore second;
        QVERIFY(second.open(dir.filePath(u"second.sqlite"_s)));
        QVERIFY(second.setCurrentUser(app::currentUserFromJson(m_api->get(u"/api/v1/me"_s).json)));
        app::SyncEngine::Options options;
        options.pollInterval = std::chrono::hours(1);
        app::SyncEngine secondSync(&second, options);
        secondSync.start(proxy.url(), m_api->token());
        QVERIFY(test::syncUntilOutboxEmpty(secondSync, second, 60000));
        QVERIFY(second.account(shared.id));

        // A colleague changes the account meanwhile.
        const core::Account before = *m_store->account(shared.id);
        const QUuid wim = before.contacts.first().contact.id;
        if (onlyLinks) {
            QVERIFY(m_store->setLink(shared.id, wim, {false, true, false}).isEmpty());
        } else {
            core::Account renamed = before;
            renamed.companyName = name + u" & Co."_s;
            QVERIFY(m_store->updateAccountFields(renamed).isEmpty());
        }
        QVERIFY(sync());

        // The second computer imports a new contact (and a tag) for the account while it pulls.
        const QString path = test::writeImportFile(
            dir, u"wechsel.csv"_s,
            onlyLinks
                ? u"Konto;Vorname;Nachname;E-Mail\n%1;Paula;Pull;paula@%2\n"_s.arg(name, domain)
                : u"Konto;Vorname;Nachname;E-Mail;Schlagwörter\n"
                  "%1;Paula;Pull;paula@%2;Import\n"_s.arg(name, domain));
        std::optional<app::ImportResult> imported;
        std::optional<core::Account> whenPushed;
        proxy.onClientData = [&](const QByteArray& chunk) {
            if (!imported && chunk.startsWith("GET /api/v1/changes")) {
                const auto plan = test::planImport(
                    second, path, {DuplicateChoice::Update, DuplicateChoice::Update});
                if (plan)
                    imported = test::runImport(second, *plan);
            } else if (imported && !whenPushed && chunk.startsWith("POST /api/v1/ops")) {
                whenPushed = second.account(shared.id); // the pull is written, the push not
            }
        };
        // A cycle still running from before (its pull already past the proxy) may be the one
        // that answers first: then ask again, so that a pull passes the proxy now.
        for (int round = 0; round < 3 && !(imported && second.outboxCount() == 0); ++round)
            QVERIFY(test::syncUntilOutboxEmpty(secondSync, second, 60000));
        proxy.onClientData = nullptr;
        QVERIFY(imported);
        QCOMPARE(imported->status, app::ImportStatus::Done);
        QCOMPARE(imported->counts.contactsCreate, 1);
        QVERIFY(whenPushed);

        // Both changes here when the batch goes out, then on the server and on the
        // colleague's computer.
        const auto holdsBoth = [&](const core::Account& a) -> QString {
            QStringList names;
            bool wimNotified = false;
            for (const core::AccountContact& c : a.contacts) {
                names.append(c.contact.lastName);
                wimNotified |= c.contact.id == wim && c.switches.notify;
            }
            names.sort();
            if (names != QStringList{u"Pull"_s, u"Wechsel"_s})
                return u"contacts: "_s + names.join(u", "_s);
            if (onlyLinks && !wimNotified)
                return u"the colleague's switch is missing"_s;
            if (!onlyLinks &&
                (a.companyName != name + u" & Co."_s || !a.tags.contains(u"Import"_s)))
                return u"company name or tag: "_s + a.companyName + u"; "_s + a.tags.join(u", "_s);
            return QString();
        };
        QCOMPARE(holdsBoth(*whenPushed), QString());
        QVERIFY(second.syncIssues().isEmpty());
        QCOMPARE(holdsBoth(*second.account(shared.id)), QString());
        QVERIFY(sync());
        QCOMPARE(holdsBoth(*m_store->account(shared.id)), QString());
    }

    void cleanupTestCase()
    {
        m_sync.reset();
        if (m_server)
            m_server->terminate();
    }
};

QTEST_GUILESS_MAIN(TestImportSync)
#include "tst_importsync.moc"
