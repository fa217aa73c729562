// Folding, list order and the FTS5 query built from what a user types.

#include "app/searchtext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor::app;

class TestSearchText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void foldsCaseAndDiacritics_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("folded");
        QTest::newRow("umlaut") << u"Müller"_s << u"muller"_s;
        QTest::newRow("capital umlaut") << u"ÖZTÜRK"_s << u"ozturk"_s;
        QTest::newRow("sharp s") << u"Straße"_s << u"strasse"_s;
        QTest::newRow("accents") << u"José Façade"_s << u"jose facade"_s;
        QTest::newRow("decomposed input") << u"Mu\u0308ller"_s << u"muller"_s;
    }
    void foldsCaseAndDiacritics()
    {
        QFETCH(QString, input);
        QFETCH(QString, folded);
        QCOMPARE(foldText(input), folded);
    }

    void sortKeyOrdersUmlautsWithTheirBaseLetter()
    {
        // "Müller" belongs between "Mueller"/"Muller" and "Mutter", not after "Z".
        QVERIFY(sortKey(u"Müller"_s).toUtf8() < sortKey(u"Mutter"_s).toUtf8());
        QVERIFY(sortKey(u"Ärzte GmbH"_s).toUtf8() < sortKey(u"Bäcker"_s).toUtf8());
        QCOMPARE(sortKey(u"  Müller "_s), u"muller"_s);
    }

    void searchDocumentAddsGermanTransliteration()
    {
        const QString doc = searchDocument({u"Jürgen Müller"_s, u"Weiß"_s, u""_s});
        QVERIFY(doc.contains(u"Jürgen Müller"_s));
        QVERIFY(doc.contains(u"Juergen Mueller"_s));
        QVERIFY(doc.contains(u"Weiss"_s));
        QCOMPARE(searchDocument({u"Schmidt"_s}), u"Schmidt"_s); // nothing to add
    }

    void matchExpressionQuotesEveryWordAsPrefix_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expression");
        QTest::newRow("one word") << u"mül"_s << u"\"mül\"*"_s;
        QTest::newRow("two words") << u"hans  mül"_s << u"\"hans\"* \"mül\"*"_s;
        QTest::newRow("email") << u"anna@mu"_s << u"\"anna\"* \"mu\"*"_s;
        QTest::newRow("operators stay text") << u"a\" OR b*"_s << u"\"a\"* \"OR\"* \"b\"*"_s;
        QTest::newRow("column filter stays text") << u"account:x"_s << u"\"account\"* \"x\"*"_s;
        QTest::newRow("only separators") << u" - @ "_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void matchExpressionQuotesEveryWordAsPrefix()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expression);
        QCOMPARE(ftsMatchExpression(typed), expression);
    }
};

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
