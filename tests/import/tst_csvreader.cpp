// Issue 7 (R-BULK-1): the streaming CSV reader, with the dialects firms' files come in and
// every kind of broken file, each with a defined result or a precise error.
#include "importtestutil.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor::core;
using namespace kontor::test;

namespace {

QList<QStringList> valuesOf(const ReadResult& result)
{
    QList<QStringList> out;
    for (const SourceRow& row : result.rows)
        out.append(row.values);
    return out;
}

// A device that delivers some bytes, then fails.
class FailingDevice : public QIODevice {
public:
    explicit FailingDevice(QByteArray head)
        : m_head(std::move(head))
    {
        open(QIODevice::ReadOnly);
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        if (m_head.isEmpty()) {
            setErrorString(u"disk on fire"_s);
            return -1;
        }
        const qint64 n = qMin<qint64>(maxSize, m_head.size());
        memcpy(data, m_head.constData(), static_cast<size_t>(n));
        m_head.remove(0, n);
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }
    bool isSequential() const override { return true; }

private:
    QByteArray m_head;
};

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsDialectsFirmsUse_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QList<QStringList>>("rows");

        const QStringList ab = {u"a"_s, u"b"_s};
        const QList<QStringList> oneTwo = {{u"1"_s, u"2"_s}};
        QTest::newRow("utf-8, ';', LF")
            << "a;b\n1;2\n"_ba << QChar(u';') << u"utf-8"_s << ab << oneTwo;
        QTest::newRow("utf-8 with BOM, ',', CRLF") << "\xEF\xBB\xBF"
                                                      "a,b\r\n1,2\r\n"_ba
                                                   << QChar(u',') << u"utf-8"_s << ab << oneTwo;
        QTest::newRow("tab, CR only")
            << "a\tb\r1\t2\r"_ba << QChar(u'\t') << u"utf-8"_s << ab << oneTwo;
        QTest::newRow("no line break at the end")
            << "a;b\n1;2"_ba << QChar(u';') << u"utf-8"_s << ab << oneTwo;
        QTest::newRow("utf-16 LE with BOM")
            << QByteArray("\xFF\xFE", 2) +
                   QByteArray::fromRawData(reinterpret_cast<const char*>(u"a\tö\r\n1\t2\r\n"), 20)
            << QChar(u'\t') << u"utf-16le"_s << QStringList{u"a"_s, u"ö"_s} << oneTwo;
        QByteArray utf16be("\xFE\xFF", 2);
        for (QChar c : u"a;b\n1;2\n"_s)
            utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
        QTest::newRow("utf-16 BE with BOM")
            << utf16be << QChar(u';') << u"utf-16be"_s << ab << oneTwo;
        QTest::newRow("windows-1252 (not valid UTF-8)")
            << "Name;Ort\nM\xFCller;K\xF6ln \x80\n"_ba << QChar(u';') << u"windows-1252"_s
            << QStringList{u"Name"_s, u"Ort"_s} << QList<QStringList>{{u"Müller"_s, u"Köln €"_s}};
        QTest::newRow("sep= line wins over detection")
            << "sep=|\r\na|b;c\r\n1|2;3\r\n"_ba << QChar(u'|') << u"utf-8"_s
            << QStringList{u"a"_s, u"b;c"_s} << QList<QStringList>{{u"1"_s, u"2;3"_s}};
        QTest::newRow("single column: ';'")
            << "E-Mail\nx@example.de\n"_ba << QChar(u';') << u"utf-8"_s << QStringList{u"E-Mail"_s}
            << QList<QStringList>{{u"x@example.de"_s}};
        QTest::newRow("commas inside values do not win")
            << "Name;Ort\n\"Müller, Anna\";Köln\nBerg, Ben;Bonn\n"_ba << QChar(u';') << u"utf-8"_s
            << QStringList{u"Name"_s, u"Ort"_s}
            << QList<QStringList>{{u"Müller, Anna"_s, u"Köln"_s}, {u"Berg, Ben"_s, u"Bonn"_s}};
        QTest::newRow("header names are trimmed")
            << "  a ; b\n1;2\n"_ba << QChar(u';') << u"utf-8"_s << ab << oneTwo;
    }
    void readsDialectsFirmsUse()
    {
        QFETCH(QByteArray, bytes);
        const ReadResult result = readCsv(bytes);
        QVERIFY2(!result.error, qPrintable(result.error ? result.error->message() : QString()));
        QTEST(result.dialect.delimiter, "delimiter");
        QTEST(toWireName(result.dialect.encoding), "encoding");
        QTEST(result.columns, "header");
        QTEST(valuesOf(result), "rows");
    }

    void readsQuotedValues_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("values");
        QTest::newRow("delimiter inside quotes")
            << "a;b\n\"x;y\";z\n"_ba << QStringList{u"x;y"_s, u"z"_s};
        QTest::newRow("doubled quotes") << "a;b\n\"Caf\xC3\xA9 \"\"Zur Post\"\"\";\"\"\n"_ba
                                        << QStringList{u"Café \"Zur Post\""_s, QString()};
        QTest::newRow("CRLF inside quotes becomes LF")
            << "a;b\r\n\"eins\r\nzwei\rdrei\";x\r\n"_ba
            << QStringList{u"eins\nzwei\ndrei"_s, u"x"_s};
        QTest::newRow("quote inside an unquoted value is kept")
            << "a;b\nab\"c;d\n"_ba << QStringList{u"ab\"c"_s, u"d"_s};
        QTest::newRow("text after the closing quote is kept")
            << "a;b\n\"M\xC3\xBCller\" GmbH;d\n"_ba << QStringList{u"Müller GmbH"_s, u"d"_s};
        QTest::newRow("spaces are kept") << "a;b\n x ; y\n"_ba << QStringList{u" x "_s, u" y"_s};
        QTest::newRow("leading zeros stay")
            << "PLZ;Nr\n01067;000123\n"_ba << QStringList{u"01067"_s, u"000123"_s};
    }
    void readsQuotedValues()
    {
        QFETCH(QByteArray, bytes);
        const ReadResult result = readCsv(bytes);
        QVERIFY(!result.error);
        QCOMPARE(result.rows.size(), 1);
        QTEST(result.rows.constFirst().values, "values");
        QVERIFY(result.rows.constFirst().issues.isEmpty());
    }

    void numbersDataRowsAndSourceLines()
    {
        // Blank rows are skipped but counted, like the row numbers of a spreadsheet.
        const ReadResult result =
            readCsv("\r\nName;Notiz\r\nA;eins\r\n;\r\n\r\nB;\"zwei\r\nZeilen\"\r\nC;drei\r\n"_ba);
        QVERIFY(!result.error);
        QCOMPARE(result.rows.size(), 3);
        QCOMPARE(result.rows.at(0).row, 1);
        QCOMPARE(result.rows.at(0).line, 3);
        QCOMPARE(result.rows.at(1).row, 4);
        QCOMPARE(result.rows.at(1).line, 6);
        QCOMPARE(result.rows.at(2).row, 5);
        QCOMPARE(result.rows.at(2).line, 8);
    }

    void overridesDetection()
    {
        CsvOptions options;
        options.delimiter = u',';
        options.encoding = TextEncoding::Windows1252;
        const ReadResult result = readCsv("a;b,c\n\xC3\xA4;x,y\n"_ba, options);
        QCOMPARE(result.columns, (QStringList{u"a;b"_s, u"c"_s}));
        QCOMPARE(result.rows.constFirst().values, (QStringList{u"Ã¤;x"_s, u"y"_s}));
    }

    void chunkBoundariesDoNotChangeTheResult_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("utf-8, CRLF, quotes")
            << "Vorname;Nachname;Notiz\r\nJ\xC3\xBCrgen;M\xC3\xBCller;\"eins\r\nzwei;"
               "\"\"drei\"\"\"\r\n"
               "\xE2\x82\xAC;\xF0\x9F\x98\x80;x\r\n\r\nZo\xC3\xAB;Wei\xC3\x9F;\"\"\r\n"_ba;
        QByteArray utf16("\xFF\xFE", 2);
        const QString text = u"a;b\r\n\"ü\r\n\";€\r\n😀;x\r\n"_s;
        utf16.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        QTest::newRow("utf-16") << utf16;
    }
    void chunkBoundariesDoNotChangeTheResult()
    {
        QFETCH(QByteArray, bytes);
        const ReadResult whole = readCsv(bytes);
        QVERIFY(!whole.error);
        QVERIFY(!whole.rows.isEmpty());
        for (qsizetype chunk : {16, 17, 19, 23, 31, 64}) {
            CsvOptions options;
            options.chunkSize = chunk;
            options.encoding = whole.dialect.encoding;
            const ReadResult pieces = readCsv(bytes, options);
            QVERIFY(!pieces.error);
            QCOMPARE(pieces.columns, whole.columns);
            QCOMPARE(valuesOf(pieces), valuesOf(whole));
            for (qsizetype i = 0; i < whole.rows.size(); ++i) {
                QCOMPARE(pieces.rows.at(i).row, whole.rows.at(i).row);
                QCOMPARE(pieces.rows.at(i).line, whole.rows.at(i).line);
            }
        }
    }

    void chunkEndsLoseNothing()
    {
        // Qt's own stateful decoder drops the "z" when a chunk ends right after the invalid
        // byte; the reader must not.
        CsvOptions options;
        options.encoding = TextEncoding::Utf8;
        for (qsizetype chunk : {16, 20, 21, 22, 23}) {
            options.chunkSize = chunk;
            const ReadResult result = readCsv(
                "Name;Ort\nKurz;Pirna\nB\xD6zdemir;\xE2\x82\xAC\xF0\x9F\x98\x80\n"_ba, options);
            QCOMPARE(result.rows.size(), 2);
            QCOMPARE(result.rows.at(1).values, (QStringList{u"B\uFFFDzdemir"_s, u"€😀"_s}));
            QCOMPARE(issueCodes(result.rows.at(1).issues), QStringList{code::invalidEncoding});
        }
        // A run of lead bytes: only the last one starts a character (U+0580).
        for (qsizetype chunk : {22, 23, 24, 25}) {
            options.chunkSize = chunk;
            const ReadResult result =
                readCsv("Name;Ort\nKurz;Pirna\nB\xD6\xD6\xD6\x80z;x\n"_ba, options);
            QCOMPARE(result.rows.at(1).values.constFirst(), u"B\uFFFD\uFFFD\u0580z"_s);
        }
        // U+FEFF inside the file is text, also where a chunk begins.
        options.chunkSize = 20;
        const ReadResult bom = readCsv("Name;Ort\nKurz;Pirna\n\xEF\xBB\xBF"
                                       "Dora;x\n"_ba,
                                       options);
        QCOMPARE(bom.rows.at(1).values.constFirst(), u"\uFEFFDora"_s);
        const ReadResult cut = readCsv("a\nb\xC3"_ba, options);
        QCOMPARE(cut.rows.constFirst().values, QStringList{u"b\uFFFD"_s});
    }

    void detectsDelimiter_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("semicolon") << u"a;b;c\n1;2;3\n"_s << QChar(u';');
        QTest::newRow("comma") << u"a,b,c\n1,2,3\n"_s << QChar(u',');
        QTest::newRow("tab") << u"a\tb\n1\t2\n"_s << QChar(u'\t');
        QTest::newRow("pipe") << u"a|b\n1|2\n"_s << QChar(u'|');
        QTest::newRow("consistent beats frequent")
            << u"a;b,c,d\n1;2,3\n4;5\n6;7,8,9,10\n"_s << QChar(u';');
        QTest::newRow("quoted delimiters do not count")
            << u"\"a,b,c\";d\n\"1,2,3\";4\n"_s << QChar(u';');
        QTest::newRow("none") << u"Name\nAnna\n"_s << QChar(u';');
        QTest::newRow("empty") << QString() << QChar(u';');
    }
    void detectsDelimiter()
    {
        QFETCH(QString, sample);
        QTEST(detectDelimiter(sample), "delimiter");
    }

    void emptyFileIsAnError_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("no bytes") << QByteArray();
        QTest::newRow("only a BOM") << "\xEF\xBB\xBF"_ba;
        QTest::newRow("only blank lines") << "\r\n\r\n;;\r\n"_ba;
    }
    void emptyFileIsAnError()
    {
        QFETCH(QByteArray, bytes);
        const ReadResult result = readCsv(bytes);
        QVERIFY(result.error);
        QCOMPARE(result.error->code(), code::emptyFile);
        QCOMPARE(result.error->row, 0);
    }

    void headerOnlyHasNoRows()
    {
        const ReadResult result = readCsv("Vorname;Nachname\r\n"_ba);
        QVERIFY(!result.error);
        QCOMPARE(result.columns, (QStringList{u"Vorname"_s, u"Nachname"_s}));
        QVERIFY(result.rows.isEmpty());
    }

    void raggedRows()
    {
        const ReadResult result = readCsv("a;b;c\n1\n1;2;3;4;5\n1;2;3;;\n1;2;3;\"\"\n"_ba);
        QVERIFY(!result.error);
        QCOMPARE(result.rows.size(), 4);
        // Fewer values: filled up with empty ones, not an error.
        QCOMPARE(result.rows.at(0).values, (QStringList{u"1"_s, QString(), QString()}));
        QVERIFY(result.rows.at(0).issues.isEmpty());
        // More non-empty values than columns: the row has an issue saying how many.
        QCOMPARE(result.rows.at(1).values.size(), 3);
        QCOMPARE(issueCodes(result.rows.at(1).issues), QStringList{code::extraValues});
        QCOMPARE(result.rows.at(1).issues.constFirst().row, 2);
        QCOMPARE(result.rows.at(1).issues.constFirst().line, 3);
        QVERIFY(result.rows.at(1).issues.constFirst().message().contains(u"5 values"_s));
        // Empty values beyond the header (Excel's trailing delimiters) are harmless.
        QVERIFY(result.rows.at(2).issues.isEmpty());
        QVERIFY(result.rows.at(3).issues.isEmpty());
    }

    void unterminatedQuoteStopsWithRowAndLine()
    {
        const ReadResult result = readCsv("a;b\nAnna;Berg\n\"Ben;Kurz\nCarl;Lang\n"_ba);
        QCOMPARE(result.rows.size(), 1);
        QVERIFY(result.error);
        QCOMPARE(result.error->code(), code::unterminatedQuote);
        QCOMPARE(result.error->row, 2);
        QCOMPARE(result.error->line, 3);
        QCOMPARE(result.error->column, 0);
        QCOMPARE(result.error->header, u"a"_s);
        QVERIFY(result.error->message().contains(u"line 3"_s));
    }

    void unterminatedQuoteInHeader()
    {
        const ReadResult result = readCsv("a;\"b\n1;2\n"_ba);
        QVERIFY(result.error);
        QCOMPARE(result.error->code(), code::unterminatedQuote);
        QCOMPARE(result.error->row, 0);
        QCOMPARE(result.error->line, 1);
    }

    void tenMegabyteValueIsReportedAndTheRestIsRead()
    {
        QByteArray bytes = "Vorname;Notiz;Nachname\nAnna;kurz;Berg\nBen;\""_ba;
        bytes.append(QByteArray(10 * 1024 * 1024, 'x'));
        bytes.append("\nmit Zeilenumbruch\";Kurz\nCarl;;Lang\n");
        const ReadResult result = readCsv(bytes);
        QVERIFY(!result.error);
        QCOMPARE(result.rows.size(), 3);
        const SourceRow& big = result.rows.at(1);
        QCOMPARE(big.values, (QStringList{u"Ben"_s, QString(), u"Kurz"_s}));
        QCOMPARE(issueCodes(big.issues), QStringList{code::fieldTooLong});
        QCOMPARE(big.issues.constFirst().column, 1);
        QCOMPARE(big.issues.constFirst().header, u"Notiz"_s);
        QCOMPARE(big.issues.constFirst().row, 2);
        QCOMPARE(result.rows.at(2).values, (QStringList{u"Carl"_s, QString(), u"Lang"_s}));
        QCOMPARE(result.rows.at(2).line, 5);
    }

    void rowOverItsLimitIsReported()
    {
        CsvOptions options;
        options.maxFieldLength = 10;
        options.maxRowLength = 25;
        const ReadResult result =
            readCsv("a;b;c;d\n0123456789;0123456789;0123456789;x\n1;2;3;4\n"_ba, options);
        QVERIFY(!result.error);
        QCOMPARE(result.rows.size(), 2);
        QCOMPARE(issueCodes(result.rows.at(0).issues), QStringList{code::rowTooLong});
        QVERIFY(result.rows.at(1).issues.isEmpty());
    }

    void twoThousandColumns()
    {
        QStringList header;
        QStringList values;
        for (int i = 0; i < 2000; ++i) {
            header.append(u"Spalte %1"_s.arg(i + 1));
            values.append(QString::number(i));
        }
        const QByteArray bytes = (header.join(u';') + u'\n' + values.join(u';') + u'\n').toUtf8();
        // Over the default limit: a precise error, before any row is read.
        const ReadResult limited = readCsv(bytes);
        QVERIFY(limited.error);
        QCOMPARE(limited.error->code(), code::tooManyColumns);
        QCOMPARE(limited.error->line, 1);
        QVERIFY(limited.error->message().contains(u"2000"_s));
        // With the limit raised the file reads.
        CsvOptions options;
        options.maxColumns = 2000;
        const ReadResult result = readCsv(bytes, options);
        QVERIFY(!result.error);
        QCOMPARE(result.columns.size(), 2000);
        QCOMPARE(result.rows.constFirst().values, values);
    }

    void nulBytesAreKeptAsCharacters()
    {
        const ReadResult result = readCsv(QByteArray("a;b\nx\0y;z\n", 10));
        QVERIFY(!result.error);
        QCOMPARE(result.rows.constFirst().values.constFirst(), QString(u"x\0y"_s));
        QVERIFY(result.rows.constFirst().issues.isEmpty());
    }

    void invalidUtf8AfterTheSampleIsAnIssueOfItsRow()
    {
        CsvOptions options;
        options.chunkSize = 32; // the sample (valid UTF-8) ends before the broken bytes
        const ReadResult result = readCsv(
            "Name;Ort\nJ\xC3\xBCrgen;Dresden\nBerta;Bautzen\nKr\xC3(ger;Zittau\nZo\xC3\xAB;Pirna\n"_ba,
            options);
        QVERIFY(!result.error);
        QCOMPARE(result.dialect.encoding, TextEncoding::Utf8);
        QCOMPARE(result.rows.size(), 4);
        QVERIFY(result.rows.at(0).issues.isEmpty());
        QCOMPARE(issueCodes(result.rows.at(2).issues), QStringList{code::invalidEncoding});
        QCOMPARE(result.rows.at(2).issues.constFirst().row, 3);
        QCOMPARE(result.rows.at(2).issues.constFirst().column, 0);
        QVERIFY(result.rows.at(3).issues.isEmpty());
        QCOMPARE(result.rows.at(3).values.constFirst(), u"Zoë"_s);
    }

    void windows1252AfterAnAsciiStartIsDetected()
    {
        // The first chunk is ASCII only: the chunk with the first "ü" decides.
        CsvOptions options;
        options.chunkSize = 32;
        const ReadResult result = readCsv(
            "Name;Ort\nBerta;Bautzen\nOtto;Zittau\nKarl;Pirna\nM\xFCller;G\xF6rlitz\n"_ba, options);
        QVERIFY(!result.error);
        QCOMPARE(result.dialect.encoding, TextEncoding::Windows1252);
        QCOMPARE(result.rows.size(), 4);
        QCOMPARE(result.rows.at(3).values, (QStringList{u"Müller"_s, u"Görlitz"_s}));
        QVERIFY(result.rows.at(3).issues.isEmpty());
    }

    void windows1252LetterCutByTheChunkEndIsNotMistakenForUtf8()
    {
        // Chunks of 32 bytes: the second one's only byte beyond ASCII is its last, an "ä"
        // (0xE4, which starts a 3-byte sequence in UTF-8). It decides nothing; the next chunk
        // shows Windows-1252.
        CsvOptions options;
        options.chunkSize = 32;
        QByteArray data = "Name;Ort\n";
        while (data.size() < 57)
            data += "a;b\n";
        data += "Mxxxxx\xE4ller;Kiel\n";
        QCOMPARE(data.indexOf('\xE4'), 63);
        const ReadResult result = readCsv(data, options);
        QVERIFY(!result.error);
        QCOMPARE(result.dialect.encoding, TextEncoding::Windows1252);
        QCOMPARE(result.rows.constLast().values, (QStringList{u"Mxxxxxäller"_s, u"Kiel"_s}));
        QVERIFY(result.rows.constLast().issues.isEmpty());
    }

    void utf8WithAStrayWindows1252ByteStaysUtf8()
    {
        // A UTF-8 file with one Windows-1252 "ö" pasted in: the other rows are read right,
        // the pasted one is reported, instead of every umlaut becoming "Ã¼".
        const ReadResult result = readCsv("Name;Ort\nM\xC3\xBCller;M\xC3\xBCnchen\nWei\xC3\x9F;"
                                          "Dresden\nSchulz;K\xF6ln\n"_ba);
        QVERIFY(!result.error);
        QCOMPARE(result.dialect.encoding, TextEncoding::Utf8);
        QCOMPARE(result.rows.at(0).values, (QStringList{u"Müller"_s, u"München"_s}));
        QVERIFY(result.rows.at(1).issues.isEmpty());
        QCOMPARE(issueCodes(result.rows.at(2).issues), QStringList{code::invalidEncoding});
    }

    void validUtf8WeighsMoreThanStrayBytes()
    {
        // One valid "ü" against three Windows-1252 letters in another column of the row: the
        // file is UTF-8 with stray bytes, not Windows-1252 ("MÃ¼ller" stored without a word).
        const ReadResult result = readCsv("Mandant;Vorname;Nachname;E-Mail\r\nM\xFCller Gr\xFC\xDF"
                                          "e;Anna;M\xC3\xBCller;a@b.de\r\n"_ba);
        QVERIFY(!result.error);
        QCOMPARE(result.dialect.encoding, TextEncoding::Utf8);
        QCOMPARE(result.rows.at(0).values.at(2), u"Müller"_s);
        QCOMPARE(issueCodes(result.rows.at(0).issues), QStringList{code::invalidEncoding});
        QCOMPARE(result.rows.at(0).issues.constFirst().column, 0);
        // Few umlauts around one valid pair: UTF-8 too, and the umlauts' rows are reported.
        const ReadResult few = readCsv("Name\nM\xFCller\nG\xF6rlitz\n\xC4\x80\n"_ba);
        QCOMPARE(few.dialect.encoding, TextEncoding::Utf8);
        QCOMPARE(issueCodes(few.rows.at(0).issues), QStringList{code::invalidEncoding});
    }

    void windows1252WithManyUmlautsAndAChancePairStaysWindows1252()
    {
        // German Excel's Windows-1252 with an "ß" before a no-break space (0xDF 0xA0, valid
        // UTF-8 by chance) among many umlauts.
        QByteArray data = "Name;Ort\r\n";
        for (int i = 0; i < 20; ++i)
            data += "M\xFCller " + QByteArray::number(i) + ";G\xF6rlitz\r\n";
        data += "Stra\xDF\xA0"
                "5;K\xF6ln\r\n";
        const ReadResult result = readCsv(data);
        QVERIFY(!result.error);
        QCOMPARE(result.dialect.encoding, TextEncoding::Windows1252);
        QCOMPARE(result.rows.constFirst().values.constFirst(), u"Müller 0"_s);
        QCOMPARE(result.rows.constLast().values, (QStringList{u"Straß\u00A05"_s, u"Köln"_s}));
        for (const SourceRow& row : result.rows)
            QVERIFY(row.issues.isEmpty());
    }

    void utf8AfterDetectedWindows1252IsReported()
    {
        // The first chunk decides Windows-1252; a later row holds UTF-8 ("Jürgen", "€"): it is
        // reported instead of read as "JÃ¼rgen".
        CsvOptions options;
        options.chunkSize = 32;
        const QByteArray data = "Name;Ort\nM\xFCller;G\xF6rlitz\nBerta;Bautzen\n"
                                "J\xC3\xBCrgen;Zittau\nOtto;5 \xE2\x82\xAC\nZo\xEB;Pirna\n"_ba;
        const ReadResult result = readCsv(data, options);
        QVERIFY(!result.error);
        QCOMPARE(result.dialect.encoding, TextEncoding::Windows1252);
        QCOMPARE(result.rows.size(), 5);
        QVERIFY(result.rows.at(0).issues.isEmpty());
        QVERIFY(result.rows.at(1).issues.isEmpty());
        QCOMPARE(issueCodes(result.rows.at(2).issues), QStringList{code::invalidEncoding});
        QCOMPARE(result.rows.at(2).issues.constFirst().column, 0);
        QCOMPARE(issueCodes(result.rows.at(3).issues), QStringList{code::invalidEncoding});
        QCOMPARE(result.rows.at(3).issues.constFirst().column, 1);
        QVERIFY(result.rows.at(4).issues.isEmpty());
        QCOMPARE(result.rows.at(4).values.constFirst(), u"Zoë"_s);
        // Windows-1252 chosen by hand is taken as chosen.
        options.encoding = TextEncoding::Windows1252;
        for (const SourceRow& row : readCsv(data, options).rows)
            QVERIFY(row.issues.isEmpty());
    }

    void tooManyRowsStops()
    {
        CsvOptions options;
        options.maxRows = 2;
        const ReadResult result = readCsv("a\n1\n2\n3\n4\n"_ba, options);
        QCOMPARE(result.rows.size(), 2);
        QVERIFY(result.error);
        QCOMPARE(result.error->code(), code::tooManyRows);
        QCOMPARE(result.error->row, 3);
    }

    void readErrorStops()
    {
        FailingDevice device("a;b\n1;2\n"_ba);
        CsvOptions options;
        options.chunkSize = 16;
        CsvReader reader(&device, options);
        QVERIFY(!reader.open());
        QVERIFY(reader.error());
        QCOMPARE(reader.error()->code(), code::readFailed);
        QVERIFY(reader.error()->message().contains(u"disk on fire"_s));
    }

    void skipsDatevFormatLine()
    {
        const ReadResult result = readCsv(
            "\"EXTF\";700;16;\"Debitoren/Kreditoren\";5\r\n\"Konto\";\"Ort\"\r\n10000;\"Dresden\"\r\n"_ba);
        QVERIFY(!result.error);
        QCOMPARE(result.dialect.datevFormat, u"Debitoren/Kreditoren"_s);
        QCOMPARE(result.columns, (QStringList{u"Konto"_s, u"Ort"_s}));
        QCOMPARE(result.rows.constFirst().line, 3);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
