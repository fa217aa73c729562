// The German UI: with the German translation installed, the key labels of REQUIREMENTS.md
// appear in the wizard, the invitation dialog and the main window, and rule violations are
// explained in German.

#include "guitest.h"
#include "testfirm.h"
#include "tests/app/storefixture.h"

#include "ui/conflictsdialog.h"
#include "ui/draftsdialog.h"
#include "ui/invitationdialog.h"
#include "ui/mainwindow.h"
#include "ui/newaccountwizard.h"
#include "ui/storeservices.h"
#include "ui/uilanguage.h"

#include "app/accountlistmodel.h"
#include "app/notificationmodel.h"
#include "app/pendingactivationsmodel.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTreeWidget>
#include <QWizardPage>

using namespace Qt::StringLiterals;
using namespace kontor;
using test::child;

namespace {

/// Every text a person reads in @p root (labels, buttons, group and page titles, tabs,
/// actions, placeholders), without mnemonic ampersands.
QSet<QString> textsOf(const QWidget* root)
{
    QStringList texts;
    for (const auto* w : root->findChildren<QLabel*>())
        texts.append(w->text());
    for (const auto* w : root->findChildren<QAbstractButton*>())
        texts.append(w->text());
    for (const auto* w : root->findChildren<QGroupBox*>())
        texts.append(w->title());
    for (const auto* w : root->findChildren<QWizardPage*>())
        texts.append(w->title());
    for (const auto* w : root->findChildren<QTabWidget*>()) {
        for (int i = 0; i < w->count(); ++i)
            texts.append(w->tabText(i));
    }
    for (const auto* a : root->findChildren<QAction*>())
        texts.append(a->text());
    for (const auto* e : root->findChildren<QLineEdit*>())
        texts.append(e->placeholderText());
    texts.append(root->windowTitle());
    QSet<QString> out;
    for (QString t : std::as_const(texts))
        out.insert(t.remove(u'&'));
    return out;
}

bool containsAll(const QSet<QString>& texts, const QStringList& expected)
{
    bool ok = true;
    for (const QString& e : expected) {
        if (!texts.contains(e)) {
            qWarning("missing German text: %s", qPrintable(e));
            ok = false;
        }
    }
    return ok;
}

} // namespace

class TestGermanUi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void wizardSpeaksGerman();
    void invitationDialogSpeaksGerman();
    void mainWindowSpeaksGerman();
    void offlineWorkSpeaksGerman();
};

void TestGermanUi::initTestCase()
{
    QCOMPARE(ui::installUiLanguage(*QCoreApplication::instance(), u"de"_s), u"de"_s);
}

void TestGermanUi::wizardSpeaksGerman()
{
    test::TestFirm firm;
    ui::NewAccountWizard wizard(firm.reference, firm.directory());
    wizard.show();
    QVERIFY(containsAll(textsOf(&wizard), {u"Neues Konto"_s,
                                           u"Konto-Informationen"_s,
                                           u"Kundentyp"_s,
                                           u"Einzelperson oder Familie"_s,
                                           u"Unternehmen"_s,
                                           u"Kontoname"_s,
                                           u"Firmenname *"_s,
                                           u"Schlagwörter"_s,
                                           u"Teammitglieder"_s,
                                           u"Ordner-Vorlage"_s,
                                           u"Benutzerdefinierte Felder"_s,
                                           u"Kontakte"_s,
                                           u"Vorhandenen Kontakt verknüpfen"_s,
                                           u"Neuer Kontakt"_s,
                                           u"Vorname *"_s,
                                           u"Zweiter Vorname"_s,
                                           u"Nachname *"_s,
                                           u"E-Mail"_s,
                                           u"LOGIN"_s,
                                           u"NOTIFY"_s,
                                           u"EMAIL SYNC"_s,
                                           u"Telefonnummern"_s,
                                           u"Adresse"_s,
                                           u"Neuen Kontakt hinzufügen"_s,
                                           u"Erstellen"_s,
                                           u"Weiter >"_s}));
    // The generated name's hint and a rule violation, in German (R-NAME-1).
    QCOMPARE(child<QLineEdit>(&wizard, u"accountNameEdit"_s)->placeholderText(),
             u"wird nach dem ersten Kontakt benannt"_s);
    test::type(child<QLineEdit>(&wizard, u"lastNameEdit"_s), u"Mül:ler"_s);
    QCOMPARE(child<QLabel>(&wizard, u"lastNameEditError"_s)->text(),
             u"Das Zeichen „:“ an Position 4 ist in Namen nicht erlaubt, weil Namen zu "
             "Ordnernamen werden."_s);
}

void TestGermanUi::invitationDialogSpeaksGerman()
{
    ui::InvitationDialog dialog(u"Müller, Jürgen"_s,
                                {{QUuid::createUuid(), u"Jürgen Müller"_s, u"jm@example.de"_s}});
    QVERIFY(
        containsAll(textsOf(&dialog), {u"Zum Kundenportal einladen"_s, u"Persönliche Nachricht"_s,
                                       u"Senden"_s, u"Überspringen"_s}));
}

void TestGermanUi::mainWindowSpeaksGerman()
{
    test::StoreFixture fixture;
    app::AccountListModel accounts(&fixture.store);
    app::PendingActivationsModel pending(&fixture.store);
    app::NotificationModel notifications(&fixture.store);
    ui::MainWindow window(ui::storeServices(fixture.store, &accounts, &pending, &notifications));
    QVERIFY(containsAll(textsOf(&window),
                        {u"Neu"_s, u"Konto"_s, u"Konten"_s, u"Inbox+"_s, u"Alle Konten"_s,
                         u"Ausstehende Aktivierung"_s, u"Einladung erneut senden"_s,
                         u"Jetzt synchronisieren"_s, u"Gehe zu …"_s, u"Einstellungen"_s}));
    QCOMPARE(accounts.headerData(app::AccountListModel::NameColumn, Qt::Horizontal).toString(),
             u"Kontoname"_s);
    QCOMPARE(
        accounts.headerData(app::AccountListModel::PortalStatusColumn, Qt::Horizontal).toString(),
        u"Portalstatus"_s);
}

// Issue 6: drafts, conflicts and the connection state in the words of the issue.
void TestGermanUi::offlineWorkSpeaksGerman()
{
    test::StoreFixture fixture;
    app::AccountListModel accounts(&fixture.store);
    app::PendingActivationsModel pending(&fixture.store);
    app::NotificationModel notifications(&fixture.store);
    const ui::ClientServices services =
        ui::storeServices(fixture.store, &accounts, &pending, &notifications);
    ui::MainWindow window(services);
    ui::SyncState state;
    state.pendingOperations = 2;
    state.drafts = 1;
    state.nextAttempt = QDateTime::currentDateTimeUtc().addSecs(30);
    window.setSyncState(state);
    QVERIFY(containsAll(textsOf(&window), {u"Entwürfe (1)"_s, u"Konflikte (0)"_s}));
    const QString status = child<QLabel>(&window, u"syncStateLabel"_s)->text();
    QVERIFY2(status.contains(u"Nächster Versuch in"_s), qPrintable(status));
    QVERIFY2(status.contains(u"2 Änderungen nicht synchronisiert"_s), qPrintable(status));

    ui::ConflictsDialog conflicts(services);
    QVERIFY(
        containsAll(textsOf(&conflicts), {u"Server-Wert behalten"_s, u"Meinen Wert verwenden"_s}));
    const QTreeWidgetItem* header = child<QTreeWidget>(&conflicts, u"conflictList"_s)->headerItem();
    QCOMPARE(header->text(2), u"Wert auf dem Server"_s);
    QCOMPARE(header->text(3), u"Ihr Wert"_s);
    QCOMPARE(ui::ConflictsDialog::fieldLabel(u"account.update"_s, u"tags"_s), u"Schlagwörter"_s);
    QCOMPARE(ui::ConflictsDialog::fieldLabel(u"account.update"_s, u"folder_template_id"_s),
             u"Ordner-Vorlage"_s);

    core::Account refused = test::individual(test::person(u"Rita"_s, u"Refus"_s));
    QVERIFY(fixture.store.saveDraft(refused));
    ui::DraftsDialog drafts(services);
    QVERIFY(containsAll(textsOf(&drafts), {u"Öffnen"_s, u"Verwerfen …"_s}));
    QCOMPARE(child<QTreeWidget>(&drafts, u"draftList"_s)->topLevelItem(0)->text(2), u"Entwurf"_s);
    QCOMPARE(ui::DraftsDialog::draftName(app::Draft{}), u"Ohne Namen"_s);
}

QTEST_MAIN(TestGermanUi)
#include "tst_germanui.moc"
