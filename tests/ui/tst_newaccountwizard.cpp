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

[[maybe_unused]] bool errorShows(const QWidget* root, const QString& labelName, const QString& part)
{
    const auto* label = root->findChild<QLabel*>(labelName);
    return label && label->isVisibleTo(root->window()) && label->text().contains(part);
}

} // namespace

class TestNewAccountWizard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createsIndividualWithKeyboardOnly();
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
        QTest::keyClicks(child<QPlainTextEdit>(dialog, u"personalMessageEdit"_s),
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

QTEST_MAIN(TestNewAccountWizard)
#include "tst_newaccountwizard.moc"
