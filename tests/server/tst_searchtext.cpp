// The words search works with (storage/searchtext.h): what the server stores and queries on
// both backends.
#include "storage/searchtext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor::server::storage;

class TestSearchText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void foldsDiacriticsCaseAndSharpS_data();
    void foldsDiacriticsCaseAndSharpS();
    void storesWordsAndPhoneForms();
    void phoneLikeQueriesBecomeOneDigitWord_data();
    void phoneLikeQueriesBecomeOneDigitWord();
    void conditionsPerDialect();
};

void TestSearchText::foldsDiacriticsCaseAndSharpS_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("folded");
    QTest::newRow("umlaut") << u"Müller"_s << u"muller"_s;
    QTest::newRow("capital umlaut") << u"ÖZTÜRK"_s << u"ozturk"_s;
    QTest::newRow("sharp s") << u"Straße"_s << u"strasse"_s;
    QTest::newRow("accents") << u"Renée Côté"_s << u"renee cote"_s;
}

void TestSearchText::foldsDiacriticsCaseAndSharpS()
{
    QFETCH(QString, input);
    QFETCH(QString, folded);
    QCOMPARE(foldForSearch(input), folded);
}

void TestSearchText::storesWordsAndPhoneForms()
{
    QCOMPARE(
        searchText({u"Anna Müller-Lüdenscheidt"_s, u"anna@example.de"_s}, {u"+493511234567"_s}),
        u" anna muller ludenscheidt anna example de 493511234567 03511234567"_s);
    QCOMPARE(searchText({}), QString());
}

void TestSearchText::phoneLikeQueriesBecomeOneDigitWord_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("national") << u"0351 123 45"_s << QStringList{u"035112345"_s};
    QTest::newRow("e164") << u"+49 351 123"_s << QStringList{u"49351123"_s};
    QTest::newRow("00 prefix") << u"0049-351"_s << QStringList{u"49351"_s};
    QTest::newRow("name") << u"Mül  Anna mül"_s << QStringList{u"mul"_s, u"anna"_s};
    QTest::newRow("punctuation only") << u"--"_s << QStringList{};
}

void TestSearchText::phoneLikeQueriesBecomeOneDigitWord()
{
    QFETCH(QString, query);
    QFETCH(QStringList, words);
    QCOMPARE(queryWords(query), words);
}

void TestSearchText::conditionsPerDialect()
{
    const SearchCondition sqlite =
        searchCondition(Dialect::Sqlite, u"accounts"_s, u"a"_s, {u"mul"_s, u"anna"_s});
    QCOMPARE(sqlite.sql, u"account_search MATCH :search"_s);
    // SQLite starts from the few FTS matches instead of testing every account.
    QVERIFY(sqlite.from.startsWith(u"account_search CROSS JOIN accounts a"_s));
    QCOMPARE(sqlite.values.constFirst().second, u"\"mul\"* AND \"anna\"*"_s);
    const SearchCondition pg =
        searchCondition(Dialect::Postgres, u"contacts"_s, u"c"_s, {u"mul"_s, u"anna"_s});
    QCOMPARE(pg.values.size(), 2);
    QCOMPARE(pg.values.constFirst().second, u"% mul%"_s);
    QVERIFY(searchCondition(Dialect::Sqlite, u"accounts"_s, u"a"_s, {}).sql.isEmpty());
    // The exact check of candidates found in memory (domain::AccountSearch): a word beginning
    // on both; on SQLite without a bound LIKE pattern, which re-prepares at every bind.
    const SearchCondition words = wordCondition(Dialect::Sqlite, u"a"_s, {u"mul"_s, u"anna"_s});
    QCOMPARE(words.sql,
             u"instr(a.search_text, :search0) > 0 AND instr(a.search_text, :search1) > 0"_s);
    QCOMPARE(words.values.constFirst().second, u" mul"_s);
    QCOMPARE(wordCondition(Dialect::Postgres, u"a"_s, {u"mul"_s}).sql,
             u"a.search_text LIKE :search0"_s);
}

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
