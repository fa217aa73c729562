// The account profile's "Info" tab over a real local store: details, linked contacts with
// their switches, linking an existing or a new contact (R-CON-2, R-CON-6) and unlinking, never
// the last one (R-ACC-10).

#include "guitest.h"
#include "tests/app/storefixture.h"

#include "ui/accountprofile.h"
#include "ui/storeservices.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>

using namespace Qt::StringLiterals;
using namespace kontor;
using test::child;

namespace {

struct Rig {
    test::StoreFixture fixture;
    app::LocalStore& store = fixture.store;
    ui::ClientServices services = ui::storeServices(store, nullptr, nullptr, nullptr);
    QUuid accountId;
    QUuid otherContactId;
    std::unique_ptr<ui::AccountProfile> profile;

    Rig()
    {
        core::Account a = test::individual(test::person(u"Lena"_s, u"Lang"_s, u"l@example.de"_s));
        a.tags = {u"Privat"_s};
        a.customFields = {{core::toWireId(test::accountFieldId), u"201/555/1"_s}};
        a.teamMemberIds = {test::ownerId};
        if (!store.createAccount(a).isEmpty())
            qFatal("cannot create the account");
        accountId = a.id;
        core::Account b =
            test::individual(test::person(u"Jürgen"_s, u"Müller"_s, u"jm@example.de"_s));
        if (!store.createAccount(b).isEmpty())
            qFatal("cannot create the other account");
        otherContactId = b.contacts.constFirst().contact.id;
        profile = std::make_unique<ui::AccountProfile>(services, accountId);
        profile->show();
    }
    core::Account stored() const { return *store.account(accountId); }
};

} // namespace

class TestAccountProfile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsDetailsAndContacts();
    void linksExistingContactAndInvites();
    void addsNewContact();
    void unlinksButNeverTheLastContact();
    void switchesAreSaved();
};

void TestAccountProfile::showsDetailsAndContacts()
{
    Rig rig;
    ui::AccountProfile* p = rig.profile.get();
    // The firm's name format is "Nachname, Vorname" (storefixture.h).
    QCOMPARE(child<QLabel>(p, u"profileNameLabel"_s)->text(), u"Lang, Lena"_s);
    QCOMPARE(child<QLabel>(p, u"profileTypeLabel"_s)->text(), u"Individual or family"_s);
    QCOMPARE(child<QLabel>(p, u"profileTagsLabel"_s)->text(), u"Privat"_s);
    QCOMPARE(child<QLabel>(p, u"profileTeamLabel"_s)->text(), u"Olga Inhaber"_s);
    QCOMPARE(child<QLabel>(p, u"profileField_"_s + core::toWireId(test::accountFieldId))->text(),
             u"201/555/1"_s);
    QVERIFY(child<QLabel>(p, u"profileContactName_0"_s)->text().contains(u"l@example.de"_s));
    QCOMPARE(child<QLabel>(p, u"profileContactStatus_0"_s)->text(), u"not activated"_s);
    QVERIFY(child<QCheckBox>(p, u"notifySwitch_0"_s)->isChecked());
    QVERIFY(!child<QCheckBox>(p, u"loginSwitch_0"_s)->isChecked());
    QVERIFY(!child<QCheckBox>(p, u"loginSwitch_0"_s)->accessibleName().isEmpty());
}

// R-CON-2 and R-INV-4: an existing contact found by name, linked with LOGIN on, which leads to
// the invitation dialog.
void TestAccountProfile::linksExistingContactAndInvites()
{
    Rig rig;
    std::shared_ptr<bool> invited;
    auto linked = test::answerModal(u"linkContactDialog"_s, [&invited](QWidget* dialog) {
        auto* confirm = child<QPushButton>(dialog, u"confirmLinkButton"_s);
        QVERIFY(!confirm->isEnabled()); // nothing chosen yet
        QVERIFY(test::typeInto(child<QLineEdit>(dialog, u"contactSearchEdit"_s), u"jür"_s));
        QCOMPARE(child<QListWidget>(dialog, u"contactSearchResults"_s)->count(), 1);
        test::press(Qt::Key_Return);
        QVERIFY(child<QLabel>(dialog, u"linkedContactLabel"_s)->text().contains(u"Müller"_s));
        child<QCheckBox>(dialog, u"loginSwitch"_s)->click();
        QVERIFY(confirm->isEnabled());
        // The invitation dialog follows once this one has closed.
        invited = test::answerModal(u"invitationDialog"_s, [](QWidget* invitation) {
            child<QPushButton>(invitation, u"sendInvitationButton"_s)->click();
        });
        confirm->click();
    });
    child<QPushButton>(rig.profile.get(), u"addContactToAccountButton"_s)->click();
    QTRY_VERIFY(*linked);
    QVERIFY(invited);
    QTRY_VERIFY(*invited);
    const core::Account a = rig.stored();
    QCOMPARE(a.contacts.size(), 2);
    auto it = std::find_if(a.contacts.cbegin(), a.contacts.cend(),
                           [&](const auto& e) { return e.contact.id == rig.otherContactId; });
    QVERIFY(it != a.contacts.cend());
    QVERIFY(it->switches.login);
    QCOMPARE(rig.store.pendingActivations().size(), 1);
}

// R-CON-6: a new contact created on the profile, checked by the same rules as in the wizard.
void TestAccountProfile::addsNewContact()
{
    Rig rig;
    auto done = test::answerModal(u"linkContactDialog"_s, [](QWidget* dialog) {
        child<QRadioButton>(dialog, u"newContactRadio"_s)->click();
        auto* confirm = child<QPushButton>(dialog, u"confirmLinkButton"_s);
        child<QLineEdit>(dialog, u"firstNameEdit"_s)->setText(u"Paul"_s);
        test::type(child<QLineEdit>(dialog, u"lastNameEdit"_s), u"Pa:ul"_s);
        QVERIFY(!confirm->isEnabled());
        QVERIFY(child<QLabel>(dialog, u"lastNameEditError"_s)->text().contains(u"“:”"_s));
        child<QLineEdit>(dialog, u"lastNameEdit"_s)->setText(u"Paulsen"_s);
        QVERIFY(confirm->isEnabled());
        confirm->click();
    });
    child<QPushButton>(rig.profile.get(), u"addContactToAccountButton"_s)->click();
    QTRY_VERIFY(*done);
    QTRY_COMPARE(rig.stored().contacts.size(), 2);
    QVERIFY(child<QLabel>(rig.profile.get(), u"profileContactName_1"_s) ||
            child<QLabel>(rig.profile.get(), u"profileContactName_0"_s));
    QStringList names;
    for (const core::AccountContact& e : rig.stored().contacts)
        names.append(e.contact.lastName);
    QVERIFY(names.contains(u"Paulsen"_s));
}

void TestAccountProfile::unlinksButNeverTheLastContact()
{
    Rig rig;
    QVERIFY(!child<QPushButton>(rig.profile.get(), u"unlinkButton_0"_s)->isEnabled());
    QVERIFY(rig.services.setLink(rig.accountId,
                                 core::AccountContact{rig.otherContactId, {}, {}, {}}, true));
    QVERIFY(rig.profile->reload());
    auto* unlink = child<QPushButton>(rig.profile.get(), u"unlinkButton_1"_s);
    QVERIFY(unlink->isEnabled());
    auto asked = test::answerModal({}, [](QWidget* box) {
        auto* message = qobject_cast<QMessageBox*>(box);
        QVERIFY(message);
        message->button(QMessageBox::Yes)->click();
    });
    unlink->click();
    QTRY_VERIFY(*asked);
    QTRY_COMPARE(rig.stored().contacts.size(), 1);
    QTRY_VERIFY(!child<QPushButton>(rig.profile.get(), u"unlinkButton_0"_s)->isEnabled());
}

// R-SW-2/3: NOTIFY and EMAIL SYNC are saved as they are switched.
void TestAccountProfile::switchesAreSaved()
{
    Rig rig;
    const core::ContactSwitches before = rig.stored().contacts.constFirst().switches;
    child<QCheckBox>(rig.profile.get(), u"notifySwitch_0"_s)->click();
    child<QCheckBox>(rig.profile.get(), u"emailSyncSwitch_0"_s)->click();
    const core::ContactSwitches after = rig.stored().contacts.constFirst().switches;
    QCOMPARE(after.notify, !before.notify);
    QCOMPARE(after.emailSync, !before.emailSync);
    QCOMPARE(after.login, before.login);
}

QTEST_MAIN(TestAccountProfile)
#include "tst_accountprofile.moc"
