// R-ACC-3…10, R-CON-1…7, R-SW-4, R-NAME-1: every rule of a new account, accepted and rejected.
#include "core/accountrules.h"
#include "core/textlimits.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor::core;

namespace {

AccountContact newContact(const QString& first, const QString& last, const QString& email = {})
{
    AccountContact c;
    c.contact.id = QUuid::createUuid();
    c.contact.firstName = first;
    c.contact.lastName = last;
    c.contact.email = email;
    return c;
}

Account validIndividual()
{
    Account a;
    a.id = QUuid::createUuid();
    a.type = AccountType::Individual;
    a.contacts.append(newContact(u"Anna"_s, u"Müller"_s, u"anna@example.de"_s));
    return a;
}

QStringList codesAt(const Violations& v, const QString& path)
{
    QStringList out;
    for (const Violation& x : v) {
        if (x.path() == path)
            out.append(x.code());
    }
    return out;
}

QString describe(const Violations& v)
{
    QStringList out;
    for (const Violation& x : v)
        out.append(x.path() + u'=' + x.code());
    return out.join(u", "_s);
}

} // namespace

class TestAccountRules : public QObject {
    Q_OBJECT

private:
    const QUuid existingId = QUuid::createUuid();
    AccountRules rules() const
    {
        AccountRules r;
        const QUuid id = existingId;
        r.findContact = [id](const QUuid& wanted) -> std::optional<Contact> {
            if (wanted != id)
                return std::nullopt;
            Contact c;
            c.id = id;
            c.firstName = u"Bernd"_s;
            c.lastName = u"Bäcker"_s;
            return c; // no email
        };
        return r;
    }

private Q_SLOTS:
    void acceptsValidIndividual()
    {
        const Violations v = checkNewAccount(validIndividual(), rules());
        QVERIFY2(v.isEmpty(), qPrintable(describe(v)));
    }

    void acceptsValidCompanyWithTwoContacts()
    {
        Account a = validIndividual();
        a.type = AccountType::Company;
        a.companyName = u"Müller & Söhne GmbH"_s;
        a.contacts.append(newContact(u"Jörg"_s, u"Müller"_s));
        a.tags = {u"Mandant 2024"_s, u"GmbH"_s};
        const Violations v = checkNewAccount(a, rules());
        QVERIFY2(v.isEmpty(), qPrintable(describe(v)));
    }

    void requiresAtLeastOneContact() // R-ACC-10
    {
        Account a = validIndividual();
        a.contacts.clear();
        a.name = u"Familie Müller"_s;
        QCOMPARE(codesAt(checkNewAccount(a, rules()), u"contacts"_s), QStringList{u"required"_s});
    }

    void rejectsCompanyNameOnIndividual() // R-ACC-5
    {
        Account a = validIndividual();
        a.companyName = u"Müller GmbH"_s;
        QCOMPARE(codesAt(checkNewAccount(a, rules()), u"company_name"_s),
                 QStringList{u"not_allowed"_s});
    }

    void requiresCompanyNameOnCompany() // R-ACC-5
    {
        Account a = validIndividual();
        a.type = AccountType::Company;
        QCOMPARE(codesAt(checkNewAccount(a, rules()), u"company_name"_s),
                 QStringList{u"required"_s});
    }

    void companyNameMustBeFolderSafeWhenItIsTheName() // R-ACC-5, R-NAME-1
    {
        Account a = validIndividual();
        a.type = AccountType::Company;
        a.companyName = u"A/B GmbH"_s;
        QCOMPARE(codesAt(checkNewAccount(a, rules()), u"company_name"_s),
                 QStringList{u"forbidden_character"_s});
        a.name = u"AB GmbH"_s; // an explicit name is the folder name now
        QVERIFY(checkNewAccount(a, rules()).isEmpty());
    }

    void rejectsBadTypedAccountName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::newRow("colon") << u"Müller: privat"_s << u"forbidden_character"_s;
        QTest::newRow("reserved") << u"PRN"_s << u"reserved_name"_s;
        QTest::newRow("trailing dot") << u"Müller GmbH & Co."_s << u"trailing_dot_or_space"_s;
        QTest::newRow("too long") << QString(limits::accountName + 1, u'x') << u"too_long"_s;
    }
    void rejectsBadTypedAccountName() // R-NAME-1
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        Account a = validIndividual();
        a.name = name;
        QCOMPARE(codesAt(checkNewAccount(a, rules()), u"name"_s), QStringList{code});
    }

    void rejectsBadContactNames_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("first empty") << u"first_name"_s << QString() << u"required"_s;
        QTest::newRow("last blank") << u"last_name"_s << u"  "_s << u"required"_s;
        QTest::newRow("last colon") << u"last_name"_s << u"Mü:ller"_s << u"forbidden_character"_s;
        QTest::newRow("middle star") << u"middle_name"_s << u"*"_s << u"forbidden_character"_s;
        QTest::newRow("first too long") << u"first_name"_s << QString(81, u'a') << u"too_long"_s;
        QTest::newRow("first reserved") << u"first_name"_s << u"Nul"_s << u"reserved_name"_s;
    }
    void rejectsBadContactNames() // R-CON-1, R-NAME-1
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, code);
        Account a = validIndividual();
        a.contacts.append(newContact(u"Jörg"_s, u"Müller"_s));
        Contact& c = a.contacts[1].contact;
        if (field == u"first_name")
            c.firstName = value;
        else if (field == u"last_name")
            c.lastName = value;
        else
            c.middleName = value;
        const Violations v = checkNewAccount(a, rules());
        QCOMPARE(codesAt(v, u"contacts[1]."_s + field), QStringList{code});
    }

    void loginRequiresEmail() // R-SW-4
    {
        Account a = validIndividual();
        a.contacts[0].contact.email.clear();
        a.contacts[0].switches.login = true;
        QCOMPARE(codesAt(checkNewAccount(a, rules()), u"contacts[0].email"_s),
                 QStringList{u"login_requires_email"_s});
        a.contacts[0].switches.login = false;
        a.contacts[0].switches.notify = true;
        QVERIFY(checkNewAccount(a, rules()).isEmpty());
    }

    void loginOnExistingContactWithoutEmailIsRejected() // R-SW-4, R-CON-2
    {
        Account a = validIndividual();
        AccountContact existing;
        existing.existingContactId = existingId;
        existing.switches.login = true;
        a.contacts.append(existing);
        QCOMPARE(codesAt(checkNewAccount(a, rules()), u"contacts[1].email"_s),
                 QStringList{u"login_requires_email"_s});
    }

    void linksExistingContactAndNamesAccountAfterIt() // R-CON-2, R-CON-7
    {
        Account a;
        a.type = AccountType::Individual;
        AccountContact existing;
        existing.existingContactId = existingId;
        a.contacts.append(existing);
        QVERIFY(checkNewAccount(a, rules()).isEmpty());
        AccountContact unknown;
        unknown.existingContactId = QUuid::createUuid();
        a.contacts.append(unknown);
        QCOMPARE(codesAt(checkNewAccount(a, rules()), u"contacts[1].existing_contact_id"_s),
                 QStringList{u"not_found"_s});
    }

    void sameExistingContactTwiceIsRejected()
    {
        Account a;
        AccountContact existing;
        existing.existingContactId = existingId;
        a.contacts = {existing, existing};
        QCOMPARE(codesAt(checkNewAccount(a, rules()), u"contacts[1].existing_contact_id"_s),
                 QStringList{u"duplicate"_s});
    }

    void sameEmailTwiceInOneAccountIsRejected()
    {
        Account a = validIndividual();
        a.contacts.append(newContact(u"Jörg"_s, u"Müller"_s, u"ANNA@Example.de"_s));
        QCOMPARE(codesAt(checkNewAccount(a, rules()), u"contacts[1].email"_s),
                 QStringList{u"duplicate"_s});
    }

    void atMostOnePrimaryPhone() // R-CON-4
    {
        Account a = validIndividual();
        a.contacts[0].contact.phones = {{u"0351 1234567"_s, true}, {u"+49 171 1234567"_s, false}};
        QVERIFY(checkNewAccount(a, rules()).isEmpty());
        a.contacts[0].contact.phones[1].primary = true;
        QCOMPARE(codesAt(checkNewAccount(a, rules()), u"contacts[0].phones[1].primary"_s),
                 QStringList{u"multiple_primary"_s});
    }

    void everyTextFieldHasALengthLimit_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("limit");
        QTest::newRow("company_name") << u"company_name"_s << int(limits::companyName);
        QTest::newRow("email") << u"contacts[0].email"_s << int(limits::email);
        QTest::newRow("street") << u"contacts[0].address.street"_s << int(limits::street);
        QTest::newRow("postal_code")
            << u"contacts[0].address.postal_code"_s << int(limits::postalCode);
        QTest::newRow("city") << u"contacts[0].address.city"_s << int(limits::city);
        QTest::newRow("region") << u"contacts[0].address.region"_s << int(limits::region);
        QTest::newRow("country") << u"contacts[0].address.country"_s << int(limits::country);
        QTest::newRow("phone") << u"contacts[0].phones[0].number"_s << int(limits::phoneNumber);
        QTest::newRow("account tag") << u"tags[0]"_s << int(limits::tag);
        QTest::newRow("contact tag") << u"contacts[0].tags[0]"_s << int(limits::tag);
        QTest::newRow("middle_name") << u"contacts[0].middle_name"_s << int(limits::personName);
    }
    void everyTextFieldHasALengthLimit()
    {
        QFETCH(QString, path);
        QFETCH(int, limit);
        Account a = validIndividual();
        a.type = AccountType::Company;
        a.companyName = u"X GmbH"_s;
        a.name = u"X"_s;
        const QString tooLong = QString(limit + 1, u'a');
        Contact& c = a.contacts[0].contact;
        if (path == u"company_name")
            a.companyName = tooLong;
        else if (path.endsWith(u"email"))
            c.email = tooLong;
        else if (path.endsWith(u"street"))
            c.address.street = tooLong;
        else if (path.endsWith(u"postal_code"))
            c.address.postalCode = tooLong;
        else if (path.endsWith(u"city"))
            c.address.city = tooLong;
        else if (path.endsWith(u"region"))
            c.address.region = tooLong;
        else if (path.endsWith(u"country"))
            c.address.country = tooLong;
        else if (path.contains(u"phones"))
            c.phones = {{tooLong, false}};
        else if (path == u"tags[0]")
            a.tags = {tooLong};
        else if (path.endsWith(u"tags[0]"))
            c.tags = {tooLong};
        else
            c.middleName = tooLong;
        QCOMPARE(codesAt(checkNewAccount(a, rules()), path), QStringList{u"too_long"_s});
    }

    void reportsEveryErrorAtOnce()
    {
        Account a = validIndividual();
        a.companyName = u"nope"_s;
        a.contacts[0].contact.firstName.clear();
        a.contacts[0].contact.email = u"kein-at"_s;
        a.tags = {u"a"_s, u"A"_s};
        const Violations v = checkNewAccount(a, rules());
        QCOMPARE(codesAt(v, u"company_name"_s), QStringList{u"not_allowed"_s});
        QCOMPARE(codesAt(v, u"contacts[0].first_name"_s), QStringList{u"required"_s});
        QCOMPARE(codesAt(v, u"contacts[0].email"_s), QStringList{u"invalid_email"_s});
        QCOMPARE(codesAt(v, u"tags[1]"_s), QStringList{u"duplicate"_s});
    }

    void checksAccountCustomFields() // R-ACC-9
    {
        CustomFieldDefinition def;
        def.id = QUuid::createUuid();
        def.name = u"Steuernummer"_s;
        def.required = true;
        AccountRules r = rules();
        r.customFields = {def};
        Account a = validIndividual();
        QCOMPARE(codesAt(checkNewAccount(a, r), u"custom_fields."_s + toWireId(def.id)),
                 QStringList{u"required"_s});
        a.customFields.insert(toWireId(def.id), u"201/123/45678"_s);
        QVERIFY(checkNewAccount(a, r).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccountRules)
#include "tst_accountrules.moc"
