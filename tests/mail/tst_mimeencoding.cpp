// The MIME building blocks (issue 4 "Mail"): header cleaning, RFC 2047 encoded-words,
// folding, quoted-printable and the RFC 5322 date.
#include "server/mail/mimeencoding.h"

#include <QStringDecoder>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor::mail;

namespace {

// A deliberately small decoder for the checks here; the full round trip through a real
// parser is in tst_mimerenderer.
QByteArray decodeQuotedPrintable(QByteArray encoded)
{
    encoded.replace("=\r\n", "");
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        if (encoded.at(i) == '=' && i + 2 < encoded.size()) {
            out.append(char(encoded.mid(i + 1, 2).toInt(nullptr, 16)));
            i += 2;
        } else {
            out.append(encoded.at(i));
        }
    }
    return out.replace("\r\n", "\n");
}

QString decodeWords(const QList<QByteArray>& words)
{
    QByteArray utf8;
    for (const QByteArray& w : words) {
        if (!w.startsWith("=?UTF-8?B?") || !w.endsWith("?="))
            return u"<not an encoded-word: "_s + QString::fromLatin1(w) + u'>';
        utf8 += QByteArray::fromBase64(w.mid(10, w.size() - 12));
    }
    return QString::fromUtf8(utf8);
}

} // namespace

class TestMimeEncoding : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanHeaderTextLeavesNoLineBreak_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("CRLF") << u"Hallo\r\nBcc: evil@x.test"_s << u"Hallo Bcc: evil@x.test"_s;
        QTest::newRow("lone LF") << u"Eve\nTo: x"_s << u"Eve To: x"_s;
        QTest::newRow("lone CR") << u"Eve\rTo: x"_s << u"Eve To: x"_s;
        QTest::newRow("line separator") << u"a\u2028b\u2029c\u0085d"_s << u"a b c d"_s;
        QTest::newRow("tab and spaces") << u"  a\t\t b  "_s << u"a b"_s;
        QTest::newRow("controls dropped") << u"a\u0000b\u0007c\u007fd\u009be"_s << u"abcde"_s;
        QTest::newRow("bidi override dropped") << u"abc\u202Edef"_s << u"abcdef"_s;
        QTest::newRow("umlauts kept") << u"Jürgen Weiß"_s << u"Jürgen Weiß"_s;
        QTest::newRow("emoji kept") << u"Hallo 👋"_s << u"Hallo 👋"_s;
    }

    void cleanHeaderTextLeavesNoLineBreak()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(mime::cleanHeaderText(input), expected);
    }

    void cleanBodyTextNormalisesLineBreaks()
    {
        QCOMPARE(mime::cleanBodyText(u"a\r\nb\rc\nd\u2028e"_s), u"a\nb\nc\nd\ne"_s);
        QCOMPARE(mime::cleanBodyText(u"a\tb\u0000c\u001bd"_s), u"a\tbcd"_s);
    }

    void encodedWordsAreShortAndWhole_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("umlauts") << u"Ihre Einladung zum Kundenportal – Kanzlei Müller & Söhne"_s;
        QTest::newRow("emoji") << QString(u"👋🏽"_s).repeated(30);
        QTest::newRow("cjk") << QString(u"税理士事務所"_s).repeated(20);
        QTest::newRow("ascii") << u"plain"_s;
    }

    void encodedWordsAreShortAndWhole()
    {
        QFETCH(QString, text);
        const QList<QByteArray> words = mime::encodedWords(text);
        QVERIFY(!words.isEmpty());
        for (const QByteArray& w : words) {
            QVERIFY2(w.size() <= 64, w.constData());
            // Every word decodes on its own: no character is split between two words.
            QStringDecoder decoder(QStringDecoder::Utf8);
            const QString part = decoder(QByteArray::fromBase64(w.mid(10, w.size() - 12)));
            QVERIFY(!decoder.hasError());
            QVERIFY(!part.contains(QChar::ReplacementCharacter));
        }
        QCOMPARE(decodeWords(words), text);
    }

    void phraseQuotesOrEncodesWhatIsNotAnAtom_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QList<QByteArray>>("expected");
        QTest::newRow("atoms") << u"Hans Mueller"_s << QList<QByteArray>{"Hans", "Mueller"};
        QTest::newRow("comma") << u"Mueller, Hans"_s << QList<QByteArray>{"\"Mueller, Hans\""};
        QTest::newRow("quote and backslash")
            << u"Eve \"the\" \\ x"_s << QList<QByteArray>{"\"Eve \\\"the\\\" \\\\ x\""};
        QTest::newRow("angle brackets") << u"boss@bank.test <boss@bank.test>"_s
                                        << QList<QByteArray>{"\"boss@bank.test <boss@bank.test>\""};
        QTest::newRow("empty") << u" \r\n "_s << QList<QByteArray>{};
    }

    void phraseQuotesOrEncodesWhatIsNotAnAtom()
    {
        QFETCH(QString, name);
        QFETCH(QList<QByteArray>, expected);
        QCOMPARE(mime::phrase(name), expected);
    }

    void phraseEncodesUnicodeAndLookalikeEncodedWords_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("umlaut") << u"Jürgen Weiß"_s;
        QTest::newRow("literal encoded-word") << u"=?UTF-8?B?QmFuaw==?="_s;
        QTest::newRow("long ascii") << QString(u"a,"_s).repeated(40);
    }

    void phraseEncodesUnicodeAndLookalikeEncodedWords()
    {
        QFETCH(QString, name);
        const QList<QByteArray> pieces = mime::phrase(name);
        QCOMPARE(decodeWords(pieces), name);
    }

    void unstructuredKeepsPlainWordsPlain()
    {
        QCOMPARE(mime::unstructured(u"Your  invitation\r\n"_s),
                 (QList<QByteArray>{"Your", "invitation"}));
        QCOMPARE(decodeWords(mime::unstructured(u"Ihre Einladung – Müller"_s)),
                 u"Ihre Einladung – Müller"_s);
        const QString longWord(200, u'x');
        QCOMPARE(decodeWords(mime::unstructured(longWord)), longWord);
    }

    void foldedHeaderKeepsLinesShort()
    {
        const QList<QByteArray> pieces = mime::encodedWords(QString(u"Grüße "_s).repeated(40));
        const QByteArray header = mime::foldedHeader("Subject", pieces);
        QVERIFY(header.startsWith("Subject: =?UTF-8?B?"));
        QVERIFY(header.endsWith("\r\n"));
        const QList<QByteArray> lines = header.chopped(2).split('\n');
        QVERIFY(lines.size() > 3);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QByteArray line = lines.at(i);
            if (line.endsWith('\r'))
                line.chop(1);
            QVERIFY2(line.size() <= 78, line.constData());
            QVERIFY(!line.contains('\r'));
            if (i > 0)
                QVERIFY(line.startsWith(' '));
        }
    }

    void quotedPrintableEncodesWhatMust_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("equals sign") << u"a=b"_s << QByteArray("a=3Db");
        QTest::newRow("umlaut") << u"ü"_s << QByteArray("=C3=BC");
        QTest::newRow("trailing space") << u"a \nb\t"_s << QByteArray("a=20\r\nb=09");
        QTest::newRow("inner space") << u"a b"_s << QByteArray("a b");
        QTest::newRow("leading dot") << u".\n.x"_s << QByteArray("=2E\r\n=2Ex");
        QTest::newRow("mbox From") << u"From me\nFromage"_s << QByteArray("=46rom me\r\nFromage");
        QTest::newRow("control") << u"a\u0001"_s << QByteArray("a=01");
    }

    void quotedPrintableEncodesWhatMust()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        QCOMPARE(mime::quotedPrintable(text), expected);
    }

    void quotedPrintableBreaksLongLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << QString(500, u'x');
        QTest::newRow("umlauts") << QString(u"ä"_s).repeated(300);
        QTest::newRow("dots") << QString(u"a."_s).repeated(200) + u"\n"_s + QString(300, u'.');
        QTest::newRow("spaces") << QString(u"a "_s).repeated(200) + u" "_s;
    }

    void quotedPrintableBreaksLongLines()
    {
        QFETCH(QString, text);
        const QByteArray encoded = mime::quotedPrintable(text);
        for (const QByteArray& line : encoded.split('\n')) {
            const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
            QVERIFY2(l.size() <= 76, l.constData());
            QVERIFY(!l.startsWith('.'));
            QVERIFY(!l.endsWith(' ') && !l.endsWith('\t'));
        }
        QCOMPARE(QString::fromUtf8(decodeQuotedPrintable(encoded)), text);
    }

    void rfc5322DateIsEnglishWithOffset_data()
    {
        QTest::addColumn<QDateTime>("dateTime");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("UTC") << QDateTime(QDate(2026, 11, 27), QTime(18, 57, 6), Qt::UTC)
                             << QByteArray("Fri, 27 Nov 2026 18:57:06 +0000");
        QTest::newRow("CET") << QDateTime(QDate(2026, 12, 1), QTime(8, 5), Qt::OffsetFromUTC, 3600)
                             << QByteArray("Tue, 1 Dec 2026 08:05:00 +0100");
        QTest::newRow("negative") << QDateTime(QDate(2027, 3, 14), QTime(23, 59, 59),
                                               Qt::OffsetFromUTC, -(5 * 3600 + 1800))
                                  << QByteArray("Sun, 14 Mar 2027 23:59:59 -0530");
    }

    void rfc5322DateIsEnglishWithOffset()
    {
        QFETCH(QDateTime, dateTime);
        QFETCH(QByteArray, expected);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(mime::rfc5322Date(dateTime), expected);
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_GUILESS_MAIN(TestMimeEncoding)
#include "tst_mimeencoding.moc"
