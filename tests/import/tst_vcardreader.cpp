// Issue 7 (R-BULK-1): vCard 2.1/3.0/4.0 files as Outlook, Google Contacts and Apple Contacts
// export them, read into the same row shape as CSV.
#include "importtestutil.h"

#include "core/import/vcardproperty.h"
#include "core/import/vcardreader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor::core;
using namespace kontor::test;

namespace {

ReadResult readVCard(const QByteArray& bytes, const VCardOptions& options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    VCardReader reader(&buffer, options);
    ReadResult result;
    if (!reader.open()) {
        result.error = reader.error();
        return result;
    }
    return readAll(reader);
}

QString value(const SourceRow& row, VCardReader::Column column)
{
    return row.values.at(column);
}

} // namespace

class TestVCardReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsOutlookCard()
    {
        // vCard 2.1, Windows-1252 with CHARSET parameters, quoted-printable with soft breaks.
        const ReadResult result = readVCard(dataFile(u"outlook.vcf"_s));
        QVERIFY(!result.error);
        QCOMPARE(result.columns, VCardReader::columnNames());
        QCOMPARE(result.rows.size(), 1);
        const SourceRow& row = result.rows.constFirst();
        QVERIFY(row.issues.isEmpty());
        QCOMPARE(row.row, 1);
        QCOMPARE(row.line, 1);
        QCOMPARE(value(row, VCardReader::FamilyName), u"Müller"_s);
        QCOMPARE(value(row, VCardReader::GivenName), u"Anna"_s);
        QCOMPARE(value(row, VCardReader::FormattedName), u"Anna Müller"_s);
        QCOMPARE(value(row, VCardReader::Organization), u"Müller Steuerberatung GmbH"_s);
        QCOMPARE(value(row, VCardReader::MobilePhone), u"0170 1234567"_s);
        QCOMPARE(value(row, VCardReader::Phone1), u"0351 1234567"_s);
        QCOMPARE(value(row, VCardReader::Street), u"Hauptstraße 1"_s);
        QCOMPARE(value(row, VCardReader::City), u"Dresden"_s);
        QCOMPARE(value(row, VCardReader::Region), u"Sachsen"_s);
        QCOMPARE(value(row, VCardReader::PostalCode), u"01067"_s);
        QCOMPARE(value(row, VCardReader::Country), u"Deutschland"_s);
        QCOMPARE(value(row, VCardReader::Email1), u"anna.mueller@example.de"_s);
        QCOMPARE(value(row, VCardReader::Note),
                 u"Erste Zeile\nZweite Zeile mit Ärger und Fortsetzung"_s);
    }

    void readsGoogleCards()
    {
        const ReadResult result = readVCard(dataFile(u"google.vcf"_s));
        QVERIFY(!result.error);
        QCOMPARE(result.rows.size(), 2);
        const SourceRow& peter = result.rows.at(0);
        QCOMPARE(value(peter, VCardReader::GivenName), u"Peter"_s);
        QCOMPARE(value(peter, VCardReader::Email1), u"peter.lehmann@gmail.com"_s);
        QCOMPARE(value(peter, VCardReader::Email2), u"p.lehmann@lehmann-it.de"_s);
        QCOMPARE(value(peter, VCardReader::MobilePhone), u"0171 5556667"_s);
        QCOMPARE(value(peter, VCardReader::Phone1), u"030 4445556"_s);
        QCOMPARE(value(peter, VCardReader::Street), u"Kastanienallee 20"_s);
        QCOMPARE(value(peter, VCardReader::Birthday), u"1979-11-02"_s);
        QCOMPARE(value(peter, VCardReader::Categories), u"Mandanten"_s);
        QCOMPARE(value(peter, VCardReader::Note),
                 u"Kunde seit 2015\nbevorzugt E-Mail, keine Anrufe; danke"_s);
        const SourceRow& sabine = result.rows.at(1);
        QCOMPARE(sabine.row, 2);
        QCOMPARE(sabine.line, 15);
        QCOMPARE(value(sabine, VCardReader::FamilyName), u"Wolf"_s);
        QVERIFY(value(sabine, VCardReader::Street).isEmpty());
    }

    void readsAppleCard()
    {
        // Groups (item1.ADR), type=pref, a multi-line street, and a large folded photo that is
        // skipped.
        const ReadResult result = readVCard(dataFile(u"apple.vcf"_s));
        QVERIFY(!result.error);
        QCOMPARE(result.rows.size(), 1);
        const SourceRow& row = result.rows.constFirst();
        QVERIFY(row.issues.isEmpty());
        QCOMPARE(value(row, VCardReader::GivenName), u"Jürgen"_s);
        QCOMPARE(value(row, VCardReader::AdditionalNames), u"Karl"_s);
        QCOMPARE(value(row, VCardReader::Organization), u"Schäfer & Partner mbB"_s);
        QCOMPARE(value(row, VCardReader::Email1), u"juergen@schaefer.family"_s); // pref first
        QCOMPARE(value(row, VCardReader::Email2), u"j.schaefer@schaefer-partner.de"_s);
        QCOMPARE(value(row, VCardReader::MobilePhone), u"+49 172 1112223"_s);
        QCOMPARE(value(row, VCardReader::Phone1), u"+49 351 3334445"_s);
        QCOMPARE(value(row, VCardReader::Street), u"Elbufer 2"_s); // the preferred address
        QCOMPARE(value(row, VCardReader::City), u"Radebeul"_s);
        QCOMPARE(value(row, VCardReader::Categories), u"Mandanten, Partner"_s);
    }

    void readsVersion4Card()
    {
        const ReadResult result = readVCard(dataFile(u"vcard4.vcf"_s));
        QVERIFY(!result.error);
        const SourceRow& row = result.rows.constFirst();
        QCOMPARE(value(row, VCardReader::MobilePhone), u"+49-160-1234567"_s);
        QCOMPARE(value(row, VCardReader::Phone1), u"+49-351-7778889"_s);
        QCOMPARE(value(row, VCardReader::Email1), u"lea.braun@posteo.de"_s);
        QCOMPARE(value(row, VCardReader::Street), u"Weinbergstraße 4"_s);
        QCOMPARE(value(row, VCardReader::Note), u"Sehr lange Notiz, die gefaltet wurde."_s);
    }

    void multiLineStreetBecomesOneLine()
    {
        const ReadResult result = readVCard(
            "BEGIN:VCARD\nVERSION:3.0\nN:A;B\nADR:;Hinterhaus;Prager Str. 8\\nAufgang B;Dresden;;"
            "01069;DE\nEND:VCARD\n"_ba);
        QCOMPARE(value(result.rows.constFirst(), VCardReader::Street),
                 u"Prager Str. 8, Aufgang B, Hinterhaus"_s);
    }

    void commasInOrganisationAndNameAreKept()
    {
        // ORG: a comma is text, escaped or not; units after ';' are left out. N: an escaped
        // comma is text, an unescaped one separates the items of a list.
        const ReadResult result =
            readVCard("BEGIN:VCARD\nVERSION:3.0\nN:Meier\\, Jr.;Anna,Maria\nORG:Meier\\, Schulz & "
                      "Partner mbB;Lohn\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nN:B;C\n"
                      "ORG:Kanzlei Nord, Süd\nEND:VCARD\n"_ba);
        QCOMPARE(result.rows.size(), 2);
        const SourceRow& row = result.rows.constFirst();
        QCOMPARE(value(row, VCardReader::Organization), u"Meier, Schulz & Partner mbB"_s);
        QCOMPARE(value(row, VCardReader::FamilyName), u"Meier, Jr."_s);
        QCOMPARE(value(row, VCardReader::GivenName), u"Anna Maria"_s);
        QCOMPARE(value(result.rows.at(1), VCardReader::Organization), u"Kanzlei Nord, Süd"_s);
    }

    void utf16FileWithBom()
    {
        const QString text = u"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Çelik;Özlem\r\nEND:VCARD\r\n"_s;
        QByteArray bytes("\xFF\xFE", 2);
        bytes.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        VCardOptions options;
        options.chunkSize = 17; // odd: UTF-16 code units split between chunks
        const ReadResult result = readVCard(bytes, options);
        QVERIFY(!result.error);
        QCOMPARE(value(result.rows.constFirst(), VCardReader::FamilyName), u"Çelik"_s);
    }

    void cardCutOffByTheEndOfTheFile()
    {
        const ReadResult result =
            readVCard("BEGIN:VCARD\nN:A;B\nEND:VCARD\n\nBEGIN:VCARD\nN:Kurz;Ben\n"_ba);
        QVERIFY(!result.error);
        QCOMPARE(result.rows.size(), 2);
        QVERIFY(result.rows.at(0).issues.isEmpty());
        QCOMPARE(issueCodes(result.rows.at(1).issues), QStringList{code::unterminatedCard});
        QCOMPARE(result.rows.at(1).issues.constFirst().line, 5);
        QCOMPARE(value(result.rows.at(1), VCardReader::FamilyName), u"Kurz"_s);
    }

    void embeddedAgentCardIsNotMixedIn()
    {
        const ReadResult result = readVCard("BEGIN:VCARD\nVERSION:2.1\nN:Chef;Clara\nAGENT:\n"
                                            "BEGIN:VCARD\nN:Assistent;Anton\nEND:VCARD\n"
                                            "EMAIL:clara@example.de\nEND:VCARD\n"_ba);
        QCOMPARE(result.rows.size(), 1);
        QCOMPARE(value(result.rows.constFirst(), VCardReader::FamilyName), u"Chef"_s);
        QCOMPARE(value(result.rows.constFirst(), VCardReader::Email1), u"clara@example.de"_s);
    }

    void notAVCardFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QByteArray() << QString(code::emptyFile);
        QTest::newRow("blank lines") << "\r\n \r\n"_ba << QString(code::emptyFile);
        QTest::newRow("csv") << "Vorname;Nachname\n"_ba << QString(code::unknownFormat);
    }
    void notAVCardFile()
    {
        QFETCH(QByteArray, bytes);
        const ReadResult result = readVCard(bytes);
        QVERIFY(result.error);
        QTEST(result.error->code(), "code");
    }

    void overlongValueIsReported()
    {
        VCardOptions options;
        options.maxLineLength = 64;
        QByteArray bytes = "BEGIN:VCARD\nN:Lang;Lea\nNOTE:"_ba + QByteArray(100, 'x') + "\n " +
                           QByteArray(100, 'y') + "\nEMAIL:lea@example.de\nEND:VCARD\n";
        const ReadResult result = readVCard(bytes, options);
        QCOMPARE(result.rows.size(), 1);
        const SourceRow& row = result.rows.constFirst();
        QCOMPARE(issueCodes(row.issues), QStringList{code::fieldTooLong});
        QCOMPARE(row.issues.constFirst().column, int(VCardReader::Note));
        QCOMPARE(value(row, VCardReader::Email1), u"lea@example.de"_s);
    }

    void forcedEncodingReportsInvalidBytes()
    {
        VCardOptions options;
        options.encoding = TextEncoding::Utf8;
        const ReadResult result =
            readVCard("BEGIN:VCARD\nN:M\xFCller;Anna\nEND:VCARD\n"_ba, options);
        QCOMPARE(issueCodes(result.rows.constFirst().issues), QStringList{code::invalidEncoding});
        // Without the override, such bytes are read as Windows-1252 (Outlook without CHARSET).
        const ReadResult guessed = readVCard("BEGIN:VCARD\nN:M\xFCller;Anna\nEND:VCARD\n"_ba);
        QCOMPARE(value(guessed.rows.constFirst(), VCardReader::FamilyName), u"Müller"_s);
    }

    void tooManyPropertiesAreCut()
    {
        VCardOptions options;
        options.maxPropertiesPerCard = 3;
        const ReadResult result = readVCard(
            "BEGIN:VCARD\nN:A;B\nTEL:1\nTEL:2\nTEL:3\nEMAIL:x@example.de\nEND:VCARD\n"_ba, options);
        QCOMPARE(issueCodes(result.rows.constFirst().issues), QStringList{code::tooMany});
        QVERIFY(value(result.rows.constFirst(), VCardReader::Email1).isEmpty());
    }

    void parsesContentLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("cell");
        QTest::addColumn<bool>("preferred");
        QTest::newRow("3.0 types") << "TEL;TYPE=WORK,CELL:123"_ba
                                   << "TEL"_ba
                                   << "123"_ba << true << false;
        QTest::newRow("2.1 bare types") << "TEL;CELL;PREF:1"_ba
                                        << "TEL"_ba
                                        << "1"_ba << true << true;
        QTest::newRow("group") << "item1.EMAIL;type=pref:a@b.de"_ba
                               << "EMAIL"_ba
                               << "a@b.de"_ba << false << true;
        QTest::newRow("4.0 quoted parameter with ':'") << "ADR;LABEL=\"a:b\";PREF=1:;;S"_ba
                                                       << "ADR"_ba
                                                       << ";;S"_ba << false << true;
        QTest::newRow("lower-case name") << "fn:x"_ba
                                         << "FN"_ba
                                         << "x"_ba << false << false;
    }
    void parsesContentLines()
    {
        QFETCH(QByteArray, line);
        const std::optional<VCardProperty> property = parseVCardLine(line);
        QVERIFY(property);
        QTEST(property->name, "name");
        QTEST(property->value, "value");
        QTEST(property->hasType("cell"), "cell");
        QTEST(property->isPreferred(), "preferred");
    }

    void rejectsLinesWithoutNameOrColon()
    {
        QVERIFY(!parseVCardLine("no colon here"));
        QVERIFY(!parseVCardLine(":value"));
    }

    void decodesQuotedPrintableAndEscapes()
    {
        QCOMPARE(decodeQuotedPrintable("Stra=DFe =3D =ZZ ="), "Stra\xDF"
                                                              "e = =ZZ ="_ba);
        QCOMPARE(unescapeVCardText(u"a\\nb\\,c\\;d\\\\e\\x"), u"a\nb,c;d\\e\\x"_s);
        QCOMPARE(splitVCardValue(u"M\\;ller;Anna\\, Maria;;", u';'),
                 (QStringList{u"M;ller"_s, u"Anna, Maria"_s, QString(), QString()}));
    }
};

QTEST_GUILESS_MAIN(TestVCardReader)
#include "tst_vcardreader.moc"
