// R-ACC-4, R-ACC-5, R-CON-7: generated account names in the firm's name format.
#include "core/accountnaming.h"
#include "core/firmsettings.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor::core;

namespace {
Account individual(const QString& first, const QString& middle, const QString& last)
{
    Account a;
    a.type = AccountType::Individual;
    AccountContact c;
    c.contact.firstName = first;
    c.contact.middleName = middle;
    c.contact.lastName = last;
    a.contacts.append(c);
    return a;
}
} // namespace

class TestAccountNaming : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void generatesIndividualNames_data()
    {
        QTest::addColumn<NameFormat>("format");
        QTest::addColumn<QString>("middle");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Vorname Nachname")
            << NameFormat::FirstLast << u"Maria"_s << u"Anna Müller"_s;
        QTest::newRow("Nachname, Vorname")
            << NameFormat::LastCommaFirst << u"Maria"_s << u"Müller, Anna"_s;
        QTest::newRow("Nachname Vorname")
            << NameFormat::LastFirst << u"Maria"_s << u"Müller Anna"_s;
        QTest::newRow("Vorname Zweiter-Vorname Nachname")
            << NameFormat::FirstMiddleLast << u"Maria"_s << u"Anna Maria Müller"_s;
        QTest::newRow("middle format without middle name")
            << NameFormat::FirstMiddleLast << QString() << u"Anna Müller"_s;
    }
    void generatesIndividualNames()
    {
        QFETCH(NameFormat, format);
        QFETCH(QString, middle);
        QFETCH(QString, expected);
        QCOMPARE(generatedAccountName(individual(u"Anna"_s, middle, u"Müller"_s), format),
                 expected);
    }

    void defaultFormatIsFirstLast()
    {
        FirmSettings defaults;
        QCOMPARE(defaults.nameFormat, NameFormat::FirstLast);
    }

    void usesFirstContactOnly()
    {
        Account a = individual(u"Anna"_s, {}, u"Müller"_s);
        AccountContact second;
        second.contact.firstName = u"Bernd"_s;
        second.contact.lastName = u"Müller"_s;
        a.contacts.append(second);
        QCOMPARE(generatedAccountName(a, NameFormat::FirstLast), u"Anna Müller"_s);
    }

    void companyIsNamedAfterCompanyName()
    {
        Account a = individual(u"Anna"_s, {}, u"Müller"_s);
        a.type = AccountType::Company;
        a.companyName = u"  Müller Bau GmbH "_s;
        QCOMPARE(generatedAccountName(a, NameFormat::LastCommaFirst), u"Müller Bau GmbH"_s);
    }

    void typedNameWins()
    {
        Account a = individual(u"Anna"_s, {}, u"Müller"_s);
        a.name = u" Familie Müller "_s;
        QCOMPARE(effectiveAccountName(a, NameFormat::FirstLast), u"Familie Müller"_s);
        a.name.clear();
        QCOMPARE(effectiveAccountName(a, NameFormat::FirstLast), u"Anna Müller"_s);
    }

    void wireNamesRoundTrip()
    {
        for (NameFormat f : {NameFormat::FirstLast, NameFormat::LastCommaFirst,
                             NameFormat::LastFirst, NameFormat::FirstMiddleLast})
            QCOMPARE(nameFormatFromWireName(toWireName(f)), f);
        QVERIFY(!nameFormatFromWireName(u"first"_s));
    }
};

QTEST_GUILESS_MAIN(TestAccountNaming)
#include "tst_accountnaming.moc"
