// Issue 7 (R-BULK-1, R-ACC-3…10, R-CON-1…5, R-SW-4, R-NAME-1): mapped rows become accounts and
// contacts, checked with the rules of the new-account form; every problem names its row, column
// and field.
#include "core/import/rowinterpreter.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor::core;

namespace {

CustomFieldDefinition custom(const QString& name, CustomFieldType type, CustomFieldScope scope,
                             QStringList options = {})
{
    CustomFieldDefinition definition;
    definition.id = QUuid::createUuid();
    definition.name = name;
    definition.type = type;
    definition.scope = scope;
    definition.options = std::move(options);
    return definition;
}

const QUuid sabineId = QUuid::createUuid();

ImportContext makeContext()
{
    ImportContext c;
    c.customFields = {
        custom(u"Mandantennummer"_s, CustomFieldType::Text, CustomFieldScope::Account),
        custom(u"Umsatz"_s, CustomFieldType::Number, CustomFieldScope::Account),
        custom(u"Mandat aktiv"_s, CustomFieldType::Checkbox, CustomFieldScope::Account),
        custom(u"Leistungen"_s, CustomFieldType::MultipleChoice, CustomFieldScope::Account,
               {u"Lohn"_s, u"FiBu"_s, u"Jahresabschluss"_s}),
        custom(u"Rechtsform"_s, CustomFieldType::SingleChoice, CustomFieldScope::Account,
               {u"GmbH"_s, u"KG"_s, u"GbR"_s}),
        custom(u"Geburtsdatum"_s, CustomFieldType::Date, CustomFieldScope::Contact)};
    TeamMember sabine;
    sabine.id = sabineId;
    sabine.name = u"Sabine Berater"_s;
    sabine.email = u"sabine@kanzlei.de"_s;
    c.teamMembers = {sabine};
    return c;
}

const ImportContext& context()
{
    static const ImportContext c = makeContext();
    return c;
}

QString idOf(const QString& name)
{
    for (const CustomFieldDefinition& d : context().customFields) {
        if (d.name == name)
            return toWireId(d.id);
    }
    return {};
}

// Columns as "Header=field" or "Header=account_custom_field:Name".
ImportMapping mappingOf(const QStringList& columns)
{
    ImportMapping mapping;
    for (const QString& column : columns) {
        const QString header = column.section(u'=', 0, 0);
        const QString key = column.section(u'=', 1);
        ColumnMapping entry;
        entry.header = header;
        entry.field =
            importFieldFromWireName(key.section(u':', 0, 0)).value_or(ImportField::Ignore);
        entry.customField = key.section(u':', 1);
        mapping.columns.append(entry);
    }
    return mapping;
}

SourceRow sourceRow(const QStringList& values, qint64 row = 7, qint64 line = 9)
{
    SourceRow r;
    r.row = row;
    r.line = line;
    r.values = values;
    return r;
}

QStringList describe(const RowIssues& issues)
{
    QStringList out;
    for (const RowIssue& issue : issues)
        out.append(issue.field + u'@' + issue.header + u'=' + issue.code());
    return out;
}

const QStringList standardColumns = {u"Konto=account_name"_s,
                                     u"Typ=account_type"_s,
                                     u"Firmenname=company_name"_s,
                                     u"Schlagwörter=account_tags"_s,
                                     u"Betreuer=team_members"_s,
                                     u"Vorname=first_name"_s,
                                     u"Nachname=last_name"_s,
                                     u"E-Mail=email"_s,
                                     u"Telefon=phone"_s,
                                     u"Mobil=mobile_phone"_s,
                                     u"Straße=street"_s,
                                     u"Nr=house_number"_s,
                                     u"PLZ=postal_code"_s,
                                     u"Ort=city"_s,
                                     u"Land=country"_s,
                                     u"Kategorien=contact_tags"_s,
                                     u"LOGIN=login"_s,
                                     u"NOTIFY=notify"_s,
                                     u"EMAIL SYNC=email_sync"_s,
                                     u"Notiz=ignore"_s};

} // namespace

class TestRowInterpreter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void buildsAccountAndContact()
    {
        const RowInterpreter interpreter(mappingOf(standardColumns), context());
        QVERIFY(interpreter.mappingIssues().isEmpty());
        const InterpretedRow row = interpreter.interpret(sourceRow({u"Müller & Söhne GmbH"_s,
                                                                    u"Unternehmen"_s,
                                                                    u"Müller & Söhne GmbH"_s,
                                                                    u"Mandant, Lohn"_s,
                                                                    u"sabine@KANZLEI.de"_s,
                                                                    u" Jürgen "_s,
                                                                    u"Müller"_s,
                                                                    u"juergen@mueller-soehne.de"_s,
                                                                    u"0351 4567890; 0351/4567891"_s,
                                                                    u"0171 2345678"_s,
                                                                    u"Königsbrücker Straße"_s,
                                                                    u"12a"_s,
                                                                    u"01099"_s,
                                                                    u"Dresden"_s,
                                                                    u"Deutschland"_s,
                                                                    u"Geschäftsführer"_s,
                                                                    u"ja"_s,
                                                                    u"x"_s,
                                                                    u"nein"_s,
                                                                    u"ignored; \"text"_s}));
        QVERIFY2(row.ok(), qPrintable(describe(row.issues).join(u", "_s)));
        QCOMPARE(row.row, 7);
        QCOMPARE(row.line, 9);
        const Account& a = row.account;
        QCOMPARE(a.name, u"Müller & Söhne GmbH"_s);
        QCOMPARE(a.type, AccountType::Company);
        QCOMPARE(row.givenType, std::optional<AccountType>(AccountType::Company));
        QCOMPARE(a.companyName, u"Müller & Söhne GmbH"_s);
        QCOMPARE(a.tags, (QStringList{u"Mandant"_s, u"Lohn"_s}));
        QCOMPARE(a.teamMemberIds, QList<QUuid>{sabineId});
        QCOMPARE(a.contacts.size(), 1);
        const AccountContact& entry = a.contacts.constFirst();
        QCOMPARE(entry.contact.firstName, u"Jürgen"_s);
        QCOMPARE(entry.contact.lastName, u"Müller"_s);
        QCOMPARE(entry.contact.email, u"juergen@mueller-soehne.de"_s);
        // The mobile number comes first and is primary (R-CON-4); numbers are E.164.
        QCOMPARE(entry.contact.phones, (QList<PhoneNumber>{{u"+491712345678"_s, true},
                                                           {u"+493514567890"_s, false},
                                                           {u"+493514567891"_s, false}}));
        QCOMPARE(entry.contact.address.street, u"Königsbrücker Straße 12a"_s);
        QCOMPARE(entry.contact.address.postalCode, u"01099"_s);
        QCOMPARE(entry.contact.address.city, u"Dresden"_s);
        QCOMPARE(entry.contact.address.country, u"Deutschland"_s);
        QCOMPARE(entry.contact.tags, QStringList{u"Geschäftsführer"_s});
        QCOMPARE(entry.switches, (ContactSwitches{true, true, false}));
        QCOMPARE(row.accountKey, u"müller & söhne gmbh"_s);
    }

    void readsCustomFieldsByType()
    {
        const RowInterpreter interpreter(
            mappingOf({u"Vorname=first_name"_s, u"Nachname=last_name"_s,
                       u"Nr=account_custom_field:mandantennummer"_s,
                       u"Umsatz=account_custom_field:Umsatz"_s,
                       u"Aktiv=account_custom_field:Mandat aktiv"_s,
                       u"Leistungen=account_custom_field:Leistungen"_s,
                       u"Rechtsform=account_custom_field:Rechtsform"_s,
                       u"Geburtstag=contact_custom_field:Geburtsdatum"_s}),
            context());
        QVERIFY(interpreter.mappingIssues().isEmpty());
        const InterpretedRow row = interpreter.interpret(
            sourceRow({u"Anna"_s, u"Berg"_s, u"000123"_s, u"1.234,50"_s, u"WAHR"_s,
                       u"lohn; Jahresabschluss"_s, u"gmbh"_s, u"31.12.1970"_s}));
        QVERIFY2(row.ok(), qPrintable(describe(row.issues).join(u", "_s)));
        const QJsonObject& values = row.account.customFields;
        QCOMPARE(values.value(idOf(u"Mandantennummer"_s)).toString(), u"000123"_s);
        QCOMPARE(values.value(idOf(u"Umsatz"_s)).toDouble(), 1234.5);
        QCOMPARE(values.value(idOf(u"Mandat aktiv"_s)).toBool(), true);
        QCOMPARE(values.value(idOf(u"Leistungen"_s)).toArray(),
                 (QJsonArray{u"Lohn"_s, u"Jahresabschluss"_s}));
        QCOMPARE(values.value(idOf(u"Rechtsform"_s)).toString(), u"GmbH"_s);
        QCOMPARE(
            row.account.contacts.constFirst().contact.customFields.value(idOf(u"Geburtsdatum"_s)),
            QJsonValue(u"1970-12-31"_s));
    }

    void decidesTheType_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("company");
        QTest::addColumn<int>("expected");
        QTest::addColumn<bool>("given");
        QTest::newRow("nothing: individual")
            << QString() << QString() << int(AccountType::Individual) << false;
        QTest::newRow("a company name: company (R-ACC-5)")
            << QString() << u"Berg GmbH"_s << int(AccountType::Company) << true;
        QTest::newRow("stated") << u"Einzelperson"_s << QString() << int(AccountType::Individual)
                                << true;
        QTest::newRow("DATEV's 0 (keine Angabe) with a company name")
            << u"0"_s << u"Berg GmbH"_s << int(AccountType::Company) << true;
        QTest::newRow("DATEV's 0 (keine Angabe) alone")
            << u"0"_s << QString() << int(AccountType::Individual) << false;
    }
    void decidesTheType()
    {
        QFETCH(QString, type);
        QFETCH(QString, company);
        const RowInterpreter interpreter(mappingOf({u"V=first_name"_s, u"N=last_name"_s,
                                                    u"T=account_type"_s, u"F=company_name"_s}),
                                         context());
        const InterpretedRow row =
            interpreter.interpret(sourceRow({u"Anna"_s, u"Berg"_s, type, company}));
        QVERIFY(row.ok());
        QTEST(int(row.account.type), "expected");
        QTEST(row.givenType.has_value(), "given");
    }

    void splitsTheFullNameWhenNamesAreMissing()
    {
        const RowInterpreter interpreter(
            mappingOf({u"Name=full_name"_s, u"Vorname=first_name"_s, u"Nachname=last_name"_s}),
            context());
        const InterpretedRow split =
            interpreter.interpret(sourceRow({u"Müller, Anna"_s, QString(), QString()}));
        QVERIFY(split.ok());
        QCOMPARE(split.account.contacts.constFirst().contact.firstName, u"Anna"_s);
        QCOMPARE(split.account.contacts.constFirst().contact.lastName, u"Müller"_s);
        const InterpretedRow given =
            interpreter.interpret(sourceRow({u"A B"_s, u"Ben"_s, u"Kurz"_s}));
        QCOMPARE(given.account.contacts.constFirst().contact.firstName, u"Ben"_s);
        // A one-word name has no first name: the rule says where.
        const InterpretedRow single =
            interpreter.interpret(sourceRow({u"Cher"_s, QString(), QString()}));
        QCOMPARE(describe(single.issues), QStringList{u"full_name@Name=required"_s});
    }

    void takesTheFullestAddressWhole()
    {
        // Outlook's columns: the business address, then the home one (street, city).
        const RowInterpreter interpreter(
            mappingOf({u"Vorname=first_name"_s, u"Nachname=last_name"_s,
                       u"Straße geschäftlich=street"_s, u"Ort geschäftlich=city"_s,
                       u"Straße privat=street"_s, u"Ort privat=city"_s}),
            context());
        auto address = [&](const QStringList& cells) -> QString {
            const InterpretedRow row =
                interpreter.interpret(sourceRow(QStringList{u"Anna"_s, u"Berg"_s} + cells));
            const PostalAddress& a = row.account.contacts.constFirst().contact.address;
            return a.street + u'|' + a.city;
        };
        QCOMPARE(address({u"Werkstr. 9"_s, u"Bautzen"_s, u"Gartenweg 4"_s, u"Görlitz"_s}),
                 u"Werkstr. 9|Bautzen"_s);
        // A street on several lines of its cell becomes one line, as in a vCard.
        QCOMPARE(address({u"Werkstr. 9\r\n\r\nHinterhaus "_s, u"Bautzen"_s, {}, {}}),
                 u"Werkstr. 9, Hinterhaus|Bautzen"_s);
        QCOMPARE(address({QString(), QString(), u"Gartenweg 4"_s, u"Görlitz"_s}),
                 u"Gartenweg 4|Görlitz"_s);
        // Only a business city: the whole home address wins, and nothing is mixed.
        QCOMPARE(address({QString(), u"Bautzen"_s, u"Gartenweg 4"_s, u"Görlitz"_s}),
                 u"Gartenweg 4|Görlitz"_s);
        QCOMPARE(address({u"Werkstr. 9"_s, QString(), QString(), u"Görlitz"_s}), u"Werkstr. 9|"_s);
        // The addresses are told apart by their headers, not by their order per field: without
        // the business street column, a home address is still taken whole.
        const RowInterpreter partial(
            mappingOf({u"Vorname=first_name"_s, u"Nachname=last_name"_s, u"Ort geschäftlich=city"_s,
                       u"Straße privat=street"_s, u"Ort privat=city"_s}),
            context());
        const InterpretedRow home = partial.interpret(
            sourceRow({u"Anna"_s, u"Berg"_s, QString(), u"Gartenweg 4"_s, u"Görlitz"_s}));
        QCOMPARE(home.account.contacts.constFirst().contact.address.city, u"Görlitz"_s);
    }

    void takesTheFirstOfSeveralEmailAddresses()
    {
        // Google Contacts joins the addresses of one label with " ::: ".
        const RowInterpreter interpreter(
            mappingOf(
                {u"Vorname=first_name"_s, u"Nachname=last_name"_s, u"E-mail 1 - Value=email"_s}),
            context());
        const InterpretedRow row = interpreter.interpret(
            sourceRow({u"Greta"_s, u"Grün"_s, u"greta@gruen.example ::: g2@gruen.example"_s}));
        QVERIFY(row.ok());
        QCOMPARE(row.account.contacts.constFirst().contact.email, u"greta@gruen.example"_s);
        // A comma is a typo, not a separator: reported, not cut to a valid-looking address.
        const InterpretedRow typo =
            interpreter.interpret(sourceRow({u"Hans"_s, u"Meier"_s, u"h.meier@mail.firma,de"_s}));
        QVERIFY(!typo.ok());
    }

    void namesEachProblemsRowColumnAndField_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("issues");
        // Column indexes into standardColumns; the rest of the row is valid.
        QTest::newRow("R-NAME-1: '/' in a last name")
            << 6 << u"Müller/Test"_s << QStringList{u"last_name@Nachname=forbidden_character"_s};
        QTest::newRow("R-NAME-1: right-to-left override")
            << 5 << u"\u202Eztruk"_s << QStringList{u"first_name@Vorname=forbidden_character"_s};
        QTest::newRow("R-NAME-1: zero-width space")
            << 5 << u"Anna\u200B"_s << QStringList{u"first_name@Vorname=forbidden_character"_s};
        QTest::newRow("R-CON-1: first name missing")
            << 5 << QString() << QStringList{u"first_name@Vorname=required"_s};
        QTest::newRow("email syntax")
            << 7 << u"max@"_s << QStringList{u"email@E-Mail=invalid_email"_s};
        QTest::newRow("zero-width joiner in an email")
            << 7 << u"a@exa\u200Dmple.de"_s << QStringList{u"email@E-Mail=forbidden_character"_s};
        QTest::newRow("R-CON-4: the second number is broken")
            << 8 << u"0351 4567890, 12"_s << QStringList{u"phone@Telefon=invalid_phone"_s};
        QTest::newRow("R-SW-4: LOGIN without email")
            << 7 << QString() << QStringList{u"login@LOGIN=login_requires_email"_s};
        QTest::newRow("unknown team member") << 4 << u"Sabine Berater, Otto Unbekannt"_s
                                             << QStringList{u"team_members@Betreuer=not_found"_s};
        QTest::newRow("not a yes/no")
            << 17 << u"vielleicht"_s << QStringList{u"notify@NOTIFY=invalid_value"_s};
        QTest::newRow("not a type")
            << 1 << u"GmbH"_s << QStringList{u"account_type@Typ=invalid_value"_s};
        QTest::newRow("R-ACC-5: company without a company name")
            << 2 << QString() << QStringList{u"company_name@Firmenname=required"_s};
        QTest::newRow("R-NAME-1: ':' in the account name")
            << 0 << u"Müller: Söhne"_s << QStringList{u"account_name@Konto=forbidden_character"_s};
        QTest::newRow("tag too long")
            << 3 << QString(51, u'x') << QStringList{u"account_tags@Schlagwörter=too_long"_s};
        QTest::newRow("formula-looking text is just text") << 5 << u"=1+2"_s << QStringList{};
    }
    void namesEachProblemsRowColumnAndField()
    {
        QFETCH(int, column);
        QFETCH(QString, value);
        QStringList values = {u"Müller GmbH"_s,
                              u"Unternehmen"_s,
                              u"Müller GmbH"_s,
                              u"Mandant"_s,
                              u"Sabine Berater"_s,
                              u"Jürgen"_s,
                              u"Müller"_s,
                              u"juergen@example.de"_s,
                              u"0351 4567890"_s,
                              QString(),
                              QString(),
                              QString(),
                              QString(),
                              QString(),
                              QString(),
                              QString(),
                              u"ja"_s,
                              u"nein"_s,
                              u"nein"_s,
                              QString()};
        values[column] = value;
        const RowInterpreter interpreter(mappingOf(standardColumns), context());
        const InterpretedRow row = interpreter.interpret(sourceRow(values, 12, 14));
        QTEST(describe(row.issues), "issues");
        for (const RowIssue& issue : row.issues) {
            QCOMPARE(issue.row, 12);
            QCOMPARE(issue.line, 14);
            QVERIFY(!issue.message().isEmpty());
        }
    }

    void skipsTheRulesWhenAsked()
    {
        // A second pass over checked rows: values are read, rules are not checked again.
        const RowInterpreter interpreter(
            mappingOf({u"V=first_name"_s, u"N=last_name"_s, u"Typ=account_type"_s}), context());
        const SourceRow source = sourceRow({u"Anna"_s, u"Berg/"_s, u"Firma?"_s});
        QCOMPARE(describe(interpreter.interpret(source).issues),
                 (QStringList{u"account_type@Typ=invalid_value"_s,
                              u"last_name@N=forbidden_character"_s}));
        QCOMPARE(describe(interpreter.interpret(source, RowInterpreter::Rules::Skip).issues),
                 QStringList{u"account_type@Typ=invalid_value"_s});
    }

    void readsCustomFieldProblems_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("issue");
        QTest::newRow("date") << u"Geburtstag=contact_custom_field:Geburtsdatum"_s
                              << u"31.02.1970"_s
                              << u"contact_custom_field:Geburtsdatum@Geburtstag=invalid_date"_s;
        QTest::newRow("number") << u"Umsatz=account_custom_field:Umsatz"_s << u"viel"_s
                                << u"account_custom_field:Umsatz@Umsatz=invalid_value"_s;
        QTest::newRow("checkbox") << u"Aktiv=account_custom_field:Mandat aktiv"_s << u"2"_s
                                  << u"account_custom_field:Mandat aktiv@Aktiv=invalid_value"_s;
        QTest::newRow("choice") << u"Form=account_custom_field:Rechtsform"_s << u"AG"_s
                                << u"account_custom_field:Rechtsform@Form=invalid_option"_s;
    }
    void readsCustomFieldProblems()
    {
        QFETCH(QString, column);
        QFETCH(QString, value);
        const RowInterpreter interpreter(mappingOf({u"V=first_name"_s, u"N=last_name"_s, column}),
                                         context());
        const InterpretedRow row = interpreter.interpret(sourceRow({u"Anna"_s, u"Berg"_s, value}));
        QFETCH(QString, issue);
        QCOMPARE(describe(row.issues), QStringList{issue});
    }

    void keepsReaderIssuesOfImportedColumnsOnly()
    {
        const RowInterpreter interpreter(
            mappingOf({u"V=first_name"_s, u"N=last_name"_s, u"Notiz=ignore"_s}), context());
        SourceRow source = sourceRow({u"Anna"_s, u"Berg"_s, QString()});
        RowIssue inIgnored;
        inIgnored.row = 7;
        inIgnored.column = 2;
        inIgnored.violation = Violation({}, code::fieldTooLong, "too long");
        RowIssue inImported = inIgnored;
        inImported.column = 1;
        inImported.violation = Violation({}, code::invalidEncoding, "bytes");
        RowIssue wholeRow = inIgnored;
        wholeRow.column = -1;
        wholeRow.violation = Violation({}, code::extraValues, "extra");
        source.issues = {inIgnored, inImported, wholeRow};
        const InterpretedRow row = interpreter.interpret(source);
        QCOMPARE(describe(row.issues),
                 (QStringList{u"last_name@=invalid_encoding"_s, u"@=extra_values"_s}));
    }

    void rowWithoutDataIsEmptyNotWrong()
    {
        const RowInterpreter interpreter(mappingOf(standardColumns), context());
        QStringList values(standardColumns.size());
        values.last() = u"nur eine Notiz"_s; // an ignored column
        const InterpretedRow row = interpreter.interpret(sourceRow(values));
        QVERIFY(row.empty);
        QVERIFY(row.issues.isEmpty());
        QVERIFY(!row.ok());
    }

    void reportsMappingProblems()
    {
        const RowInterpreter unknown(
            mappingOf({u"V=first_name"_s, u"N=last_name"_s, u"X=account_custom_field:Farbe"_s,
                       u"Y=contact_custom_field:Umsatz"_s}),
            context());
        QCOMPARE(describe(unknown.mappingIssues()),
                 (QStringList{u"account_custom_field:Farbe@X=unknown_field"_s,
                              u"contact_custom_field:Umsatz@Y=unknown_field"_s}));
        const RowInterpreter noNames(mappingOf({u"E=email"_s, u"V=first_name"_s}), context());
        QCOMPARE(describe(noNames.mappingIssues()), QStringList{u"last_name@=required"_s});
    }

    void groupsByAccountNameElseCompanyName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("company");
        QTest::addColumn<QString>("key");
        QTest::newRow("account name")
            << u"  Familie  NEUMANN "_s << QString() << u"familie neumann"_s;
        QTest::newRow("company name") << QString() << u"Berg GmbH"_s << u"berg gmbh"_s;
        QTest::newRow("neither: an account of its own") << QString() << QString() << QString();
    }
    void groupsByAccountNameElseCompanyName()
    {
        QFETCH(QString, name);
        QFETCH(QString, company);
        const RowInterpreter interpreter(mappingOf({u"K=account_name"_s, u"F=company_name"_s,
                                                    u"V=first_name"_s, u"N=last_name"_s}),
                                         context());
        const InterpretedRow row =
            interpreter.interpret(sourceRow({name, company, u"Anna"_s, u"Berg"_s}));
        QVERIFY(row.ok());
        QTEST(row.accountKey, "key");
    }
};

QTEST_GUILESS_MAIN(TestRowInterpreter)
#include "tst_rowinterpreter.moc"
