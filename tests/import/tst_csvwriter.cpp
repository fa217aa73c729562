// Issue 7: CSV export of the account list in German Excel's dialect, with cells that look like
// formulas neutralised (CSV injection), and importable again as it is.
#include "importtestutil.h"

#include "core/import/accountassembler.h"
#include "core/import/automapper.h"
#include "core/import/csvwriter.h"
#include "core/translations.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace kontor::core;
using namespace kontor::test;

namespace {

QByteArray written(const QList<QStringList>& rows, CsvWriteDialect dialect = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, dialect);
    for (const QStringList& row : rows) {
        if (!writer.writeRow(row))
            return {};
    }
    return buffer.data();
}

CustomFieldDefinition custom(const QString& name, CustomFieldType type, CustomFieldScope scope)
{
    CustomFieldDefinition definition;
    definition.id = QUuid::createUuid();
    definition.name = name;
    definition.type = type;
    definition.scope = scope;
    return definition;
}

ImportContext firm()
{
    static const ImportContext context = [] {
        ImportContext c;
        c.customFields = {
            custom(u"Mandantennummer"_s, CustomFieldType::Text, CustomFieldScope::Account),
            custom(u"Umsatz"_s, CustomFieldType::Number, CustomFieldScope::Account),
            custom(u"Geburtsdatum"_s, CustomFieldType::Date, CustomFieldScope::Contact),
            custom(u"Newsletter"_s, CustomFieldType::Checkbox, CustomFieldScope::Contact)};
        TeamMember sabine;
        sabine.id = QUuid::createUuid();
        sabine.name = u"Sabine Berater"_s;
        sabine.email = u"sabine@kanzlei.de"_s;
        c.teamMembers = {sabine};
        return c;
    }();
    return context;
}

QString idOf(const QString& name)
{
    for (const CustomFieldDefinition& d : firm().customFields) {
        if (d.name == name)
            return toWireId(d.id);
    }
    return {};
}

QList<Account> sampleAccounts()
{
    Account company;
    company.type = AccountType::Company;
    company.name = u"Müller & Söhne"_s;
    company.companyName = u"Müller & Söhne GmbH; Dresden"_s;
    company.tags = {u"Mandant"_s, u"Lohn"_s};
    company.teamMemberIds = {firm().teamMembers.constFirst().id};
    company.customFields = {{idOf(u"Mandantennummer"_s), u"000123"_s}, {idOf(u"Umsatz"_s), 1234.5}};
    AccountContact juergen;
    juergen.contact.firstName = u"Jürgen"_s;
    juergen.contact.lastName = u"Müller"_s;
    juergen.contact.email = u"juergen@mueller.de"_s;
    juergen.contact.phones = {{u"+491712345678"_s, true}, {u"+493514567890"_s, false}};
    juergen.contact.address = {u"Königsbrücker Str. 12"_s, u"01099"_s, u"Dresden"_s, {}, u"DE"_s};
    juergen.contact.tags = {u"Geschäftsführer"_s};
    juergen.contact.customFields = {{idOf(u"Geburtsdatum"_s), u"1970-12-31"_s},
                                    {idOf(u"Newsletter"_s), true}};
    juergen.switches = {true, true, false};
    AccountContact anna;
    anna.contact.firstName = u"=Anna"_s; // looks like a formula: neutralised and restored
    anna.contact.middleName = u"Maria"_s;
    anna.contact.lastName = u"Weiß"_s;
    anna.contact.email = u"anna@mueller.de"_s;
    anna.switches = {false, true, true};
    company.contacts = {juergen, anna};

    Account person;
    AccountContact ben;
    ben.contact.firstName = u"Ben"_s;
    ben.contact.lastName = u"Berg"_s;
    ben.contact.address.street = u"Am Markt 1; Hinterhaus"_s;
    person.contacts = {ben};
    return {company, person};
}

// Reads an exported list back through the whole import path.
QList<ImportedAccount> importAgain(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    if (!reader.open())
        return {};
    const RowInterpreter interpreter(autoMap(reader.columns(), firm().customFields), firm());
    if (!interpreter.mappingIssues().isEmpty())
        return {};
    QList<InterpretedRow> rows;
    ImportIndex index(&interpreter);
    SourceRow source;
    while (reader.next(source)) {
        rows.append(interpreter.interpret(source));
        index.add(rows.last());
    }
    AccountAssembler assembler(&index, QUuid::createUuid());
    QList<ImportedAccount> accounts;
    for (const InterpretedRow& row : std::as_const(rows)) {
        if (!row.ok()) // everything exported must import without a problem
            return {};
        accounts += assembler.add(row);
    }
    return accounts;
}

// What must survive export and import: everything but the ids.
Account withoutIds(Account account)
{
    account.id = {};
    for (AccountContact& entry : account.contacts) {
        entry.contact.id = {};
        entry.existingContactId.reset();
    }
    return account;
}

} // namespace

class TestCsvWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void neutralizesFormulaCells_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("=") << u"=1+2"_s << u"'=1+2"_s;
        QTest::newRow("+") << u"+4935112345"_s << u"'+4935112345"_s;
        QTest::newRow("-") << u"-Rabatt"_s << u"'-Rabatt"_s;
        QTest::newRow("@") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("carriage return") << u"\r=1"_s << u"'\r=1"_s;
        QTest::newRow("text") << u"Müller"_s << u"Müller"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("formula later in the text") << u"a=b"_s << u"a=b"_s;
    }
    void neutralizesFormulaCells()
    {
        QFETCH(QString, cell);
        QTEST(neutralizedCsvCell(cell), "written");
    }

    void writesGermanExcelDialect()
    {
        const QByteArray bytes = written({{u"Name"_s, u"Ort"_s},
                                          {u"Müller; Söhne"_s, u"Say \"hi\""_s},
                                          {u"zwei\nZeilen"_s, u"=HYPERLINK(\"x\")"_s}});
        QCOMPARE(bytes, "\xEF\xBB\xBF"
                        "Name;Ort\r\n"
                        "\"M\xC3\xBCller; S\xC3\xB6hne\";\"Say \"\"hi\"\"\"\r\n"
                        "\"zwei\nZeilen\";\"'=HYPERLINK(\"\"x\"\")\"\r\n"_ba);
    }

    void writesOtherDialects()
    {
        CsvWriteDialect dialect;
        dialect.delimiter = u',';
        dialect.byteOrderMark = false;
        dialect.lineEnd = QLatin1StringView("\n");
        QCOMPARE(written({{u"a,b"_s, u"c;d"_s}}, dialect), "\"a,b\",c;d\n"_ba);
    }

    void reportsWriteErrors()
    {
        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        CsvWriter writer(&readOnly);
        QVERIFY(!writer.writeRow({u"x"_s}));
    }

    void accountListImportsAgain_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("German") << u"de"_s;
    }
    void accountListImportsAgain()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (language != u"en") {
            QVERIFY(loadKontorTranslation(translator, language));
            QCoreApplication::installTranslator(&translator);
        }
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        AccountListCsvWriter writer(&buffer, firm());
        QVERIFY(writer.writeHeader());
        for (const Account& account : sampleAccounts())
            QVERIFY(writer.writeAccount(account));
        QCoreApplication::removeTranslator(&translator);
        const QByteArray bytes = buffer.data();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("'=Anna"));
        QVERIFY(bytes.contains("'+491712345678"));
        if (language == u"de")
            QVERIFY(bytes.contains("Konto;Typ;Firmenname;"));

        const QList<ImportedAccount> imported = importAgain(bytes);
        QCOMPARE(imported.size(), 2);
        const QList<Account> expected = sampleAccounts();
        Account company = expected.at(0);
        QCOMPARE(withoutIds(imported.at(0).account), company);
        Account person = expected.at(1);
        person.name = u"Ben Berg"_s; // the export writes the generated name
        QCOMPARE(withoutIds(imported.at(1).account), person);
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
