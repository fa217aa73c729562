// The new-account wizard driven like a person with a keyboard (R-ACC-2…10, R-CON-1…7,
// R-NAME-1, R-SW-1…4, R-INV-1…3).

#include "guitest.h"
#include "testfirm.h"

#include "ui/invitationdialog.h"
#include "ui/newaccountwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor;
using test::child;
using test::press;
using test::tabTo;
using test::typeInto;

namespace {

struct Invitation {
    QUuid accountId;
    QUuid contactId;
    QString message;
};

/// A wizard on the test firm that records what it hands over.
struct WizardRig {
    test::TestFirm firm;
    std::unique_ptr<ui::NewAccountWizard> wizard;
    QList<core::Account> created;
    QList<Invitation> invitations;

    WizardRig()
    {
        wizard = std::make_unique<ui::NewAccountWizard>(firm.reference, firm.directory());
        wizard->createAccount = [this](const core::Account& a) {
            created.append(a);
            return ui::SubmitResult{true, {}, {}};
        };
        wizard->sendInvitation = [this](const QUuid& account, const QUuid& contact,
                                        const QString& message) {
            invitations.append({account, contact, message});
            return true;
        };
        wizard->show();
    }
    bool shown() { return QTest::qWaitForWindowActive(wizard.get()); }
    QWidget* contact(int i) const { return child<QWidget>(wizard.get(), u"contact_%1"_s.arg(i)); }
    template <typename T> T* in(int contactIndex, const QString& name) const
    {
        return child<T>(contact(contactIndex), name);
    }
    QAbstractButton* button(QWizard::WizardButton which) const { return wizard->button(which); }
    void next()
    {
        test::mnemonic(Qt::Key_N); // "&Next >"
    }
};

using ContactsPageProbe = QWizardPage;

} // namespace

class TestNewAccountWizard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createsIndividualWithKeyboardOnly();
    void createsCompanyWithTwoContactsWithKeyboardOnly();
    void placeholderShowsGeneratedName_data();
    void placeholderShowsGeneratedName();
    void forbiddenCharacterIsNamedWithPosition_data();
    void forbiddenCharacterIsNamedWithPosition();
    void loginWithoutEmailIsShownAtEmail();
    void secondPrimaryPhoneIsShownAtItsRow();
    void companyNameOnlyForCompanies();
    void requiredFieldWaitsUntilTouched();
    void accountNeedsAtLeastOneContact();
    void existingContactIsOfferedWhileTyping_data();
    void existingContactIsOfferedWhileTyping();
    void customFieldEditorsFitTheirType();
    void draftRoundTrips();
    void rejectedSubmitKeepsWizardOpenWithErrors();
    void skippingInvitationSendsNothing();
};

// R-ACC-3/4, R-CON-1…5, R-SW-1, R-INV-1/2: an individual with one new contact, typed without
// the mouse; LOGIN on leads to the invitation dialog, "Senden" sends the personal message.
void TestNewAccountWizard::createsIndividualWithKeyboardOnly()
{
    WizardRig rig;
    QVERIFY(rig.shown());

    auto* tags = child<QLineEdit>(rig.wizard.get(), u"accountTagsEdit"_s);
    QVERIFY(typeInto(tags, u"privat"_s));
    press(Qt::Key_Return); // takes the completion "Privat" and adds it; stays on the page
    QCOMPARE(rig.wizard->currentId(), int(ui::NewAccountWizard::InfoPageId));
    QCOMPARE(child<QListWidget>(rig.wizard.get(), u"accountTagsList"_s)->count(), 1);

    // Nothing on page 1 is required for an individual.
    QVERIFY(rig.button(QWizard::NextButton)->isEnabled());
    rig.next();
    QCOMPARE(rig.wizard->currentId(), int(ui::NewAccountWizard::ContactsPageId));
    QVERIFY(!rig.button(QWizard::FinishButton)->isEnabled());

    QVERIFY(typeInto(rig.in<QLineEdit>(0, u"firstNameEdit"_s), u"Erika"_s));
    QVERIFY(typeInto(rig.in<QLineEdit>(0, u"lastNameEdit"_s), u"Mustermann"_s));
    QVERIFY(typeInto(rig.in<QLineEdit>(0, u"emailEdit"_s), u"erika@example.de"_s));
    QVERIFY(tabTo(rig.in<QPushButton>(0, u"addPhoneButton"_s)));
    press(Qt::Key_Space);
    QVERIFY(typeInto(rig.in<QLineEdit>(0, u"phoneNumber_0"_s), u"0351 7654321"_s));
    QVERIFY(typeInto(rig.in<QLineEdit>(0, u"streetEdit"_s), u"Hauptstraße 1"_s));
    QVERIFY(typeInto(rig.in<QLineEdit>(0, u"postalCodeEdit"_s), u"01067"_s));
    QVERIFY(typeInto(rig.in<QLineEdit>(0, u"cityEdit"_s), u"Dresden"_s));
    QVERIFY(tabTo(rig.in<QCheckBox>(0, u"loginSwitch"_s)));
    press(Qt::Key_Space);
    QVERIFY(rig.in<QCheckBox>(0, u"loginSwitch"_s)->isChecked());
    QVERIFY(rig.button(QWizard::FinishButton)->isEnabled());

    auto answered = test::answerModal(u"invitationDialog"_s, [](QWidget* dialog) {
        test::type(child<QPlainTextEdit>(dialog, u"personalMessageEdit"_s),
                   u"Willkommen im Portal!"_s);
        test::mnemonic(Qt::Key_S); // "&Send"
    });
    test::mnemonic(Qt::Key_C); // "&Create"
    QTRY_VERIFY(*answered);
    QTRY_VERIFY(!rig.wizard->isVisible());
    QCOMPARE(rig.wizard->result(), int(QDialog::Accepted));

    QCOMPARE(rig.created.size(), 1);
    const core::Account& a = rig.created.constFirst();
    QCOMPARE(a.type, core::AccountType::Individual);
    QCOMPARE(a.name, QString()); // generated: "Erika Mustermann" (R-ACC-4)
    QCOMPARE(a.tags, QStringList{u"Privat"_s});
    QCOMPARE(a.teamMemberIds.size(), 2); // the creator and Anna (default access), R-ACC-7
    QVERIFY(a.teamMemberIds.contains(rig.firm.me.id));
    QVERIFY(a.teamMemberIds.contains(rig.firm.anna.id));
    QCOMPARE(a.contacts.size(), 1);
    const core::AccountContact& c = a.contacts.constFirst();
    QVERIFY(!c.existingContactId);
    QCOMPARE(c.contact.firstName, u"Erika"_s);
    QCOMPARE(c.contact.lastName, u"Mustermann"_s);
    QCOMPARE(c.contact.email, u"erika@example.de"_s);
    QCOMPARE(c.contact.phones, (QList<core::PhoneNumber>{{u"+493517654321"_s, true}}));
    QCOMPARE(c.contact.address.street, u"Hauptstraße 1"_s);
    QCOMPARE(c.contact.address.postalCode, u"01067"_s);
    QCOMPARE(c.contact.address.city, u"Dresden"_s);
    QCOMPARE(c.switches, (core::ContactSwitches{true, true, true}));

    QCOMPARE(rig.invitations.size(), 1);
    QCOMPARE(rig.invitations.constFirst().accountId, a.id);
    QCOMPARE(rig.invitations.constFirst().contactId, c.contact.id);
    QCOMPARE(rig.invitations.constFirst().message, u"Willkommen im Portal!"_s);
    QCOMPARE(rig.wizard->createdAccountId(), std::optional<QUuid>(a.id));
}

// R-ACC-3, R-ACC-5…9, R-CON-2, R-CON-6, R-SW-1, R-INV-3: a company with a new and a linked
// contact, team members, folder template and custom fields, without the mouse; "Überspringen".
void TestNewAccountWizard::createsCompanyWithTwoContactsWithKeyboardOnly()
{
    WizardRig rig;
    QVERIFY(rig.shown());
    QWidget* w = rig.wizard.get();
    const test::TestFirm& firm = rig.firm;
    auto field = [w](const core::CustomFieldDefinition& d) {
        return child<QWidget>(w, u"customField_"_s + core::toWireId(d.id));
    };

    auto* companyName = child<QLineEdit>(w, u"companyNameEdit"_s);
    QVERIFY(!test::shows(companyName)); // R-ACC-5: only for companies
    test::mnemonic(Qt::Key_Y);          // "Compan&y"
    QVERIFY(child<QRadioButton>(w, u"companyRadio"_s)->isChecked());
    QVERIFY(test::shows(companyName));
    QVERIFY(typeInto(companyName, u"Meier & Söhne GmbH"_s));
    // R-ACC-5: the company name is the default account name, shown as the name's placeholder.
    QCOMPARE(child<QLineEdit>(w, u"accountNameEdit"_s)->placeholderText(), u"Meier & Söhne GmbH"_s);

    // R-ACC-7: the creator comes first and is checked, then Anna (default access), then Bernd.
    auto* team = child<QListWidget>(w, u"teamMembersList"_s);
    QVERIFY(tabTo(team));
    QVERIFY(team->item(0)->text().startsWith(firm.me.name));
    QCOMPARE(team->item(0)->checkState(), Qt::Checked);
    QCOMPARE(team->item(1)->checkState(), Qt::Checked);
    QVERIFY(team->item(1)->text().contains(u"default access"_s));
    QCOMPARE(team->item(2)->checkState(), Qt::Unchecked);
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    press(Qt::Key_Space);
    QCOMPARE(team->item(2)->checkState(), Qt::Checked);

    auto* folders = child<QComboBox>(w, u"folderTemplateCombo"_s);
    QVERIFY(child<QLabel>(w, u"folderPreviewLabel"_s)
                ->text()
                .contains(u"Vom Kunden hochgeladene Dokumente"_s)); // R-ACC-8 without a template
    QVERIFY(tabTo(folders));
    press(Qt::Key_Down);
    QCOMPARE(folders->currentText(), firm.yearEnd.name);
    QVERIFY(child<QLabel>(w, u"folderPreviewLabel"_s)->text().contains(u"Bilanz"_s));

    // R-ACC-9: each custom field with an editor of its type.
    QVERIFY(typeInto(field(firm.taxNumber), u"201/123/45678"_s));
    QVERIFY(typeInto(field(firm.revenue), u"1234.5"_s));
    QVERIFY(tabTo(field(firm.legalForm)));
    press(Qt::Key_Down); // "GmbH"
    QVERIFY(tabTo(field(firm.services)));
    press(Qt::Key_Space); // "Buchhaltung"
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    press(Qt::Key_Space); // "Jahresabschluss"
    QVERIFY(typeInto(field(firm.website), u"https://meier-soehne.de"_s));
    QVERIFY(tabTo(field(firm.newsletter)));
    press(Qt::Key_Space);

    rig.next();
    QCOMPARE(rig.wizard->currentId(), int(ui::NewAccountWizard::ContactsPageId));
    QVERIFY(typeInto(rig.in<QLineEdit>(0, u"firstNameEdit"_s), u"Hans"_s));
    QVERIFY(typeInto(rig.in<QLineEdit>(0, u"lastNameEdit"_s), u"Meier"_s));
    QVERIFY(typeInto(rig.in<QLineEdit>(0, u"emailEdit"_s), u"hans@meier-soehne.de"_s));
    QVERIFY(rig.button(QWizard::FinishButton)->isEnabled());

    // R-CON-6: a second contact, this one an existing contact found by name (R-CON-2).
    test::mnemonic(Qt::Key_N); // "Add &new contact"
    QVERIFY(rig.contact(1));
    QVERIFY(tabTo(rig.in<QRadioButton>(1, u"newContactRadio"_s)));
    press(Qt::Key_Right); // arrow keys move within the radio group: "Link existing contact"
    QVERIFY(rig.in<QRadioButton>(1, u"existingContactRadio"_s)->isChecked());
    QVERIFY(typeInto(rig.in<QLineEdit>(1, u"contactSearchEdit"_s), u"müll"_s));
    QCOMPARE(rig.in<QListWidget>(1, u"contactSearchResults"_s)->count(), 1);
    press(Qt::Key_Return);
    QVERIFY(rig.in<QLabel>(1, u"linkedContactLabel"_s)->text().contains(u"Jürgen Müller"_s));
    QVERIFY(tabTo(rig.in<QCheckBox>(1, u"loginSwitch"_s)));
    press(Qt::Key_Space);
    QVERIFY(rig.button(QWizard::FinishButton)->isEnabled());

    auto answered = test::answerModal(u"invitationDialog"_s, [](QWidget* dialog) {
        QVERIFY(child<QLabel>(dialog, u"invitationIntro"_s)->text().contains(u"Jürgen Müller"_s));
        test::mnemonic(Qt::Key_K); // "S&kip"
    });
    test::mnemonic(Qt::Key_C); // "&Create"
    QTRY_VERIFY(*answered);
    QTRY_VERIFY(!rig.wizard->isVisible());

    QCOMPARE(rig.created.size(), 1);
    const core::Account& a = rig.created.constFirst();
    QCOMPARE(a.type, core::AccountType::Company);
    QCOMPARE(a.companyName, u"Meier & Söhne GmbH"_s);
    QCOMPARE(a.name, QString());
    QCOMPARE(a.teamMemberIds.size(), 3);
    QVERIFY(a.teamMemberIds.contains(firm.bernd.id));
    QCOMPARE(a.folderTemplateId, std::optional<QUuid>(firm.yearEnd.id));
    const QJsonObject expectedFields{
        {core::toWireId(firm.taxNumber.id), u"201/123/45678"_s},
        {core::toWireId(firm.revenue.id), 1234.5},
        {core::toWireId(firm.legalForm.id), u"GmbH"_s},
        {core::toWireId(firm.services.id), QJsonArray{u"Buchhaltung"_s, u"Jahresabschluss"_s}},
        {core::toWireId(firm.website.id), u"https://meier-soehne.de"_s},
        {core::toWireId(firm.newsletter.id), true},
    };
    QCOMPARE(a.customFields, expectedFields);
    QCOMPARE(a.contacts.size(), 2);
    QCOMPARE(a.contacts.at(0).contact.firstName, u"Hans"_s);
    QCOMPARE(a.contacts.at(0).switches, (core::ContactSwitches{false, true, true}));
    QCOMPARE(a.contacts.at(1).existingContactId, std::optional<QUuid>(firm.mueller.id));
    QVERIFY(a.contacts.at(1).switches.login);
    // R-INV-3: skipped, so nothing was sent, but LOGIN stays on.
    QVERIFY(rig.invitations.isEmpty());
}

// R-ACC-4, R-CON-7: the placeholder follows the firm's name format as the contact is typed.
void TestNewAccountWizard::placeholderShowsGeneratedName_data()
{
    QTest::addColumn<core::NameFormat>("format");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first last") << core::NameFormat::FirstLast << u"Anna Schulz"_s;
    QTest::newRow("last, first") << core::NameFormat::LastCommaFirst << u"Schulz, Anna"_s;
    QTest::newRow("last first") << core::NameFormat::LastFirst << u"Schulz Anna"_s;
    QTest::newRow("first middle last")
        << core::NameFormat::FirstMiddleLast << u"Anna Maria Schulz"_s;
}

void TestNewAccountWizard::placeholderShowsGeneratedName()
{
    QFETCH(core::NameFormat, format);
    QFETCH(QString, expected);
    test::TestFirm firm;
    firm.reference.nameFormat = format;
    ui::NewAccountWizard wizard(firm.reference, firm.directory());
    auto* name = child<QLineEdit>(&wizard, u"accountNameEdit"_s);
    const QString before = name->placeholderText();
    child<QLineEdit>(&wizard, u"firstNameEdit"_s)->setText(u"Anna"_s);
    child<QLineEdit>(&wizard, u"middleNameEdit"_s)->setText(u"Maria"_s);
    test::type(child<QLineEdit>(&wizard, u"lastNameEdit"_s), u"Schulz"_s);
    QVERIFY(before != expected);
    QCOMPARE(name->placeholderText(), expected);
}

// R-NAME-1: the form names the forbidden character and its position, at the field.
void TestNewAccountWizard::forbiddenCharacterIsNamedWithPosition_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("character");
    QTest::addColumn<QString>("position");
    QTest::newRow("colon in last name")
        << u"lastNameEdit"_s << u"Mül:ler"_s << u"“:”"_s << u"position 4"_s;
    QTest::newRow("slash in first name")
        << u"firstNameEdit"_s << u"An/na"_s << u"“/”"_s << u"position 3"_s;
    QTest::newRow("question mark in middle name")
        << u"middleNameEdit"_s << u"?"_s << u"“?”"_s << u"position 1"_s;
    QTest::newRow("pipe in account name")
        << u"accountNameEdit"_s << u"Konto|1"_s << u"“|”"_s << u"position 6"_s;
}

void TestNewAccountWizard::forbiddenCharacterIsNamedWithPosition()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, character);
    QFETCH(QString, position);
    WizardRig rig;
    QWidget* w = rig.wizard.get();
    child<QLineEdit>(w, u"firstNameEdit"_s)->setText(u"Anna"_s);
    child<QLineEdit>(w, u"lastNameEdit"_s)->setText(u"Schulz"_s);
    QVERIFY(child<ContactsPageProbe>(w, u"contactsPage"_s)->isComplete());
    auto* edit = child<QLineEdit>(w, field);
    edit->clear();
    test::type(edit, typed);
    const auto* error = child<QLabel>(w, field + u"Error"_s);
    QVERIFY(test::shows(error));
    QVERIFY2(error->text().contains(character), qPrintable(error->text()));
    QVERIFY2(error->text().contains(position), qPrintable(error->text()));
    QVERIFY(!child<ContactsPageProbe>(w, u"contactsPage"_s)->isComplete());
    // Fixed, the message goes away.
    edit->setText(u"Ok"_s);
    QVERIFY(!test::shows(error));
}

// R-SW-4: LOGIN needs an email; the message stands at the email field until one is typed.
void TestNewAccountWizard::loginWithoutEmailIsShownAtEmail()
{
    WizardRig rig;
    QWidget* w = rig.wizard.get();
    child<QLineEdit>(w, u"firstNameEdit"_s)->setText(u"Anna"_s);
    child<QLineEdit>(w, u"lastNameEdit"_s)->setText(u"Schulz"_s);
    auto* error = child<QLabel>(w, u"emailEditError"_s);
    QVERIFY(!test::shows(error));
    child<QCheckBox>(w, u"loginSwitch"_s)->click();
    QVERIFY(test::shows(error));
    QVERIFY(error->text().contains(u"LOGIN"_s));
    QVERIFY(!child<ContactsPageProbe>(w, u"contactsPage"_s)->isComplete());
    test::type(child<QLineEdit>(w, u"emailEdit"_s), u"anna@example.de"_s);
    QVERIFY(!test::shows(error));
    QVERIFY(child<ContactsPageProbe>(w, u"contactsPage"_s)->isComplete());
}

// R-CON-4: one primary number only; the second one marked is shown at its row.
void TestNewAccountWizard::secondPrimaryPhoneIsShownAtItsRow()
{
    WizardRig rig;
    QWidget* w = rig.wizard.get();
    child<QLineEdit>(w, u"firstNameEdit"_s)->setText(u"Anna"_s);
    child<QLineEdit>(w, u"lastNameEdit"_s)->setText(u"Schulz"_s);
    auto* add = child<QPushButton>(w, u"addPhoneButton"_s);
    add->click();
    test::type(child<QLineEdit>(w, u"phoneNumber_0"_s), u"0351 1111111"_s);
    QVERIFY(child<QCheckBox>(w, u"phonePrimary_0"_s)->isChecked()); // the first is primary
    add->click();
    test::type(child<QLineEdit>(w, u"phoneNumber_1"_s), u"030 2222222"_s);
    QVERIFY(!child<QCheckBox>(w, u"phonePrimary_1"_s)->isChecked());
    QVERIFY(child<ContactsPageProbe>(w, u"contactsPage"_s)->isComplete());
    child<QCheckBox>(w, u"phonePrimary_1"_s)->click();
    auto* error = child<QLabel>(w, u"phoneError_1"_s);
    QVERIFY(test::shows(error));
    QVERIFY2(error->text().contains(u"primary"_s), qPrintable(error->text()));
    QVERIFY(!test::shows(child<QLabel>(w, u"phoneError_0"_s)));
    QVERIFY(!child<ContactsPageProbe>(w, u"contactsPage"_s)->isComplete());
    // Removing the first number leaves one primary: valid again, and rows renumbered.
    child<QPushButton>(w, u"phoneRemove_0"_s)->click();
    QCOMPARE(rig.wizard->account().contacts.at(0).contact.phones,
             (QList<core::PhoneNumber>{{u"+49302222222"_s, true}}));
    QVERIFY(child<ContactsPageProbe>(w, u"contactsPage"_s)->isComplete());
    // An invalid number is explained at its row.
    child<QLineEdit>(w, u"phoneNumber_0"_s)->clear();
    test::type(child<QLineEdit>(w, u"phoneNumber_0"_s), u"12"_s);
    QVERIFY(child<QLabel>(w, u"phoneError_0"_s)->text().contains(u"not a valid phone number"_s));
}

// R-ACC-5: "Firmenname" only for companies; required there; dropped when switching back.
void TestNewAccountWizard::companyNameOnlyForCompanies()
{
    WizardRig rig;
    QVERIFY(rig.shown());
    QWidget* w = rig.wizard.get();
    auto* companyName = child<QLineEdit>(w, u"companyNameEdit"_s);
    auto* error = child<QLabel>(w, u"companyNameEditError"_s);
    QVERIFY(!test::shows(companyName));
    QVERIFY(rig.button(QWizard::NextButton)->isEnabled());

    child<QRadioButton>(w, u"companyRadio"_s)->click();
    QVERIFY(test::shows(companyName));
    QVERIFY(!rig.button(QWizard::NextButton)->isEnabled()); // required for a company
    companyName->setFocus();
    child<QLineEdit>(w, u"accountNameEdit"_s)->setFocus(); // leaving it shows why
    QVERIFY(test::shows(error));
    QVERIFY(error->text().contains(u"required"_s));

    test::type(companyName, u"Schulz KG"_s);
    QVERIFY(!test::shows(error));
    QVERIFY(rig.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(rig.wizard->account().companyName, u"Schulz KG"_s);

    child<QRadioButton>(w, u"individualRadio"_s)->click();
    QVERIFY(!test::shows(companyName));
    QCOMPARE(rig.wizard->account().companyName, QString()); // not part of an individual
    QCOMPARE(rig.wizard->account().type, core::AccountType::Individual);
}

// An empty form does not start out red: "required" waits until the field was left.
void TestNewAccountWizard::requiredFieldWaitsUntilTouched()
{
    WizardRig rig;
    QVERIFY(rig.shown());
    QWidget* w = rig.wizard.get();
    rig.next();
    QCOMPARE(rig.wizard->currentId(), int(ui::NewAccountWizard::ContactsPageId));
    auto* error = child<QLabel>(w, u"firstNameEditError"_s);
    QVERIFY(!test::shows(error));
    QVERIFY(child<QLabel>(w, u"pageHint"_s) != nullptr);
    QVERIFY(!rig.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(tabTo(child<QLineEdit>(w, u"firstNameEdit"_s)));
    press(Qt::Key_Tab);
    QVERIFY(test::shows(error));
    QVERIFY(error->text().contains(u"required"_s));
}

// R-ACC-10: without any contact the account cannot be created, and the page says why.
void TestNewAccountWizard::accountNeedsAtLeastOneContact()
{
    WizardRig rig;
    QWidget* w = rig.wizard.get();
    child<QLineEdit>(w, u"firstNameEdit"_s)->setText(u"Anna"_s);
    child<QLineEdit>(w, u"lastNameEdit"_s)->setText(u"Schulz"_s);
    auto* page = child<ContactsPageProbe>(w, u"contactsPage"_s);
    QVERIFY(page->isComplete());
    auto* error = child<QLabel>(w, u"contactsError"_s);
    QVERIFY(!test::shows(error));
    rig.in<QPushButton>(0, u"removeContactButton"_s)->click();
    QTRY_VERIFY(!rig.wizard->findChild<QWidget*>(u"contact_0"_s));
    QVERIFY(test::shows(error));
    QVERIFY(error->text().contains(u"at least one contact"_s));
    QVERIFY(!page->isComplete());
    child<QPushButton>(w, u"addContactButton"_s)->click();
    QVERIFY(!test::shows(error));
    QVERIFY(!page->isComplete()); // the new contact still needs its names
}

// R-CON-2: while a new contact is typed, an existing one is offered, from local data.
void TestNewAccountWizard::existingContactIsOfferedWhileTyping_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("offered");
    QTest::newRow("same email, other case")
        << u""_s << u""_s << u"J.Mueller@Example.de"_s << u""_s << true;
    QTest::newRow("same name and phone")
        << u"Jürgen"_s << u"Müller"_s << u""_s << u"0351 1234567"_s << true;
    QTest::newRow("same name, other phone")
        << u"Jürgen"_s << u"Müller"_s << u""_s << u"0351 7777777"_s << false;
    QTest::newRow("other person") << u"Jürgen"_s << u"Schulze"_s << u"js@example.de"_s << u""_s
                                  << false;
}

void TestNewAccountWizard::existingContactIsOfferedWhileTyping()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, email);
    QFETCH(QString, phone);
    QFETCH(bool, offered);
    WizardRig rig;
    QWidget* w = rig.wizard.get();
    child<QLineEdit>(w, u"firstNameEdit"_s)->setText(first);
    child<QLineEdit>(w, u"lastNameEdit"_s)->setText(last);
    test::type(child<QLineEdit>(w, u"emailEdit"_s), email);
    if (!phone.isEmpty()) {
        child<QPushButton>(w, u"addPhoneButton"_s)->click();
        test::type(child<QLineEdit>(w, u"phoneNumber_0"_s), phone);
    }
    auto* label = child<QLabel>(w, u"duplicateLabel"_s);
    QCOMPARE(test::shows(label), offered);
    if (!offered)
        return;
    QVERIFY(label->text().contains(u"Jürgen Müller"_s));
    child<QPushButton>(w, u"linkDuplicateButton"_s)->click();
    const core::AccountContact entry = rig.wizard->account().contacts.constFirst();
    QCOMPARE(entry.existingContactId, std::optional<QUuid>(rig.firm.mueller.id));
    QVERIFY(child<QRadioButton>(w, u"existingContactRadio"_s)->isChecked());
}

// R-ACC-9, R-CON-3: every type gets a fitting editor, and the values are JSON of that type.
void TestNewAccountWizard::customFieldEditorsFitTheirType()
{
    WizardRig rig;
    const test::TestFirm& f = rig.firm;
    QWidget* w = rig.wizard.get();
    auto field = [w](const core::CustomFieldDefinition& d) {
        return child<QWidget>(w, u"customField_"_s + core::toWireId(d.id));
    };
    QVERIFY(qobject_cast<QLineEdit*>(field(f.taxNumber)));
    QVERIFY(qobject_cast<QLineEdit*>(field(f.revenue)));
    QVERIFY(qobject_cast<QDateEdit*>(field(f.founded)));
    QVERIFY(qobject_cast<QComboBox*>(field(f.legalForm)));
    QVERIFY(qobject_cast<QListWidget*>(field(f.services)));
    QVERIFY(qobject_cast<QLineEdit*>(field(f.billingEmail)));
    QVERIFY(qobject_cast<QLineEdit*>(field(f.website)));
    QVERIFY(qobject_cast<QCheckBox*>(field(f.newsletter)));
    QVERIFY(qobject_cast<QLineEdit*>(field(f.taxId)));    // contact scope, on page 2
    QVERIFY(qobject_cast<QDateEdit*>(field(f.birthday))); // contact scope, on page 2
    for (QWidget* editor : {field(f.taxNumber), field(f.founded), field(f.services)})
        QVERIFY(!editor->accessibleName().isEmpty());

    qobject_cast<QDateEdit*>(field(f.founded))->setDate(QDate(2001, 2, 3));
    test::type(field(f.revenue), u"viel"_s);
    test::type(field(f.billingEmail), u"keine-adresse"_s);
    test::type(field(f.website), u"ftp://x"_s);
    const core::Account a = rig.wizard->account();
    QCOMPARE(a.customFields.value(core::toWireId(f.founded.id)).toString(), u"2001-02-03"_s);
    // Wrong input is explained at its field instead of being dropped.
    for (const core::CustomFieldDefinition* d : {&f.revenue, &f.billingEmail, &f.website}) {
        auto* error = child<QLabel>(w, field(*d)->objectName() + u"Error"_s);
        QVERIFY2(test::shows(error), qPrintable(d->name));
    }
    QVERIFY(!rig.button(QWizard::NextButton)->isEnabled());
}

// Issue 6 builds drafts on this: an account loaded into the form comes back unchanged.
void TestNewAccountWizard::draftRoundTrips()
{
    test::TestFirm firm;
    core::Account draft;
    draft.id = QUuid::createUuid();
    draft.type = core::AccountType::Company;
    draft.name = u"Schulz Holding"_s;
    draft.companyName = u"Schulz Holding GmbH"_s;
    draft.tags = {u"Steuer"_s, u"Neu"_s};
    draft.teamMemberIds = {firm.bernd.id};
    draft.folderTemplateId = firm.yearEnd.id;
    draft.customFields = {{core::toWireId(firm.legalForm.id), u"AG"_s},
                          {core::toWireId(firm.founded.id), u"1999-12-31"_s},
                          {core::toWireId(firm.newsletter.id), false}};
    core::AccountContact fresh;
    fresh.contact.id = QUuid::createUuid();
    fresh.contact.firstName = u"Ute"_s;
    fresh.contact.middleName = u"M."_s;
    fresh.contact.lastName = u"Schulz"_s;
    fresh.contact.email = u"ute@schulz.de"_s;
    fresh.contact.tags = {u"Privat"_s};
    fresh.contact.phones = {{u"+493511111111"_s, false}, {u"+493512222222"_s, true}};
    fresh.contact.address = {u"Weg 2"_s, u"01099"_s, u"Dresden"_s, u"Sachsen"_s, u"DE"_s};
    fresh.contact.customFields = {{core::toWireId(firm.taxId.id), u"12 345 678 901"_s}};
    fresh.switches = {true, false, true};
    core::AccountContact linked;
    linked.existingContactId = firm.schmidt.id;
    linked.contact = firm.schmidt;
    linked.switches = {false, true, false};
    draft.contacts = {fresh, linked};

    ui::NewAccountWizard wizard(firm.reference, firm.directory());
    wizard.setAccount(draft);
    QCOMPARE(wizard.account(), draft);
}

// A store that refuses (e.g. a rule only it can check) keeps the wizard open and shows why.
void TestNewAccountWizard::rejectedSubmitKeepsWizardOpenWithErrors()
{
    WizardRig rig;
    QVERIFY(rig.shown());
    rig.wizard->createAccount = [](const core::Account&) {
        return ui::SubmitResult{false,
                                {core::Violation::received(u"contacts[0].email"_s, u"duplicate"_s,
                                                           u"Diese Adresse ist vergeben."_s)},
                                u"Nicht gespeichert."_s};
    };
    QWidget* w = rig.wizard.get();
    rig.next();
    child<QLineEdit>(w, u"firstNameEdit"_s)->setText(u"Anna"_s);
    child<QLineEdit>(w, u"lastNameEdit"_s)->setText(u"Schulz"_s);
    child<QLineEdit>(w, u"emailEdit"_s)->setText(u"anna@example.de"_s);
    auto answered = test::answerModal({}, [](QWidget* box) {
        QVERIFY(box->findChild<QLabel*>() != nullptr);
        press(Qt::Key_Return);
    });
    rig.button(QWizard::FinishButton)->click();
    QTRY_VERIFY(*answered);
    QVERIFY(rig.wizard->isVisible());
    QVERIFY(!rig.wizard->createdAccountId());
    QCOMPARE(child<QLabel>(w, u"emailEditError"_s)->text(), u"Diese Adresse ist vergeben."_s);
    // The next edit clears the outside error; the form is valid again.
    child<QLineEdit>(w, u"emailEdit"_s)->setText(u"anna2@example.de"_s);
    QVERIFY(!test::shows(child<QLabel>(w, u"emailEditError"_s)));
}

// R-INV-1/3: "Überspringen" creates the account with LOGIN on and sends no invitation.
void TestNewAccountWizard::skippingInvitationSendsNothing()
{
    WizardRig rig;
    QVERIFY(rig.shown());
    QWidget* w = rig.wizard.get();
    rig.next();
    child<QLineEdit>(w, u"firstNameEdit"_s)->setText(u"Anna"_s);
    child<QLineEdit>(w, u"lastNameEdit"_s)->setText(u"Schulz"_s);
    child<QLineEdit>(w, u"emailEdit"_s)->setText(u"anna@example.de"_s);
    child<QCheckBox>(w, u"loginSwitch"_s)->click();
    auto answered = test::answerModal(u"invitationDialog"_s, [](QWidget* dialog) {
        child<QPushButton>(dialog, u"skipInvitationButton"_s)->click();
    });
    rig.button(QWizard::FinishButton)->click();
    QTRY_VERIFY(*answered);
    QTRY_VERIFY(!rig.wizard->isVisible());
    QCOMPARE(rig.created.size(), 1);
    QVERIFY(rig.created.constFirst().contacts.constFirst().switches.login);
    QVERIFY(rig.invitations.isEmpty());
}

QTEST_MAIN(TestNewAccountWizard)
#include "tst_newaccountwizard.moc"
