// R-NAME-1: names must stay usable as Windows folder names.
#include "core/textrules.h"
#include "core/translations.h"

#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace kontor::core;

class TestTextRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acceptsRealNames_data()
    {
        QTest::addColumn<QString>("name");
        for (const char16_t* n : {u"Müller-Lüdenscheidt",
                                  u"D'Angelo",
                                  u"Øster",
                                  u"Groß",
                                  u"José María",
                                  u"Zoë",
                                  u"Łukasz",
                                  u"O’Brien",
                                  u"Ærø",
                                  u"Nguyễn",
                                  u"Schmidt & Söhne",
                                  u"Anna (Annie)",
                                  u"CONrad",
                                  u"Comet",
                                  u"COM0",
                                  u"LPT10",
                                  u"Mr. Smith",
                                  u"St.Ives",
                                  u"Straße 1",
                                  u"王",
                                  u"Σωκράτης",
                                  u"Nachname, Vorname"}) {
            QTest::newRow(QString::fromUtf16(n).toUtf8().constData()) << QString::fromUtf16(n);
        }
    }
    void acceptsRealNames()
    {
        QFETCH(QString, name);
        QVERIFY2(checkFolderSafeName(name, u"last_name"_s).isEmpty(), qPrintable(name));
    }

    void rejectsForbiddenCharacters_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("character");
        QTest::addColumn<int>("position");
        QTest::newRow("colon") << u"Müller:Schmidt"_s << u":"_s << 7;
        QTest::newRow("quote") << u"\"Max\""_s << u"\""_s << 1;
        QTest::newRow("slash") << u"A/B"_s << u"/"_s << 2;
        QTest::newRow("backslash") << u"A\\B"_s << u"\\"_s << 2;
        QTest::newRow("pipe") << u"A|B"_s << u"|"_s << 2;
        QTest::newRow("question") << u"Wer?"_s << u"?"_s << 4;
        QTest::newRow("star") << u"*Star"_s << u"*"_s << 1;
        QTest::newRow("less") << u"a<b"_s << u"<"_s << 2;
        QTest::newRow("greater") << u"a>b"_s << u">"_s << 2;
        // Position counts characters, not UTF-16 units: the emoji is one character.
        QTest::newRow("after emoji") << u"😀:"_s << u":"_s << 2;
    }
    void rejectsForbiddenCharacters()
    {
        QFETCH(QString, name);
        QFETCH(QString, character);
        QFETCH(int, position);
        const Violations v = checkFolderSafeName(name, u"contacts[1].last_name"_s);
        QCOMPARE(v.size(), 1);
        QCOMPARE(v.first().code(), u"forbidden_character"_s);
        QCOMPARE(v.first().path(), u"contacts[1].last_name"_s);
        const QString english = v.first().message(nullptr);
        QVERIFY2(english.contains(u"“"_s + character + u"”"_s), qPrintable(english));
        QVERIFY2(english.contains(u"position "_s + QString::number(position)), qPrintable(english));
        QTranslator german;
        QVERIFY(loadKontorTranslation(german, u"de"_s));
        const QString deutsch = v.first().message(&german);
        QVERIFY2(deutsch.contains(u"„"_s + character + u"“"_s), qPrintable(deutsch));
        QVERIFY2(deutsch.contains(u"Position "_s + QString::number(position)), qPrintable(deutsch));
        QVERIFY(deutsch != english);
    }

    void rejectsControlAndInvisibleCharacters_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("label");
        QTest::newRow("tab") << u"Max\tMuster"_s << u"U+0009"_s;
        QTest::newRow("newline") << u"Max\nMuster"_s << u"U+000A"_s;
        QTest::newRow("nul") << QString(QChar(0)) + u"x"_s << u"U+0000"_s;
        QTest::newRow("delete") << u"a\x7f"_s << u"U+007F"_s;
        QTest::newRow("c1") << u"a\u0085"_s << u"U+0085"_s;
        QTest::newRow("rtl override") << u"Max\u202Egnp.exe"_s << u"U+202E"_s;
        QTest::newRow("zero width space") << u"Ma\u200Bx"_s << u"U+200B"_s;
        QTest::newRow("bom") << u"\uFEFFMax"_s << u"U+FEFF"_s;
        QTest::newRow("line separator") << u"a\u2028b"_s << u"U+2028"_s;
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << u"U+D800"_s;
    }
    void rejectsControlAndInvisibleCharacters()
    {
        QFETCH(QString, name);
        QFETCH(QString, label);
        const Violations v = checkFolderSafeName(name, u"first_name"_s);
        QCOMPARE(v.size(), 1);
        QCOMPARE(v.first().code(), u"forbidden_character"_s);
        QVERIFY2(v.first().message(nullptr).contains(label),
                 qPrintable(v.first().message(nullptr)));
    }

    void rejectsReservedDeviceNames_data()
    {
        QTest::addColumn<QString>("name");
        for (const char16_t* n :
             {u"CON", u"con", u"PRN", u"AUX", u"NUL", u"nul.txt", u"COM1", u"com9", u"LPT1",
              u"lpt9.doc", u"CON.tar.gz", u"Aux ", u" Prn  .txt"}) {
            QTest::newRow(QString::fromUtf16(n).toUtf8().constData()) << QString::fromUtf16(n);
        }
    }
    void rejectsReservedDeviceNames()
    {
        QFETCH(QString, name);
        const Violations v = checkFolderSafeName(name, u"name"_s);
        QCOMPARE(v.size(), 1);
        QVERIFY(v.first().code() == u"reserved_name"_s);
    }

    // Around printable ASCII's edges and beyond it: controls, invisible formatting characters
    // and line separators are caught, visible characters and spaces are not.
    void tellsInvisibleAndControlCharacters()
    {
        for (char32_t cp : {0x00u, 0x09u, 0x0au, 0x1fu, 0x7fu, 0x85u, 0xadu, 0x200bu, 0x202eu,
                            0x2028u, 0x2029u, 0xfeffu, 0xd800u, 0xe0001u}) {
            QVERIFY2(isInvisibleOrControl(cp), qPrintable(QString::number(cp, 16)));
        }
        for (char32_t cp : {0x20u, 0x21u, 0x41u, 0x7eu, 0xa0u, 0xe4u, 0x20acu, 0x4e2du, 0x1f600u})
            QVERIFY2(!isInvisibleOrControl(cp), qPrintable(QString::number(cp, 16)));
    }

    void rejectsTrailingDotOrSpace_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("dot") << u"Meier jr."_s;
        QTest::newRow("space") << u"Meier "_s;
        QTest::newRow("dots") << u"..."_s;
    }
    void rejectsTrailingDotOrSpace()
    {
        QFETCH(QString, name);
        const Violations v = checkFolderSafeName(name, u"name"_s);
        QCOMPARE(v.size(), 1);
        QCOMPARE(v.first().code(), u"trailing_dot_or_space"_s);
    }

    void checksLengthAndRequired()
    {
        QCOMPARE(checkLength(QString(80, u'a'), u"x"_s, 80).size(), 0);
        const Violations tooLong = checkLength(QString(81, u'a'), u"x"_s, 80);
        QCOMPARE(tooLong.size(), 1);
        QCOMPARE(tooLong.first().code(), u"too_long"_s);
        QVERIFY(tooLong.first().message(nullptr).contains(u"80"_s));
        QCOMPARE(checkRequired(u"  "_s, u"x"_s).first().code(), u"required"_s);
        QVERIFY(checkRequired(u"a"_s, u"x"_s).isEmpty());
    }

    void singleLineTextAllowsFolderCharactersButNotControls()
    {
        QVERIFY(checkSingleLineText(u"Hauptstr. 1/2"_s, u"street"_s, 200).isEmpty());
        QCOMPARE(checkSingleLineText(u"a\rb"_s, u"street"_s, 200).first().code(),
                 u"forbidden_character"_s);
    }
};

QTEST_GUILESS_MAIN(TestTextRules)
#include "tst_textrules.moc"
