// Every widget a person can reach has an accessible name (what a screen reader says) and a
// keyboard path (Tab gets there), in the wizard, the main window and the dialogs.

#include "guitest.h"
#include "testfirm.h"
#include "tests/app/storefixture.h"

#include "ui/accountprofile.h"
#include "ui/accountspage.h"
#include "ui/conflictsdialog.h"
#include "ui/draftsdialog.h"
#include "ui/invitationdialog.h"
#include "ui/mainwindow.h"
#include "ui/newaccountwizard.h"
#include "ui/rejectededitdialog.h"
#include "ui/settingsdialog.h"
#include "ui/signindialog.h"
#include "ui/storeservices.h"

#include "app/accountlistmodel.h"
#include "app/notificationmodel.h"
#include "app/pendingactivationsmodel.h"
#include "app/settings.h"

#include <QAccessible>
#include <QPushButton>
#include <QRadioButton>
#include <QTabBar>

using namespace Qt::StringLiterals;
using namespace kontor;
using test::child;

namespace {

/// The widgets of @p window that Tab should reach: shown, enabled, taking Tab focus; of a
/// group of radio buttons the checked one.
QList<QWidget*> reachable(QWidget* window)
{
    QList<QWidget*> out;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window) || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) ||
            w->focusProxy() || w->isWindow() || qobject_cast<QTabBar*>(w))
            continue;
        if (auto* radio = qobject_cast<QRadioButton*>(w); radio && !radio->isChecked())
            continue;
        out.append(w);
    }
    return out;
}

QString describe(const QWidget* w)
{
    return QString::fromLatin1(w->metaObject()->className()) + u':' + w->objectName();
}

/// Every reachable widget of @p window has a name; Tab from the first one visits them all.
void checkWindow(QWidget* window)
{
    const QList<QWidget*> widgets = reachable(window);
    QVERIFY(!widgets.isEmpty());
    QStringList unnamed;
    for (QWidget* w : widgets) {
        QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(describe(w));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"without accessible name: "_s + unnamed.join(u", ")));

    widgets.constFirst()->setFocus(Qt::TabFocusReason);
    QSet<QWidget*> visited;
    for (int i = 0; i < 4 * widgets.size() + 10; ++i) {
        visited.insert(QApplication::focusWidget());
        test::press(Qt::Key_Tab);
    }
    QStringList missed;
    for (QWidget* w : widgets) {
        if (!visited.contains(w))
            missed.append(describe(w));
    }
    QVERIFY2(missed.isEmpty(), qPrintable(u"Tab never reaches: "_s + missed.join(u", ")));
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wizardPages();
    void wizardWithSecondContactAndPhones();
    void mainWindowAndProfile();
    void dialogs();
    void offlineWorkDialogs();
};

void TestAccessibility::wizardPages()
{
    test::TestFirm firm;
    ui::NewAccountWizard wizard(firm.reference, firm.directory());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    child<QRadioButton>(&wizard, u"companyRadio"_s)->click();
    checkWindow(&wizard);
    wizard.next();
    checkWindow(&wizard);
}

// Rows and boxes added at run time are in the Tab order too (taborder.h).
void TestAccessibility::wizardWithSecondContactAndPhones()
{
    test::TestFirm firm;
    ui::NewAccountWizard wizard(firm.reference, firm.directory());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    wizard.next();
    child<QPushButton>(&wizard, u"addPhoneButton"_s)->click();
    child<QPushButton>(&wizard, u"addContactButton"_s)->click();
    auto* second = child<QWidget>(&wizard, u"contact_1"_s);
    child<QPushButton>(second, u"addPhoneButton"_s)->click();
    child<QPushButton>(second, u"addPhoneButton"_s)->click();
    child<QRadioButton>(child<QWidget>(&wizard, u"contact_0"_s), u"existingContactRadio"_s)
        ->click();
    checkWindow(&wizard);
}

void TestAccessibility::mainWindowAndProfile()
{
    test::StoreFixture fixture;
    app::AccountListModel accounts(&fixture.store);
    app::PendingActivationsModel pending(&fixture.store);
    app::NotificationModel notifications(&fixture.store);
    ui::MainWindow window(ui::storeServices(fixture.store, &accounts, &pending, &notifications));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    checkWindow(&window);

    core::Account a = test::individual(test::person(u"Lena"_s, u"Lang"_s, u"l@example.de"_s));
    QVERIFY(fixture.store.createAccount(a).isEmpty());
    QVERIFY(window.openAccount(a.id));
    checkWindow(&window);
}

void TestAccessibility::dialogs()
{
    ui::SignInDialog signIn;
    signIn.show();
    QVERIFY(QTest::qWaitForWindowActive(&signIn));
    checkWindow(&signIn);
    signIn.close();

    ui::InvitationDialog invitation(u"Lang, Lena"_s,
                                    {{QUuid::createUuid(), u"Lena Lang"_s, u"l@example.de"_s}});
    invitation.show();
    QVERIFY(QTest::qWaitForWindowActive(&invitation));
    checkWindow(&invitation);
    invitation.close();

    app::Settings settings;
    ui::SettingsDialog dialog(settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    checkWindow(&dialog);
}

// Issue 6: "Entwürfe" and "Konflikte", each with an entry.
void TestAccessibility::offlineWorkDialogs()
{
    test::StoreFixture fixture;
    core::Account draft = test::individual(test::person(u"Lena"_s, u"Lang"_s));
    QVERIFY(fixture.store.saveDraft(draft));
    const ui::ClientServices services = ui::storeServices(fixture.store, nullptr, nullptr, nullptr);
    ui::DraftsDialog drafts(services);
    drafts.show();
    QVERIFY(QTest::qWaitForWindowActive(&drafts));
    checkWindow(&drafts);
    drafts.close();

    ui::ConflictsDialog conflicts(services);
    conflicts.show();
    QVERIFY(QTest::qWaitForWindowActive(&conflicts));
    checkWindow(&conflicts);
    conflicts.close();

    // A refused account edit and a refused contact edit, each in its form.
    for (const QString& kind : {u"account.update"_s, u"contact.update"_s}) {
        app::RejectedEdit edit;
        edit.kind = kind;
        edit.account = draft;
        edit.contact = draft.contacts[0].contact;
        ui::RejectedEditDialog dialog(services, edit);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        checkWindow(&dialog);
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
