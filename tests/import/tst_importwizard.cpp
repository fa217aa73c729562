// The import wizard (issue 7) driven offscreen on a real local store: file, column mapping
// (changed and saved), the preview with its filters, duplicate choices and error export, the
// run, the report with the invitation step and "Rückgängig machen"; resuming an import that
// stopped; German labels.

#include "importfixture.h"

#include "../ui/guitest.h"

#include "ui/import/importwizard.h"
#include "ui/mainwindow.h"
#include "ui/storeservices.h"
#include "ui/uilanguage.h"

#include "app/accountlistmodel.h"
#include "app/notificationmodel.h"
#include "app/pendingactivationsmodel.h"

#include "app/import/importtables.h"

#include "core/import/accountassembler.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace kontor;
using test::child;

namespace {

const QString clientList = u"Konto;Vorname;Nachname;E-Mail;Kennung;Portalzugang\n"
                           "Alpha;Anna;Arm;anna@alpha.example;12/345;ja\n"
                           "Alpha;Bert;Arm;bert@alpha.example;12/345;nein\n"
                           "Beta;Carl;Cee;carl@beta.example;;ja\n"
                           "Gamma;Dora;Dee;dora@@gamma.example;;nein\n"_s;

void click(QWidget* root, const QString& button)
{
    QAbstractButton* b = child<QAbstractButton>(root, button);
    QVERIFY(b);
    QVERIFY2(b->isEnabled() && b->isVisible(), qPrintable(button));
    b->click();
}

// Types @p path on the first page and goes on through the mapping to the preview, which
// starts planning; returns before the plan can end (no event loop runs after the click).
void startPlanning(ui::ImportWizard& wizard, const QString& path)
{
    wizard.show();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    QVERIFY(test::typeInto(child<QLineEdit>(&wizard, u"filePathEdit"_s), path));
    click(&wizard, u"nextButton"_s);
    click(&wizard, u"nextButton"_s);
    QCOMPARE(wizard.currentId(), int(ui::ImportWizard::PreviewPageId));
    QVERIFY(wizard.job().isBusy());
}

} // namespace

class TestImportWizard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void importsThroughEveryPage()
    {
        test::StoreFixture f;
        const QString path = test::writeImportFile(f.dir, u"mandanten.csv"_s, clientList);
        ui::ImportWizard wizard(&f.store);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QVERIFY(!child<QAbstractButton>(&wizard, u"resumeButton"_s)->isVisible());
        QVERIFY(test::typeInto(child<QLineEdit>(&wizard, u"filePathEdit"_s), path));
        click(&wizard, u"nextButton"_s);

        // Columns: "Kennung" is not a known header; it becomes the firm's "Steuernummer".
        QCOMPARE(wizard.currentId(), int(ui::ImportWizard::MappingPageId));
        auto* table = child<QTableWidget>(&wizard, u"mappingTable"_s);
        QCOMPARE(table->rowCount(), 6);
        QCOMPARE(table->item(4, 0)->text(), u"Kennung"_s);
        QCOMPARE(table->item(4, 1)->text(), u"12/345"_s); // an example from the file
        const QString readAs = child<QLabel>(&wizard, u"readAsLabel"_s)->text();
        QVERIFY2(readAs.contains(u"Semicolon (;)"_s) && readAs.contains(u"UTF-8"_s),
                 qPrintable(readAs));
        auto* kennung = child<QComboBox>(&wizard, u"fieldBox4"_s);
        QCOMPARE(kennung->currentData().toString(), u"ignore"_s);
        const int steuernummer = kennung->findData(u"account_custom_field:Steuernummer"_s);
        QVERIFY(steuernummer > 0);
        kennung->setCurrentIndex(steuernummer);
        // Without the name columns nothing could be imported: "Weiter" waits.
        auto* last = child<QComboBox>(&wizard, u"fieldBox2"_s);
        const int lastName = last->currentIndex();
        last->setCurrentIndex(last->findData(u"ignore"_s));
        QVERIFY(!child<QAbstractButton>(&wizard, u"nextButton"_s)->isEnabled());
        QVERIFY(!child<QLabel>(&wizard, u"mappingMessage"_s)->text().isEmpty());
        last->setCurrentIndex(lastName);
        click(&wizard, u"nextButton"_s);

        // Preview: nothing written yet.
        QCOMPARE(wizard.currentId(), int(ui::ImportWizard::PreviewPageId));
        QTRY_VERIFY_WITH_TIMEOUT(child<QAbstractButton>(&wizard, u"importButton"_s)->isEnabled(),
                                 20000);
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts"_s), 0);
        QVERIFY(child<QLabel>(&wizard, u"planSummary"_s)->text().startsWith(u"Rows: 4."_s));
        auto* preview = child<QTableView>(&wizard, u"previewTable"_s);
        QCOMPARE(preview->model()->rowCount(), 4);
        auto* filter = child<QComboBox>(&wizard, u"filterBox"_s);
        filter->setCurrentIndex(filter->findData(int(app::RowLabel::Error)));
        QCOMPARE(preview->model()->rowCount(), 1);
        QCOMPARE(preview->model()->index(0, 0).data().toLongLong(), 4);
        QVERIFY(preview->model()->index(0, 5).data().toString().startsWith(u"E-Mail: "_s));
        const QString errors = f.dir.filePath(u"fehler.csv"_s);
        QVERIFY(wizard.exportErrors(errors));
        QFile written(errors);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().contains("invalid_email"));
        filter->setCurrentIndex(0);
        QCOMPARE(preview->model()->rowCount(), 4);

        click(&wizard, u"importButton"_s);
        QCOMPARE(wizard.currentId(), int(ui::ImportWizard::RunPageId));
        QTRY_VERIFY_WITH_TIMEOUT(child<QAbstractButton>(&wizard, u"importButton"_s)->isEnabled(),
                                 20000);
        click(&wizard, u"importButton"_s); // "Weiter": the run page commits too

        // Report: what happened, the invitation step and undo.
        QCOMPARE(wizard.currentId(), int(ui::ImportWizard::ReportPageId));
        QVERIFY(!child<QAbstractButton>(&wizard, u"backButton"_s)->isEnabled());
        QVERIFY(child<QLabel>(&wizard, u"reportSummary"_s)
                    ->text()
                    .startsWith(u"Created 2 accounts and 3 contacts"_s));
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts"_s), 2);
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts WHERE custom_fields LIKE '%12/345%'"_s),
                 1);
        const std::optional<core::ImportMapping> saved =
            app::importtables::savedMapping(f.store.database());
        QVERIFY(saved);
        QCOMPARE(saved->columns.at(4).customField, u"Steuernummer"_s);

        QVERIFY(child<QWidget>(&wizard, u"invitationBox"_s)->isVisible());
        QVERIFY(test::typeInto(child<QPlainTextEdit>(&wizard, u"invitationMessage"_s),
                               u"Willkommen!"_s));
        click(&wizard, u"inviteButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            f.count(u"SELECT count(*) FROM outbox WHERE kind = 'invitation.send'"_s), 2, 20000);

        QWidget* report = wizard.page(ui::ImportWizard::ReportPageId);
        // Undo waits while the invitations are written (one step at a time).
        QTRY_VERIFY(child<QAbstractButton>(report, u"undoButton"_s)->isEnabled());
        const auto answered = test::answerModal(
            u"undoConfirmation"_s, [](QWidget* box) { click(box, u"confirmUndoButton"_s); });
        click(report, u"undoButton"_s);
        QVERIFY(*answered);
        // Finish waits for the undo (it would close the wizard and drop what it announces).
        QVERIFY(!child<QAbstractButton>(&wizard, u"finishButton"_s)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(report, u"undoMessage"_s)->text().startsWith(u"Undone"_s), 20000);
        QVERIFY(!child<QWidget>(&wizard, u"invitationBox"_s)->isVisible());
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts"_s), 0);
        QCOMPARE(f.count(u"SELECT count(*) FROM contacts"_s), 0);
        QVERIFY(child<QAbstractButton>(&wizard, u"finishButton"_s)->isEnabled());
    }

    void goingBackWhilePlanningPlansWhatWasChosenThen()
    {
        // The first plan is still running (its end is not delivered before the event loop
        // runs) when the mapping changes and the preview asks for a plan again.
        test::StoreFixture f;
        const QString path = test::writeImportFile(f.dir, u"mandanten.csv"_s, clientList);
        ui::ImportWizard wizard(&f.store);
        startPlanning(wizard, path);
        click(&wizard, u"backButton"_s);
        auto* email = child<QComboBox>(&wizard, u"fieldBox3"_s);
        QCOMPARE(email->currentData().toString(), u"email"_s);
        email->setCurrentIndex(email->findData(u"ignore"_s));
        QSignalSpy planned(&wizard.job(), &app::ImportJob::planned);
        click(&wizard, u"nextButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(child<QAbstractButton>(&wizard, u"importButton"_s)->isEnabled(),
                                 20000);
        QCOMPARE(planned.size(), 1); // the first plan's end is not announced
        const core::ImportMapping used = *wizard.job().plan()->settings().mapping;
        QCOMPARE(used.columns.at(3).field, core::ImportField::Ignore);
    }

    void closingWhilePlanningStopsAndCloses()
    {
        test::StoreFixture f;
        const QString path = test::writeImportFile(f.dir, u"mandanten.csv"_s, clientList);
        ui::ImportWizard wizard(&f.store);
        startPlanning(wizard, path);
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QVERIFY(wizard.isVisible()); // until the plan has stopped
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isVisible(), 20000);
        QVERIFY(!wizard.job().isBusy());
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
    }

    void enterGoesOnAndTabLeavesTheTable()
    {
        test::StoreFixture f;
        const QString path = test::writeImportFile(f.dir, u"mandanten.csv"_s, clientList);
        ui::ImportWizard wizard(&f.store);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        auto* edit = child<QLineEdit>(&wizard, u"filePathEdit"_s);
        QVERIFY(test::typeInto(edit, path));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(ui::ImportWizard::MappingPageId));
        // Tab from the last column's box reaches the check box, then the wizard's buttons.
        auto* last = child<QComboBox>(&wizard, u"fieldBox5"_s);
        last->setFocus();
        QTRY_VERIFY(last->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QWidget>(&wizard, u"saveMappingBox"_s));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(ui::ImportWizard::PreviewPageId));
        QTRY_VERIFY_WITH_TIMEOUT(child<QAbstractButton>(&wizard, u"importButton"_s)->isEnabled(),
                                 20000);
        // Enter does not import: the commit is a click of its own.
        QTest::keyClick(child<QWidget>(&wizard, u"previewTable"_s), Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(ui::ImportWizard::PreviewPageId));
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts"_s), 0);
    }

    void undoesAnEarlierImportFromTheFirstPage()
    {
        test::StoreFixture f;
        const QString path = test::writeImportFile(f.dir, u"mandanten.csv"_s, clientList);
        const auto plan = test::planImport(f.store, path, {}, 1);
        QVERIFY(plan);
        QCOMPARE(test::runImport(f.store, *plan).status, app::ImportStatus::Done);
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts"_s), 2);
        {
            // An undo that stopped after its first batch stays "undoing".
            std::atomic_bool cancel{false};
            app::ImportCallbacks callbacks;
            callbacks.cancel = &cancel;
            callbacks.batchesPerTransaction = 1;
            callbacks.committed = [&](const app::StoreChanges&) { cancel = true; };
            QCOMPARE(app::importrun::undo(f.store.database(), plan->importId(), callbacks).status,
                     app::ImportStatus::Cancelled);
        }
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts"_s), 1);

        ui::ImportWizard wizard(&f.store);
        wizard.show();
        auto* panel = child<QWidget>(&wizard, u"earlierImportUndo"_s);
        QTRY_VERIFY(panel->isVisible());
        const QString text = child<QLabel>(panel, u"undoText"_s)->text();
        QVERIFY2(text.contains(u"mandanten.csv"_s) && text.contains(u"did not finish"_s),
                 qPrintable(text));
        QVERIFY(!child<QAbstractButton>(&wizard, u"resumeButton"_s)->isVisible());
        const auto answered = test::answerModal(
            u"undoConfirmation"_s, [](QWidget* box) { click(box, u"confirmUndoButton"_s); });
        click(panel, u"undoButton"_s);
        QVERIFY(*answered);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isVisible(), 20000); // nothing left to undo
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts"_s), 0);
        QCOMPARE(f.count(u"SELECT count(*) FROM contacts"_s), 0);
        QCOMPARE(app::importtables::load(f.store.database(), plan->importId())->status,
                 app::ImportStatus::Undone);
    }

    void showsRowsTheServerRefusedAndDiscardsThem()
    {
        test::StoreFixture f;
        const QString path = test::writeImportFile(f.dir, u"mandanten.csv"_s, clientList);
        const auto plan = test::planImport(f.store, path, {}, 1);
        QVERIFY(plan);
        QCOMPARE(test::runImport(f.store, *plan).status, app::ImportStatus::Done);
        const QList<app::ImportBatch> batches =
            app::importtables::batches(f.store.database(), plan->importId());
        QCOMPARE(batches.size(), 2); // Alpha (rows 1-2), Beta (row 3); Gamma has an error
        QVERIFY(test::refuseOperation(f.store, batches.at(1).opId));

        ui::ImportWizard wizard(&f.store);
        wizard.show();
        auto* label = child<QLabel>(&wizard, u"refusedRowsLabel"_s);
        QTRY_VERIFY(label->isVisible());
        QVERIFY2(label->text().contains(u"mandanten.csv"_s), qPrintable(label->text()));
        QVERIFY(label->text().contains(u"3–3"_s));
        QVERIFY(label->text().contains(u"Beta"_s)); // the account the server's error is about
        auto no = test::answerModal(u"discardRefusedRowsQuestion"_s, [](QWidget* box) {
            qobject_cast<QMessageBox*>(box)->button(QMessageBox::Cancel)->click();
        });
        click(&wizard, u"discardRefusedRowsButton"_s);
        QVERIFY(*no);
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts WHERE name = 'Beta'"_s), 1);
        auto yes = test::answerModal(u"discardRefusedRowsQuestion"_s, [](QWidget* box) {
            child<QPushButton>(box, u"confirmDiscardButton"_s)->click();
        });
        click(&wizard, u"discardRefusedRowsButton"_s);
        QVERIFY(*yes);
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts WHERE name = 'Beta'"_s), 0);
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts WHERE name = 'Alpha'"_s), 1);
        QCOMPARE(f.count(u"SELECT count(*) FROM sync_issues"_s), 0);
        QVERIFY(!label->isVisible());
    }

    void resumesAnImportThatStopped()
    {
        test::StoreFixture f;
        const QString path = test::writeImportFile(f.dir, u"mandanten.csv"_s, clientList);
        const app::DuplicateChoices update{app::DuplicateChoice::Update,
                                           app::DuplicateChoice::Update};
        {
            const auto plan = test::planImport(f.store, path, update, 1);
            QVERIFY(plan);
            std::atomic_bool cancel{false};
            app::ImportCallbacks callbacks;
            callbacks.cancel = &cancel;
            callbacks.batchesPerTransaction = 1; // a commit after every batch
            callbacks.committed = [&](const app::StoreChanges&) { cancel = true; };
            QCOMPARE(test::runImport(f.store, *plan, callbacks).status,
                     app::ImportStatus::Cancelled);
        }
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts"_s), 1);

        ui::ImportWizard wizard(&f.store);
        wizard.show();
        QTRY_VERIFY(child<QAbstractButton>(&wizard, u"resumeButton"_s)->isVisible());
        QVERIFY(child<QLabel>(&wizard, u"resumeLabel"_s)->text().contains(u"mandanten.csv"_s));
        click(&wizard, u"resumeButton"_s);
        QCOMPARE(wizard.currentId(), int(ui::ImportWizard::PreviewPageId));
        QTRY_VERIFY_WITH_TIMEOUT(child<QAbstractButton>(&wizard, u"importButton"_s)->isEnabled(),
                                 20000);
        // The rest of the file goes in with the choices it was started with.
        QCOMPARE(wizard.job().plan()->settings().choices, update);
        QCOMPARE(child<QComboBox>(&wizard, u"contactChoiceBox"_s)->currentData().toInt(),
                 int(app::DuplicateChoice::Update));
        // Back on the first page, the resumed file is shown; going on resumes it again.
        click(&wizard, u"backButton"_s);
        QCOMPARE(child<QLineEdit>(&wizard, u"filePathEdit"_s)->text(), path);
        click(&wizard, u"nextButton"_s);
        QCOMPARE(wizard.currentId(), int(ui::ImportWizard::PreviewPageId));
        QTRY_VERIFY_WITH_TIMEOUT(child<QAbstractButton>(&wizard, u"importButton"_s)->isEnabled(),
                                 20000);
        click(&wizard, u"importButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(child<QAbstractButton>(&wizard, u"importButton"_s)->isEnabled(),
                                 20000);
        QCOMPARE(f.count(u"SELECT count(*) FROM accounts"_s), 2);
        QCOMPARE(f.count(u"SELECT count(*) FROM contacts"_s), 3);
    }

    void anotherFileAfterResumingIsANewImport()
    {
        test::StoreFixture f;
        const QString path = test::writeImportFile(f.dir, u"mandanten.csv"_s, clientList);
        const QString other = test::writeImportFile(
            f.dir, u"andere.csv"_s,
            u"Konto;Vorname;Nachname;E-Mail\nDelta;Eva;Ehm;eva@d.example\n"_s);
        {
            const auto plan = test::planImport(f.store, path, {}, 1);
            QVERIFY(plan);
            std::atomic_bool cancel{true}; // stops before its first batch: "cancelled"
            app::ImportCallbacks callbacks;
            callbacks.cancel = &cancel;
            QCOMPARE(test::runImport(f.store, *plan, callbacks).status,
                     app::ImportStatus::Cancelled);
        }
        ui::ImportWizard wizard(&f.store);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QTRY_VERIFY(child<QAbstractButton>(&wizard, u"resumeButton"_s)->isVisible());
        click(&wizard, u"resumeButton"_s);
        QCOMPARE(wizard.currentId(), int(ui::ImportWizard::PreviewPageId));
        click(&wizard, u"backButton"_s);
        auto* edit = child<QLineEdit>(&wizard, u"filePathEdit"_s);
        edit->clear();
        edit->setText(other);
        click(&wizard, u"nextButton"_s);
        QCOMPARE(wizard.currentId(), int(ui::ImportWizard::MappingPageId));
        QCOMPARE(child<QTableWidget>(&wizard, u"mappingTable"_s)->rowCount(), 4);
        click(&wizard, u"nextButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(child<QAbstractButton>(&wizard, u"importButton"_s)->isEnabled(),
                                 20000);
        QCOMPARE(wizard.job().plan()->settings().filePath, other);
    }

    void mainWindowOffersTheImport()
    {
        // R-ACC-1: like "Neu" → "Konto", only for those who manage accounts.
        test::StoreFixture f;
        app::AccountListModel accounts(&f.store);
        app::PendingActivationsModel pending(&f.store);
        app::NotificationModel notifications(&f.store);
        ui::MainWindow window(ui::storeServices(f.store, &accounts, &pending, &notifications));
        auto* action = child<QAction>(&window, u"importAction"_s);
        QVERIFY(action);
        QSignalSpy requested(&window, &ui::MainWindow::importRequested);
        action->trigger();
        QCOMPARE(requested.size(), 1);
        window.setCanManageAccounts(false);
        QVERIFY(!action->isEnabled());
    }

    void speaksGerman()
    {
        test::StoreFixture f;
        ui::installUiLanguage(*qApp, u"de"_s);
        {
            ui::ImportWizard wizard(&f.store);
            QCOMPARE(wizard.windowTitle(), u"Konten importieren"_s);
            QCOMPARE(wizard.page(ui::ImportWizard::PreviewPageId)->title(), u"Vorschau"_s);
            auto* choices = child<QComboBox>(&wizard, u"accountChoiceBox"_s);
            QCOMPARE(choices->itemText(0), u"Überspringen"_s);
            QCOMPARE(choices->itemText(1), u"Aktualisieren"_s);
            QCOMPARE(choices->itemText(2), u"Trotzdem anlegen"_s);
            QCOMPARE(
                child<QAbstractButton>(wizard.page(ui::ImportWizard::ReportPageId), u"undoButton"_s)
                    ->text()
                    .remove(u'&'),
                u"Rückgängig machen"_s);
        }
        ui::installUiLanguage(*qApp, u"en"_s);
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
