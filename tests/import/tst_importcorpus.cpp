// Issue 7 (R-BULK-1): the sample files in data/ — exports of German Excel, Outlook, Google
// Contacts, Apple Contacts and DATEV, and hostile files — through the whole pure import path
// (open, map automatically, interpret, group, assemble), each with its expected result.
#include "importtestutil.h"

#include "core/import/accountassembler.h"
#include "core/import/automapper.h"
#include "core/import/csvwriter.h"
#include "core/import/importsource.h"

#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor::core;
using namespace kontor::test;

namespace {

CustomFieldDefinition custom(const QString& name, CustomFieldType type, CustomFieldScope scope)
{
    CustomFieldDefinition definition;
    definition.id = QUuid::createUuid();
    definition.name = name;
    definition.type = type;
    definition.scope = scope;
    return definition;
}

// The firm the samples are imported into.
const ImportContext& firm()
{
    static const ImportContext context = [] {
        ImportContext c;
        c.customFields = {
            custom(u"Mandantennummer"_s, CustomFieldType::Text, CustomFieldScope::Account),
            custom(u"USt-IdNr."_s, CustomFieldType::Text, CustomFieldScope::Account),
            custom(u"Steuernummer"_s, CustomFieldType::Text, CustomFieldScope::Contact),
            custom(u"Geburtsdatum"_s, CustomFieldType::Date, CustomFieldScope::Contact),
            custom(u"Notizen"_s, CustomFieldType::Text, CustomFieldScope::Contact)};
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

// Everything the pure part of an import finds out about a file.
struct Imported {
    SourceFormat format = SourceFormat::Csv;
    CsvDialect dialect;
    std::optional<RowIssue> openError;
    std::optional<RowIssue> readError;
    QList<InterpretedRow> rows;
    QList<ImportedAccount> accounts;
    qint64 accountCount = 0;
    qint64 contactCount = 0;
    qint64 linkCount = 0;

    const InterpretedRow* row(qint64 number) const
    {
        for (const InterpretedRow& r : rows) {
            if (r.row == number)
                return &r;
        }
        return nullptr;
    }
    // "field@header=code" of one row's issues.
    QStringList issues(qint64 number) const
    {
        QStringList out;
        if (const InterpretedRow* r = row(number)) {
            for (const RowIssue& issue : r->issues)
                out.append(issue.field + u'@' + issue.header + u'=' + issue.code());
        }
        return out;
    }
    const Contact& contact(qint64 number) const
    {
        return row(number)->account.contacts.constFirst().contact;
    }
};

Imported import(QIODevice* device, const ImportSourceOptions& options = {})
{
    Imported result;
    OpenedSource opened = openImportSource(device, options);
    result.format = opened.format;
    if (!opened.source) {
        result.openError = opened.error;
        return result;
    }
    if (const CsvReader* csv = opened.csv())
        result.dialect = csv->dialect();
    const RowInterpreter interpreter(autoMap(opened.source->columns(), firm().customFields),
                                     firm());
    ImportIndex index(&interpreter);
    SourceRow source;
    while (opened.source->next(source)) {
        result.rows.append(interpreter.interpret(source));
        index.add(result.rows.last());
    }
    result.readError = opened.source->error();
    AccountAssembler assembler(&index, QUuid::createUuid());
    for (const InterpretedRow& row : std::as_const(result.rows))
        result.accounts += assembler.add(row);
    result.accounts += assembler.finish();
    result.accountCount = index.accountCount();
    result.contactCount = index.contactCount();
    result.linkCount = index.linkCount();
    return result;
}

Imported importBytes(const QByteArray& bytes, const ImportSourceOptions& options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return import(&buffer, options);
}

Imported importFile(const QString& name, const ImportSourceOptions& options = {})
{
    return importBytes(dataFile(name), options);
}

QString describe(const Imported& imported)
{
    QStringList out;
    for (const InterpretedRow& row : imported.rows) {
        for (const RowIssue& issue : row.issues)
            out.append(
                u"row %1: %2 %3 %4"_s.arg(row.row).arg(issue.field, issue.code(), issue.message()));
    }
    return out.join(u"; "_s);
}

} // namespace

class TestImportCorpus : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void germanExcelWindows1252()
    {
        const Imported r = importFile(u"german-excel-1252.csv"_s);
        QVERIFY(!r.openError && !r.readError);
        QCOMPARE(r.dialect.encoding, TextEncoding::Windows1252);
        QCOMPARE(r.dialect.delimiter, QChar(u';'));
        // Row 4 is blank: skipped, but counted. Row 3 spans two lines.
        QList<qint64> numbers, lines;
        for (const InterpretedRow& row : r.rows) {
            numbers.append(row.row);
            lines.append(row.line);
        }
        QCOMPARE(numbers, (QList<qint64>{1, 2, 3, 5, 6, 7}));
        QCOMPARE(lines, (QList<qint64>{2, 3, 4, 7, 8, 9}));
        for (qint64 ok : {1, 2, 3, 5, 6})
            QVERIFY2(r.row(ok)->ok(), qPrintable(describe(r)));
        QCOMPARE(r.row(1)->account.customFields.value(idOf(u"Mandantennummer"_s)).toString(),
                 u"000123"_s);
        QCOMPARE(r.contact(1).firstName, u"Jürgen"_s);
        QCOMPARE(r.contact(1).address.postalCode, u"01099"_s);
        QCOMPARE(r.contact(3).address.street, u"Am Markt 1; Hinterhaus"_s);
        QCOMPARE(r.row(3)->account.tags, (QStringList{u"Privat"_s, u"Einkommensteuer"_s}));
        QCOMPARE(r.row(5)->account.companyName, u"Bäckerei \"Özdemir\" KG"_s);
        QCOMPARE(r.issues(7), (QStringList{u"last_name@Nachname=forbidden_character"_s,
                                           u"email@E-Mail=invalid_email"_s}));
        QCOMPARE(r.row(7)->issues.constFirst().line, 9);

        QCOMPARE(r.accountCount, 3);
        QCOMPARE(r.contactCount, 4);
        QCOMPARE(r.linkCount, 1); // Jürgen Müller (email in other case) on the bakery's account
        QCOMPARE(r.accounts.size(), 3);
        const ImportedAccount& mueller = r.accounts.at(0);
        QCOMPARE(mueller.account.name, u"Müller & Söhne GmbH"_s);
        QCOMPARE(mueller.rows, (QList<qint64>{1, 2}));
        const ImportedAccount& bakery = r.accounts.at(2);
        QCOMPARE(bakery.rows, (QList<qint64>{5, 6}));
        QCOMPARE(bakery.account.contacts.at(1).existingContactId,
                 std::optional<QUuid>(mueller.account.contacts.at(0).contact.id));
    }

    void excelWithSepLine()
    {
        const Imported r = importFile(u"excel-sep-line.csv"_s);
        QCOMPARE(r.dialect.delimiter, QChar(u','));
        QVERIFY(r.dialect.sepLine);
        QVERIFY(r.dialect.byteOrderMark);
        QCOMPARE(r.rows.size(), 1);
        QCOMPARE(r.rows.constFirst().line, 3);
        QCOMPARE(r.contact(1).lastName, u"Krüger"_s);
        QCOMPARE(r.contact(1).address.postalCode, u"01067"_s);
    }

    void excelUnicodeText()
    {
        const Imported r = importFile(u"excel-unicode-utf16le.txt"_s);
        QCOMPARE(r.dialect.encoding, TextEncoding::Utf16LE);
        QCOMPARE(r.dialect.delimiter, QChar(u'\t'));
        QVERIFY2(r.row(1)->ok() && r.row(2)->ok(), qPrintable(describe(r)));
        QCOMPARE(r.contact(1).firstName, u"Zoë"_s);
        QCOMPARE(r.contact(1).lastName, u"Łukaszewicz"_s);
        QCOMPARE(r.contact(2).lastName, u"Ærø"_s);
        const Imported be = importFile(u"excel-utf16be.csv"_s);
        QCOMPARE(be.dialect.encoding, TextEncoding::Utf16BE);
        QCOMPARE(be.contact(1).lastName, u"Çelik"_s);
    }

    void googleContactsCsv()
    {
        const Imported r = importFile(u"google-contacts.csv"_s);
        QCOMPARE(r.dialect.delimiter, QChar(u','));
        QVERIFY2(r.row(1)->ok() && r.row(2)->ok(), qPrintable(describe(r)));
        const Contact& anna = r.contact(1);
        QCOMPARE(anna.email, u"anna.schmidt@gmail.com"_s);
        QCOMPARE(anna.phones,
                 (QList<PhoneNumber>{{u"+491701234567"_s, false}, {u"+49301234567"_s, false}}));
        QCOMPARE(anna.address.street, u"Hauptstraße 5"_s);
        QCOMPARE(anna.address.postalCode, u"10115"_s);
        QCOMPARE(anna.tags, QStringList{u"Mandanten"_s});
        QCOMPARE(anna.customFields.value(idOf(u"Geburtsdatum"_s)).toString(), u"1985-03-14"_s);
        QCOMPARE(r.row(1)->account.type, AccountType::Individual);
        const Contact& jonas = r.contact(2);
        QCOMPARE(jonas.middleName, u"Peter"_s);
        QCOMPARE(jonas.phones.size(), 2); // "a ::: b" in one cell
        QCOMPARE(jonas.customFields.value(idOf(u"Notizen"_s)).toString(), u"Zwei Zeilen\nNotiz"_s);
        QCOMPARE(r.row(2)->account.type, AccountType::Company);
        QCOMPARE(r.row(2)->account.companyName, u"Becker IT GmbH"_s);
    }

    void outlookGermanCsv()
    {
        const Imported r = importFile(u"outlook-de.csv"_s);
        QCOMPARE(r.dialect.encoding, TextEncoding::Windows1252);
        QCOMPARE(r.dialect.delimiter, QChar(u','));
        QVERIFY2(r.row(1)->ok() && r.row(2)->ok(), qPrintable(describe(r)));
        const Contact& klaus = r.contact(1);
        QCOMPARE(klaus.address.street, u"Gartenweg 4"_s);
        QCOMPARE(klaus.address.city, u"Görlitz"_s);
        QCOMPARE(klaus.address.region, u"Sachsen"_s);
        QCOMPARE(klaus.phones,
                 (QList<PhoneNumber>{{u"+491609876543"_s, true}, {u"+493581123456"_s, false}}));
        QCOMPARE(klaus.tags, (QStringList{u"Mandanten"_s, u"Lohn"_s}));
        QCOMPARE(klaus.customFields.value(idOf(u"Notizen"_s)).toString(),
                 u"Ruft lieber an.\nTermine nur vormittags."_s);
        QCOMPARE(r.row(2)->account.companyName, u"Hoffmann Bau GmbH"_s);
        // Only a business address: taken as the address (Klaus above has only a home one).
        QCOMPARE(r.contact(2).address.street, u"Werkstraße 9"_s);
        QCOMPARE(r.contact(2).address.postalCode, u"02625"_s);
        QCOMPARE(r.contact(2).address.city, u"Bautzen"_s);
    }

    void datevDebitorenKreditoren()
    {
        const Imported r = importFile(u"datev-debitoren-kreditoren.csv"_s);
        QCOMPARE(r.dialect.datevFormat, u"Debitoren/Kreditoren"_s);
        QCOMPARE(r.rows.size(), 3);
        QCOMPARE(r.rows.constFirst().line, 3);
        QVERIFY2(r.row(1)->ok(), qPrintable(describe(r)));
        QCOMPARE(r.row(1)->account.type, AccountType::Individual);
        QCOMPARE(r.row(1)->account.customFields.value(idOf(u"Mandantennummer"_s)).toString(),
                 u"10000"_s);
        QCOMPARE(r.contact(1).address.postalCode, u"01307"_s);
        // A company without a contact person cannot become an account (R-ACC-10, R-CON-1).
        QCOMPARE(r.issues(2),
                 (QStringList{u"first_name@Vorname (Adressattyp natürl. Person)=required"_s,
                              u"last_name@Name (Adressattyp natürl. Person)=required"_s}));
        QVERIFY(r.row(3)->ok());
        QCOMPARE(r.contact(3).lastName, u"von Bülow"_s);
        QCOMPARE(r.accounts.size(), 2);
    }

    void datevStyleClientList()
    {
        const Imported r = importFile(u"datev-mandantenliste.csv"_s);
        QVERIFY2(r.row(1)->ok() && r.row(2)->ok(), qPrintable(describe(r)));
        const Contact& thomas = r.contact(1);
        QCOMPARE(thomas.address.street, u"Bergstraße 12a"_s);
        QCOMPARE(thomas.customFields.value(idOf(u"Steuernummer"_s)).toString(), u"203/123/45678"_s);
        QCOMPARE(thomas.customFields.value(idOf(u"Geburtsdatum"_s)).toString(), u"1970-12-31"_s);
        QCOMPARE(r.contact(2).customFields.value(idOf(u"Geburtsdatum"_s)).toString(),
                 u"1972-06-01"_s);
        QCOMPARE(r.row(1)->account.teamMemberIds, QList<QUuid>{firm().teamMembers.at(0).id});
        QCOMPARE(r.issues(3), (QStringList{u"team_members@Betreuer=not_found"_s,
                                           u"contact_custom_field:Geburtsdatum@Geburtsdatum="
                                           u"invalid_date"_s,
                                           u"login@LOGIN=login_requires_email"_s}));
        QCOMPARE(r.accounts.size(), 1);
        const Account& family = r.accounts.constFirst().account;
        QCOMPARE(family.name, u"Familie Neumann"_s);
        QCOMPARE(family.customFields.value(idOf(u"Mandantennummer"_s)).toString(), u"00042"_s);
        QCOMPARE(family.contacts.size(), 2);
        QVERIFY(family.contacts.at(0).switches.login);
        QVERIFY(!family.contacts.at(1).switches.login);
    }

    void vCardsOfEachExporter_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("primaryPhone");
        QTest::addColumn<QString>("company");
        QTest::newRow("Outlook 2.1")
            << u"outlook.vcf"_s << 1 << u"Anna"_s << u"Müller"_s << u"anna.mueller@example.de"_s
            << u"+491701234567"_s << u"Müller Steuerberatung GmbH"_s;
        QTest::newRow("Google 3.0")
            << u"google.vcf"_s << 2 << u"Peter"_s << u"Lehmann"_s << u"peter.lehmann@gmail.com"_s
            << u"+491715556667"_s << u"Lehmann IT"_s;
        QTest::newRow("Apple 3.0")
            << u"apple.vcf"_s << 1 << u"Jürgen"_s << u"Schäfer"_s << u"juergen@schaefer.family"_s
            << u"+491721112223"_s << u"Schäfer & Partner mbB"_s;
        QTest::newRow("4.0") << u"vcard4.vcf"_s << 1 << u"Lea"_s << u"Braun"_s
                             << u"lea.braun@posteo.de"_s << u"+491601234567"_s << QString();
    }
    void vCardsOfEachExporter()
    {
        QFETCH(QString, file);
        const Imported r = importFile(file);
        QCOMPARE(r.format, SourceFormat::VCard);
        QVERIFY(!r.openError && !r.readError);
        QTEST(int(r.rows.size()), "rows");
        for (const InterpretedRow& row : r.rows)
            QVERIFY2(row.ok(), qPrintable(describe(r)));
        const Contact& c = r.contact(1);
        QTEST(c.firstName, "first");
        QTEST(c.lastName, "last");
        QTEST(c.email, "email");
        QVERIFY(!c.phones.isEmpty());
        QVERIFY(c.phones.constFirst().primary);
        QTEST(c.phones.constFirst().number, "primaryPhone");
        QTEST(r.row(1)->account.companyName, "company");
    }

    void vCardValuesReachCustomFields()
    {
        const Imported r = importFile(u"google.vcf"_s);
        QCOMPARE(r.contact(1).customFields.value(idOf(u"Geburtsdatum"_s)).toString(),
                 u"1979-11-02"_s);
        QCOMPARE(r.contact(1).tags, QStringList{u"Mandanten"_s});
        QVERIFY(r.contact(2).tags.isEmpty());
    }

    void emptyFile()
    {
        const Imported r = importFile(u"empty.csv"_s);
        QVERIFY(r.openError);
        QCOMPARE(r.openError->code(), code::emptyFile);
    }

    void headerOnly()
    {
        const Imported r = importFile(u"header-only.csv"_s);
        QVERIFY(!r.openError && !r.readError);
        QVERIFY(r.rows.isEmpty());
        QVERIFY(r.accounts.isEmpty());
    }

    void raggedRows()
    {
        const Imported r = importFile(u"ragged-rows.csv"_s);
        QVERIFY(r.row(1)->ok());
        QVERIFY(r.contact(1).email.isEmpty());
        QCOMPARE(r.issues(2), QStringList{u"@=extra_values"_s});
        QVERIFY(r.row(3)->ok());
        QCOMPARE(r.accounts.size(), 2);
    }

    void unbalancedQuote()
    {
        const Imported r = importFile(u"unbalanced-quote.csv"_s);
        QCOMPARE(r.rows.size(), 1);
        QVERIFY(r.readError);
        QCOMPARE(r.readError->code(), code::unterminatedQuote);
        QCOMPARE(r.readError->row, 2);
        QCOMPARE(r.readError->line, 3);
    }

    void tenMegabyteValues()
    {
        // A 10 MB value in a column that is not imported does no harm; in an imported column it
        // fails its row only. Generated here rather than kept in the repository.
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("Vorname;Nachname;Anrede\r\n");
        file.write("Anna;");
        file.write(QByteArray(10 * 1024 * 1024, 'B'));
        file.write(";Frau\r\nBen;Kurz;\"");
        file.write(QByteArray(10 * 1024 * 1024, 'H'));
        file.write("\"\r\nCarl;Lang;Herr\r\n");
        QVERIFY(file.seek(0));
        const Imported r = import(&file);
        QVERIFY(!r.readError);
        QCOMPARE(r.rows.size(), 3);
        QCOMPARE(r.issues(1), QStringList{u"last_name@Nachname=field_too_long"_s});
        QVERIFY(r.row(2)->ok());
        QVERIFY(r.row(3)->ok());
        QCOMPARE(r.row(3)->line, 4);
    }

    void nulBytes()
    {
        const Imported r = importFile(u"nul-bytes.csv"_s);
        QCOMPARE(r.issues(1), QStringList{u"first_name@Vorname=forbidden_character"_s});
        QVERIFY(r.row(1)->issues.constFirst().message().contains(u"U+0000"_s));
        QCOMPARE(r.issues(2), QStringList{u"email@E-Mail=forbidden_character"_s});
        QVERIFY(r.row(3)->ok());
    }

    void invalidUtf8()
    {
        // UTF-8 with one broken sequence: detected as UTF-8 (its valid umlauts outnumber the
        // broken bytes), so the row with the broken bytes has an issue and the others are
        // read right, not as "JÃ¼rgen".
        const Imported guessed = importFile(u"invalid-utf8.csv"_s);
        QCOMPARE(guessed.dialect.encoding, TextEncoding::Utf8);
        QVERIFY(guessed.row(1)->ok());
        QCOMPARE(guessed.contact(1).firstName, u"Jürgen"_s);
        QCOMPARE(guessed.contact(2).lastName, u"Şahin"_s);
        QCOMPARE(guessed.issues(3), QStringList{u"last_name@Nachname=invalid_encoding"_s});
        QVERIFY(guessed.row(4)->ok());
        // Told it is Windows-1252: every byte is a character there, nothing is refused.
        ImportSourceOptions options;
        options.csv.encoding = TextEncoding::Windows1252;
        const Imported told = importFile(u"invalid-utf8.csv"_s, options);
        QCOMPARE(told.contact(1).firstName, u"JÃ¼rgen"_s);
        QVERIFY(told.row(3)->ok());
    }

    void twoThousandColumns()
    {
        QStringList header = {u"Vorname"_s, u"Nachname"_s};
        for (int i = 2; i < 2000; ++i)
            header.append(u"Feld %1"_s.arg(i));
        const Imported r = importBytes((header.join(u';') + u"\nAnna;Berg\n"_s).toUtf8());
        QVERIFY(r.openError);
        QCOMPARE(r.openError->code(), code::tooManyColumns);
        ImportSourceOptions options;
        options.csv.maxColumns = 4096;
        const Imported raised =
            importBytes((header.join(u';') + u"\nAnna;Berg\n"_s).toUtf8(), options);
        QVERIFY(raised.row(1)->ok());
    }

    void formulaLookingCells()
    {
        const Imported r = importFile(u"formula-cells.csv"_s);
        // Kept as text, never evaluated.
        QVERIFY2(r.row(1)->ok(), qPrintable(describe(r)));
        QCOMPARE(r.contact(1).firstName, u"=1+2"_s);
        QCOMPARE(r.row(1)->account.companyName, u"@SUM(A1)"_s);
        QCOMPARE(r.row(1)->account.tags, QStringList{u"-Rabatt"_s});
        QCOMPARE(r.contact(1).phones.constFirst().number, u"+493511234567"_s);
        // As a company (and so folder) name, the formula's quotes and slashes are refused.
        QCOMPARE(r.issues(2), QStringList{u"company_name@Firmenname=forbidden_character"_s});
        QCOMPARE(r.contact(3).firstName, u"=2*3"_s); // the export's apostrophe comes off

        // Exported again, every such cell is neutralised.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        AccountListCsvWriter writer(&buffer, firm());
        QVERIFY(writer.writeHeader());
        for (const ImportedAccount& account : r.accounts)
            QVERIFY(writer.writeAccount(account.account));
        const QByteArray exported = buffer.data();
        QVERIFY(exported.contains(";'=1+2;"));
        QVERIFY(exported.contains("'@SUM(A1)"));
        QVERIFY(exported.contains("'-Rabatt"));
        QVERIFY(exported.contains("'+493511234567"));
        QVERIFY(!exported.contains(";=") && !exported.contains(";+") && !exported.contains(";@"));
    }

    void invisibleCharactersInNames()
    {
        const Imported r = importFile(u"rtl-zero-width.csv"_s);
        QCOMPARE(r.issues(1), QStringList{u"first_name@Vorname=forbidden_character"_s});
        QVERIFY(r.row(1)->issues.constFirst().message().contains(u"U+200B at position 5"_s));
        QCOMPARE(r.issues(2), QStringList{u"last_name@Nachname=forbidden_character"_s});
        QVERIFY(r.row(2)->issues.constFirst().message().contains(u"U+202E at position 1"_s));
        QCOMPARE(r.issues(3), QStringList{u"email@E-Mail=forbidden_character"_s});
        QCOMPARE(r.issues(4), QStringList{u"first_name@Vorname=forbidden_character"_s});
        QVERIFY(r.row(4)->issues.constFirst().message().contains(u"U+FEFF"_s));
        QCOMPARE(r.issues(5), QStringList{u"company_name@Firmenname=forbidden_character"_s});
        QVERIFY(r.accounts.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportCorpus)
#include "tst_importcorpus.moc"
