// Work done offline, in the windows (issue 6): wizard input kept as a draft, "Entwürfe" with
// open and discard, an account the server refused reopening in the wizard with its errors, a
// refused edit in the profile, "Konflikte" resolved both ways, and the connection state with
// its countdown and first-sync progress in the status bar. Against a real local store.

#include "guitest.h"
#include "storewindowrig.h"
#include "tests/app/storefixture.h"

#include "ui/accountprofile.h"
#include "ui/accountspage.h"
#include "ui/draftautosave.h"
#include "ui/mainwindow.h"
#include "ui/newaccountwizard.h"
#include "ui/storeservices.h"

#include "app/accountlistmodel.h"
#include "app/notificationmodel.h"
#include "app/pendingactivationsmodel.h"
#include "app/storereader.h"

#include <QAction>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace kontor;
using test::child;

namespace {

struct Rig : test::StoreWindowRig {
    // The counts as DesktopClient passes them on.
    void updateCounts()
    {
        ui::SyncState state;
        state.drafts = store.draftCount();
        state.conflicts = store.conflictCount();
        state.needsAttention = store.syncIssueCount();
        window->setSyncState(state);
    }
    // The new-account wizard saving drafts as it does in the main window.
    std::unique_ptr<ui::NewAccountWizard> autosavingWizard()
    {
        const ui::ClientServices services = ui::storeServices(store, nullptr, nullptr, nullptr);
        auto wizard =
            std::make_unique<ui::NewAccountWizard>(ui::referenceDataFrom(store), services.contacts);
        new ui::DraftAutosave(wizard.get(), services.saveDraft);
        return wizard;
    }
    QList<core::Operation> outbox() const
    {
        return app::StoreReader(store.database()).outbox(1000);
    }
    // The server's answer for the oldest queued operation, written as the sync worker does.
    void answerOldest(const core::OperationResult& answer)
    {
        QVERIFY(test::answerOldest(store, answer));
    }
};

// The server's refusal of a new account name.
core::OperationResult refusedName()
{
    return {{},
            core::OperationStatus::Rejected,
            {core::Violation::received(u"fields.name"_s, u"invalid"_s, u"Nein."_s)},
            {}};
}

core::Violation unknownMember(const QString& path)
{
    return core::Violation::received(path, u"not_found"_s, u"Dieses Teammitglied gibt es nicht."_s);
}

} // namespace

class TestOfflineWork : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void autosaveKeepsWizardInputAfterAPause();
    void cancellingSavesAtOnce();
    void draftsListOpensAndDiscards();
    void startOffersToContinueTheLastDraft();
    void refusedAccountReopensWithServerErrors();
    void refusedAccountOffersExistingContact();
    void refusedEditIsEditedInTheProfile();
    void refusedContactEditIsEditedInTheProfile();
    void conflictsAreResolvedBothWays();
    void conflictValuesReadAsNames();
    void statusBarShowsStateCountdownAndProgress();
    void statusBarLeadsToWhatNeedsAttention();
    void refusedChangesOfDeletedAccountsAreDiscardedAfterAsking();
};

// Issue 6: 600 ms after the last change the input is a draft, with the page and focused field.
void TestOfflineWork::autosaveKeepsWizardInputAfterAPause()
{
    Rig rig;
    const std::unique_ptr<ui::NewAccountWizard> owned = rig.autosavingWizard();
    ui::NewAccountWizard& wizard = *owned;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    QCOMPARE(rig.store.draftCount(), 0); // opening is no change
    auto* name = child<QLineEdit>(&wizard, u"accountNameEdit"_s);
    QVERIFY(test::typeInto(name, u"Bäckerei Entwurf"_s));
    QElapsedTimer typed;
    typed.start();
    QCOMPARE(rig.store.draftCount(), 0); // not while typing
    QTRY_COMPARE_WITH_TIMEOUT(rig.store.draftCount(), 1, 5000);
    QVERIFY(typed.elapsed() >= ui::DraftAutosave::delayMs - 50);
    const app::Draft draft = rig.store.drafts().first();
    QCOMPARE(draft.id, wizard.account().id);
    QCOMPARE(draft.account.name, u"Bäckerei Entwurf"_s);
    QCOMPARE(draft.position.page, int(ui::NewAccountWizard::InfoPageId));
    QCOMPARE(draft.position.focusPath, u"name"_s);
    wizard.reject();
}

// "Abbrechen" saves what was typed since the last save without waiting; "Erstellen" leaves no
// draft behind.
void TestOfflineWork::cancellingSavesAtOnce()
{
    Rig rig;
    const std::unique_ptr<ui::NewAccountWizard> owned = rig.autosavingWizard();
    ui::NewAccountWizard& wizard = *owned;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    QVERIFY(test::typeInto(child<QLineEdit>(&wizard, u"accountNameEdit"_s), u"Sofort"_s));
    wizard.reject();
    QCOMPARE(rig.store.draftCount(), 1);
    QCOMPARE(rig.store.drafts().first().account.name, u"Sofort"_s);
}

// "Entwürfe (n)": the list shows name, time and state; "Verwerfen" asks first; "Öffnen" opens
// the wizard on the draft at its page and field.
void TestOfflineWork::draftsListOpensAndDiscards()
{
    Rig rig;
    QVERIFY(rig.shown());
    core::Account first = test::individual(test::person(u"Erna"_s, u"Erst"_s));
    core::Account second = test::individual(test::person(u"Zora"_s, QString()));
    QVERIFY(rig.store.saveDraft(first, {0, u"name"_s}));
    QTest::qWait(5); // "changed" has milliseconds: the second is the newer one
    QVERIFY(rig.store.saveDraft(second, {1, u"contacts[0].last_name"_s}));
    rig.updateCounts();
    QCOMPARE(rig.action(u"draftsAction"_s)->text(), u"&Drafts (2)"_s);

    // Discard the older one ("Erna Erst"), after saying yes.
    auto discarded = test::answerModal(u"draftsDialog"_s, [](QWidget* dialog) {
        auto* list = child<QTreeWidget>(dialog, u"draftList"_s);
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(0), u"Zora"_s); // newest first
        QCOMPARE(list->topLevelItem(1)->text(0), u"Erna Erst"_s);
        QVERIFY(!list->topLevelItem(1)->text(1).isEmpty());
        list->setCurrentItem(list->topLevelItem(1));
        auto no = test::answerModal(u"discardDraftQuestion"_s, [](QWidget* box) {
            qobject_cast<QMessageBox*>(box)->button(QMessageBox::Cancel)->click();
        });
        child<QPushButton>(dialog, u"discardDraftButton"_s)->click();
        QVERIFY(*no);
        QCOMPARE(list->topLevelItemCount(), 2);
        auto yes = test::answerModal(u"discardDraftQuestion"_s, [](QWidget* box) {
            child<QPushButton>(box, u"confirmDiscardButton"_s)->click();
        });
        child<QPushButton>(dialog, u"discardDraftButton"_s)->click();
        QVERIFY(*yes);
        QCOMPARE(list->topLevelItemCount(), 1);
        qobject_cast<QDialog*>(dialog)->reject();
    });
    rig.action(u"draftsAction"_s)->trigger();
    QVERIFY(*discarded);
    QCOMPARE(rig.store.draftCount(), 1);
    QVERIFY(rig.store.draft(second.id));

    // Open the other: the wizard shows it on the contacts page, focus in the last name.
    auto opened = test::answerModal(u"draftsDialog"_s, [](QWidget* dialog) {
        child<QPushButton>(dialog, u"openDraftButton"_s)->click();
    });
    auto checked = test::answerModal(u"newAccountWizard"_s, [&](QWidget* w) {
        auto* wizard = qobject_cast<ui::NewAccountWizard*>(w);
        QVERIFY(wizard);
        QCOMPARE(wizard->account().id, second.id);
        QCOMPARE(wizard->currentId(), int(ui::NewAccountWizard::ContactsPageId));
        auto* firstName =
            child<QLineEdit>(child<QWidget>(wizard, u"contact_0"_s), u"firstNameEdit"_s);
        QCOMPARE(firstName->text(), u"Zora"_s);
        auto* lastName =
            child<QLineEdit>(child<QWidget>(wizard, u"contact_0"_s), u"lastNameEdit"_s);
        QTRY_COMPARE(QApplication::focusWidget(), lastName);
        wizard->reject();
    });
    rig.action(u"draftsAction"_s)->trigger();
    QVERIFY(*opened);
    QVERIFY(*checked);
}

// "Entwurf fortsetzen?" at start, only for a draft changed since the previous start.
void TestOfflineWork::startOffersToContinueTheLastDraft()
{
    Rig rig;
    QVERIFY(rig.shown());
    core::Account draft = test::individual(test::person(u"Lena"_s, u"Letzte"_s));
    QVERIFY(rig.store.saveDraft(draft, {0, u"name"_s}));
    rig.window->offerToResume(QDateTime::currentDateTimeUtc().addSecs(60)); // older than start
    QVERIFY(!rig.window->findChild<QMessageBox*>(u"resumeDraftQuestion"_s));

    auto reopened = test::answerModal(u"newAccountWizard"_s, [&](QWidget* w) {
        QCOMPARE(qobject_cast<ui::NewAccountWizard*>(w)->account().id, draft.id);
        qobject_cast<QDialog*>(w)->reject();
    });
    rig.window->offerToResume(QDateTime::currentDateTimeUtc().addSecs(-60));
    auto* ask = rig.window->findChild<QMessageBox*>(u"resumeDraftQuestion"_s);
    QVERIFY(ask);
    QTRY_VERIFY(ask->isVisible());
    QVERIFY(ask->text().contains(u"Lena Letzte"_s));
    ask->button(QMessageBox::Yes)->click();
    QTRY_VERIFY(*reopened);
}

// A new account the server refused: its row opens the wizard on its draft, with the server's
// error at the field; fixing it and "Erstellen" sends it again.
void TestOfflineWork::refusedAccountReopensWithServerErrors()
{
    Rig rig;
    QVERIFY(rig.shown());
    core::Account a = test::individual(test::person(u"Rita"_s, u"Refus"_s, u"rita@example.de"_s));
    a.teamMemberIds = {test::ownerId};
    QVERIFY(rig.store.createAccount(a).isEmpty());
    rig.answerOldest(
        {{}, core::OperationStatus::Rejected, {unknownMember(u"team_member_ids[0]"_s)}, {}});
    rig.updateCounts();
    QCOMPARE(rig.action(u"draftsAction"_s)->text(), u"&Drafts (1)"_s);

    auto* table = child<QTableView>(rig.window.get(), u"accountTable"_s);
    const int row = rig.accounts.rowOf(a.id);
    QVERIFY(row >= 0);
    QCOMPARE(rig.accounts.index(row, 0).data(app::AccountListModel::SyncStateRole).toInt(),
             int(app::SyncState::NeedsAttention));
    auto reopened = test::answerModal(u"newAccountWizard"_s, [&](QWidget* w) {
        auto* wizard = qobject_cast<ui::NewAccountWizard*>(w);
        QCOMPARE(wizard->account().id, a.id);
        auto* error = child<QLabel>(wizard, u"teamMembersListError"_s);
        QVERIFY(error->isVisibleTo(wizard));
        QCOMPARE(error->text(), u"Dieses Teammitglied gibt es nicht."_s);
        wizard->reject();
    });
    table->setCurrentIndex(table->model()->index(row, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(*reopened);
    // Still there: nothing typed is lost by looking at it.
    QVERIFY(rig.store.draft(a.id)->needsAttention);
}

// The server refused the create because a colleague made the same person meanwhile: opening the
// draft offers "Vorhandenen Kontakt verknüpfen", and the wizard then links that contact.
void TestOfflineWork::refusedAccountOffersExistingContact()
{
    Rig rig;
    QVERIFY(rig.shown());
    core::Account a = test::individual(test::person(u"Max"_s, u"Muster"_s, u"max@example.de"_s));
    QVERIFY(rig.store.createAccount(a).isEmpty());
    const QUuid theirs = QUuid::createUuid();
    core::Contact max = test::person(u"Max"_s, u"Muster"_s, u"max@example.de"_s);
    max.id = theirs;
    const core::Change c = test::serverAccountWith(QUuid::createUuid(), u"Muster"_s, max);
    QVERIFY(test::applyServerChanges(rig.store, {c}));
    rig.answerOldest({{},
                      core::OperationStatus::Rejected,
                      {core::Violation::received(u"contacts[0].email"_s, u"duplicate"_s,
                                                 u"Diese E-Mail-Adresse ist vergeben."_s)},
                      {}});

    auto offered = test::answerModal(u"existingContactQuestion"_s, [](QWidget* box) {
        QVERIFY(qobject_cast<QMessageBox*>(box)->text().contains(u"Max Muster (max@example.de)"_s));
        child<QPushButton>(box, u"linkExistingButton"_s)->click();
    });
    QUuid linked;
    auto created = test::answerModal(u"newAccountWizard"_s, [&](QWidget* w) {
        auto* wizard = qobject_cast<ui::NewAccountWizard*>(w);
        const core::Account shown = wizard->account();
        QCOMPARE(shown.contacts.size(), 1);
        QVERIFY(shown.contacts[0].existingContactId);
        linked = *shown.contacts[0].existingContactId;
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::NewAccountWizard::ContactsPageId));
        QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        wizard->button(QWizard::FinishButton)->click();
    });
    rig.window->openDraft(a.id);
    QVERIFY(*offered);
    QVERIFY(*created);
    QCOMPARE(linked, theirs);
    QCOMPARE(rig.store.draftCount(), 0);
    const QList<core::Operation> queued = rig.outbox();
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued[0].payload[u"contacts"_s].toArray()[0][u"existing_contact_id"_s].toString(),
             core::toWireId(theirs));
}

// A refused change of an existing account: the profile shows why and offers "Bearbeiten" (sent
// again as a new change) and "Verwerfen".
void TestOfflineWork::refusedEditIsEditedInTheProfile()
{
    Rig rig;
    QVERIFY(rig.shown());
    const QUuid id =
        test::accountRenamedHere(rig.store, u"Alt"_s, u"Neu, aber abgelehnt"_s,
                                 {{},
                                  core::OperationStatus::Rejected,
                                  {core::Violation::received(u"fields.name"_s, u"invalid"_s,
                                                             u"Dieser Name ist nicht erlaubt."_s)},
                                  {}});
    QVERIFY(!id.isNull());
    QVERIFY(rig.window->openAccount(id));
    auto* profile = rig.window->accountsPage()->profile(id);
    QVERIFY(profile);
    auto* box = child<QWidget>(profile, u"refusedChangesBox"_s);
    QVERIFY(box->isVisibleTo(profile));
    QVERIFY(child<QLabel>(box, u"refusedChangeText"_s)
                ->text()
                .contains(u"Dieser Name ist nicht erlaubt."_s));

    auto edited = test::answerModal(u"rejectedEditDialog"_s, [](QWidget* dialog) {
        auto* name = child<QLineEdit>(dialog, u"accountNameEdit"_s);
        QCOMPARE(name->text(), u"Neu, aber abgelehnt"_s); // the refused value, to fix
        QVERIFY(child<QLabel>(dialog, u"rejectedEditErrors"_s)
                    ->text()
                    .contains(u"Dieser Name ist nicht erlaubt."_s));
        name->setText(u"Neu und richtig"_s);
        child<QPushButton>(dialog, u"resubmitButton"_s)->click();
    });
    child<QPushButton>(box, u"editRefusedButton"_s)->click();
    QVERIFY(*edited);
    QVERIFY(rig.store.syncIssues().isEmpty());
    const QList<core::Operation> queued = rig.outbox();
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued[0].payload[u"fields"_s][u"name"_s].toString(), u"Neu und richtig"_s);
    QTRY_VERIFY(!box->isVisibleTo(profile));

    // Another refusal, discarded: the server's value stays.
    core::Account mine = *rig.store.account(id);
    mine.name = u"Noch einmal"_s;
    QVERIFY(rig.store.updateAccountFields(mine).isEmpty());
    rig.answerOldest({}); // the first one arrived
    rig.answerOldest(refusedName());
    QVERIFY(profile->reload());
    QVERIFY(box->isVisibleTo(profile));
    auto dismissed = test::answerModal({}, [](QWidget* question) {
        qobject_cast<QMessageBox*>(question)->button(QMessageBox::Discard)->click();
    });
    child<QPushButton>(box, u"discardRefusedButton"_s)->click();
    QVERIFY(*dismissed);
    QVERIFY(rig.store.syncIssues().isEmpty());
    QVERIFY(rig.outbox().isEmpty());
}

// The same for a contact of the account: its own fields only, the server's error at the field.
void TestOfflineWork::refusedContactEditIsEditedInTheProfile()
{
    Rig rig;
    QVERIFY(rig.shown());
    const QUuid id = QUuid::createUuid();
    QVERIFY(test::applyServerChanges(rig.store, {test::serverAccount(id, u"Kurz"_s, {})}));
    const core::Contact original = rig.store.account(id)->contacts[0].contact;
    core::Contact mine = original;
    mine.email = u"kurz@vergeben.example"_s;
    QVERIFY(rig.store.updateContact(original, mine).isEmpty());
    rig.answerOldest({{},
                      core::OperationStatus::Rejected,
                      {core::Violation::received(u"fields.email"_s, u"duplicate"_s,
                                                 u"Diese E-Mail-Adresse ist vergeben."_s)},
                      {}});
    QVERIFY(rig.window->openAccount(id));
    auto* box = child<QWidget>(rig.window->accountsPage()->profile(id), u"refusedChangesBox"_s);
    QVERIFY(child<QLabel>(box, u"refusedChangeText"_s)->text().contains(u"contact"_s));

    auto edited = test::answerModal(u"rejectedEditDialog"_s, [](QWidget* dialog) {
        auto* email = child<QLineEdit>(dialog, u"emailEdit"_s);
        QCOMPARE(email->text(), u"kurz@vergeben.example"_s);
        auto* error = child<QLabel>(dialog, u"emailEditError"_s);
        QVERIFY(error->isVisibleTo(dialog));
        QCOMPARE(error->text(), u"Diese E-Mail-Adresse ist vergeben."_s);
        QVERIFY(!child<QWidget>(dialog, u"loginSwitch"_s)->isVisibleTo(dialog));
        email->setText(u"kurz@frei.example"_s);
        child<QPushButton>(dialog, u"resubmitButton"_s)->click();
    });
    child<QPushButton>(box, u"editRefusedButton"_s)->click();
    QVERIFY(*edited);
    QVERIFY(rig.store.syncIssues().isEmpty());
    const QList<core::Operation> queued = rig.outbox();
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued[0].kind, u"contact.update"_s);
    QCOMPARE(queued[0].payload[u"fields"_s][u"email"_s].toString(), u"kurz@frei.example"_s);
}

// "Konflikte (n)": each field with its German label and both values; "Server-Wert behalten"
// settles it without sending, "Meinen Wert verwenden" sends ours again.
void TestOfflineWork::conflictsAreResolvedBothWays()
{
    Rig rig;
    QVERIFY(rig.shown());
    const QUuid id = QUuid::createUuid();
    QVERIFY(test::applyServerChanges(rig.store, {test::serverAccount(id, u"Alt"_s, {u"A"_s})}));
    core::Account mine = *rig.store.account(id);
    mine.name = u"Mein Name"_s;
    mine.tags = {u"A"_s, u"Meins"_s};
    QVERIFY(rig.store.updateAccountFields(mine).isEmpty());
    rig.answerOldest(
        {{},
         core::OperationStatus::Conflict,
         {},
         {{u"name"_s, u"Ihr Name"_s, u"Mein Name"_s},
          {u"tags"_s, QJsonArray{u"A"_s, u"Ihres"_s}, QJsonArray{u"A"_s, u"Meins"_s}}}});
    rig.updateCounts();
    QAction* conflicts = rig.action(u"conflictsAction"_s);
    QCOMPARE(conflicts->text(), u"Con&flicts (2)"_s);
    QVERIFY(conflicts->isEnabled());

    auto resolved = test::answerModal(u"conflictsDialog"_s, [](QWidget* dialog) {
        auto* list = child<QTreeWidget>(dialog, u"conflictList"_s);
        QCOMPARE(list->topLevelItemCount(), 2);
        QTreeWidgetItem* name = list->topLevelItem(0);
        QCOMPARE(name->text(1), u"Account name"_s);
        QCOMPARE(name->text(2), u"Ihr Name"_s);
        QCOMPARE(name->text(3), u"Mein Name"_s);
        QTreeWidgetItem* tags = list->topLevelItem(1);
        QCOMPARE(tags->text(1), u"Tags"_s);
        QCOMPARE(tags->text(2), u"A, Ihres"_s);
        QCOMPARE(tags->text(3), u"A, Meins"_s);
        list->setCurrentItem(name);
        child<QPushButton>(dialog, u"keepServerButton"_s)->click();
        QCOMPARE(list->topLevelItemCount(), 1);
        list->setCurrentItem(list->topLevelItem(0));
        child<QPushButton>(dialog, u"useMineButton"_s)->click();
        QCOMPARE(list->topLevelItemCount(), 0);
        QVERIFY(!child<QPushButton>(dialog, u"useMineButton"_s)->isEnabled());
        qobject_cast<QDialog*>(dialog)->reject();
    });
    conflicts->trigger();
    QVERIFY(*resolved);
    QCOMPARE(rig.store.conflictCount(), 0);
    QCOMPARE(rig.store.account(id)->name, u"Ihr Name"_s);
    const QList<core::Operation> queued = rig.outbox();
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued[0].payload[u"fields"_s].toObject(),
             (QJsonObject{{u"tags"_s, QJsonArray{u"A"_s, u"Meins"_s}}}));
    rig.updateCounts();
    QVERIFY(!conflicts->isEnabled());
}

// Nothing raw where a person reads it: team members and custom fields by their names.
void TestOfflineWork::conflictValuesReadAsNames()
{
    Rig rig;
    QVERIFY(rig.shown());
    const QUuid id = QUuid::createUuid();
    QVERIFY(test::applyServerChanges(rig.store, {test::serverAccount(id, u"Alt"_s, {})}));
    core::Account mine = *rig.store.account(id);
    const QString taxId = core::toWireId(test::accountFieldId);
    mine.teamMemberIds = {test::ownerId};
    mine.customFields = {{taxId, u"201/123"_s}};
    QVERIFY(rig.store.updateAccountFields(mine).isEmpty());
    rig.answerOldest({{},
                      core::OperationStatus::Conflict,
                      {},
                      {{u"team_member_ids"_s, QJsonArray{core::toWireId(test::employeeId)},
                        QJsonArray{core::toWireId(test::ownerId)}},
                       {u"custom_fields"_s, QJsonObject{{taxId, u"201/999"_s}},
                        QJsonObject{{taxId, u"201/123"_s}}}}});
    auto shown = test::answerModal(u"conflictsDialog"_s, [](QWidget* dialog) {
        auto* list = child<QTreeWidget>(dialog, u"conflictList"_s);
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(1), u"Team members"_s);
        QCOMPARE(list->topLevelItem(0)->text(2), u"Emil Mitarbeiter"_s);
        QCOMPARE(list->topLevelItem(0)->text(3), u"Olga Inhaber"_s);
        QCOMPARE(list->topLevelItem(1)->text(1), u"Custom fields"_s);
        QCOMPARE(list->topLevelItem(1)->text(2), u"Steuernummer: 201/999"_s);
        QCOMPARE(list->topLevelItem(1)->text(3), u"Steuernummer: 201/123"_s);
        qobject_cast<QDialog*>(dialog)->reject();
    });
    rig.window->showConflicts();
    QVERIFY(*shown);
}

// Offline with the next attempt counting down, changes not synchronised, F5; a long first sync
// with its progress (busy while not counted) and "Abbrechen".
void TestOfflineWork::statusBarShowsStateCountdownAndProgress()
{
    Rig rig;
    QVERIFY(rig.shown());
    auto* label = child<QLabel>(rig.window.get(), u"syncStateLabel"_s);
    auto* progress = child<QProgressBar>(rig.window.get(), u"syncProgress"_s);
    auto* cancel = child<QPushButton>(rig.window.get(), u"cancelSyncButton"_s);
    ui::SyncState state;
    state.connection = ui::SyncState::Connection::Offline;
    state.pendingOperations = 3;
    state.lastSync = QDateTime::currentDateTimeUtc().addSecs(-60);
    state.nextAttempt = QDateTime::currentDateTimeUtc().addMSecs(12500);
    rig.window->setSyncState(state);
    QVERIFY2(label->text().contains(u"Next attempt in 13 s"_s), qPrintable(label->text()));
    QVERIFY(label->text().contains(u"3 changes not synchronised"_s));
    QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(u"Next attempt in 12 s"_s), 3000);
    QVERIFY(!progress->isVisible());
    test::press(Qt::Key_F5); // "Jetzt synchronisieren" (a button's shortcut clicks animated)
    QTRY_COMPARE(rig.syncRequests, 1);

    // First sync, nothing counted yet: a busy bar.
    state = {};
    state.connection = ui::SyncState::Connection::Online;
    state.syncing = true;
    rig.window->setSyncState(state);
    QVERIFY(!label->text().contains(u"Next attempt"_s));
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->maximum(), 0);
    state.expectedChanges = 5000;
    state.receivedChanges = 1250;
    rig.window->setSyncState(state);
    QCOMPARE(progress->maximum(), 5000);
    QCOMPARE(progress->value(), 1250);
    QCOMPARE(progress->text(), u"1250 of 5000 changes"_s);
    QVERIFY(cancel->isVisible());
    cancel->click();
    QCOMPARE(rig.cancels, 1);

    // A short sync later on shows no bar.
    state.lastSync = QDateTime::currentDateTimeUtc();
    state.expectedChanges = 3;
    state.receivedChanges = 1;
    rig.window->setSyncState(state);
    QVERIFY(!progress->isVisible());
    QVERIFY(!cancel->isVisible());
}

// "n need attention" is a button: with one place to go it opens it (the refused change in the
// account's profile), with several a menu of them (here the conflicts dialog is chosen); the
// import wizard's refused rows are one of the places.
void TestOfflineWork::statusBarLeadsToWhatNeedsAttention()
{
    Rig rig;
    QVERIFY(rig.shown());
    auto* button = child<QPushButton>(rig.window.get(), u"attentionButton"_s);
    rig.updateCounts();
    QVERIFY(!button->isVisible());

    const QUuid refused =
        test::accountRenamedHere(rig.store, u"Abgelehnt"_s, u"Nicht erlaubt"_s, refusedName());
    QVERIFY(!refused.isNull());
    rig.updateCounts();
    QVERIFY(button->isVisible());
    QCOMPARE(button->text(), u"1 need attention"_s);
    QVERIFY(button->focusPolicy() & Qt::TabFocus); // reached with the keyboard too
    button->click();
    auto* profile = rig.window->accountsPage()->profile(refused);
    QVERIFY(profile);
    QTRY_VERIFY(profile->isVisible());
    QVERIFY(child<QWidget>(profile, u"refusedChangesBox"_s)->isVisibleTo(profile));

    QVERIFY(!test::accountRenamedHere(rig.store, u"Alt"_s, u"Mein Name"_s,
                                      {{},
                                       core::OperationStatus::Conflict,
                                       {},
                                       {{u"name"_s, u"Ihr Name"_s, u"Mein Name"_s}}})
                 .isNull());
    rig.updateCounts();
    QCOMPARE(button->text(), u"2 need attention"_s);
    QStringList offered;
    auto conflicts = test::answerModal(u"conflictsDialog"_s, [](QWidget* dialog) {
        QCOMPARE(child<QTreeWidget>(dialog, u"conflictList"_s)->topLevelItemCount(), 1);
        qobject_cast<QDialog*>(dialog)->reject();
    });
    auto menu = test::answerModal(u"attentionMenu"_s, [&offered](QWidget* popup) {
        const QList<QAction*> actions = popup->actions();
        for (const QAction* a : actions)
            offered.append(a->text());
        actions.first()->trigger();
        popup->close();
    });
    button->click();
    QVERIFY(*menu);
    QCOMPARE(offered,
             (QStringList{u"Resolve conflicts (1)…"_s, u"Refused changes to “Abgelehnt” (1)…"_s}));
    QTRY_VERIFY(*conflicts);
}

// Refused changes of an account the server deleted meanwhile have no profile to be fixed in: the
// button offers to discard them, and Cancel (the default) keeps them.
void TestOfflineWork::refusedChangesOfDeletedAccountsAreDiscardedAfterAsking()
{
    Rig rig;
    QVERIFY(rig.shown());
    const QUuid gone = test::accountRenamedHere(rig.store, u"Weg"_s, u"Umbenannt"_s, refusedName());
    QVERIFY(!gone.isNull());
    core::Change deletion = test::change(u"account"_s, gone, {});
    deletion.deleted = true;
    QVERIFY(test::applyServerChanges(rig.store, {deletion}));
    rig.updateCounts();
    auto* button = child<QPushButton>(rig.window.get(), u"attentionButton"_s);
    QVERIFY(button->isVisible());

    for (const bool discard : {false, true}) {
        auto asked = test::answerModal(u"discardOrphanedQuestion"_s, [discard](QWidget* box) {
            auto* question = qobject_cast<QMessageBox*>(box);
            QVERIFY(question->text().contains(u"1 changes"_s));
            if (discard)
                child<QPushButton>(box, u"discardOrphanedButton"_s)->click();
            else
                question->defaultButton()->click();
        });
        button->click();
        QTRY_VERIFY(*asked);
        QCOMPARE(rig.store.syncIssueCount(), discard ? 0 : 1);
    }
    QVERIFY(rig.outbox().isEmpty()); // nothing sent instead
}

QTEST_MAIN(TestOfflineWork)
#include "tst_offlinework.moc"
