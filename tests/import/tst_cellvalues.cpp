// Issue 7: how import cells are read (yes/no, dates, numbers, client types, lists, names).
#include "core/import/cellvalues.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor::core;

Q_DECLARE_METATYPE(std::optional<bool>)

class TestCellValues : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleansCells_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("cleaned");
        QTest::newRow("trimmed") << u"  Anna \t"_s << u"Anna"_s;
        QTest::newRow("no-break spaces") << u"\u00A0Anna\u00A0"_s << u"Anna"_s;
        QTest::newRow("Excel text formula") << u"=\"00123\""_s << u"00123"_s;
        QTest::newRow("real formula stays") << u"=SUMME(A1:A3)"_s << u"=SUMME(A1:A3)"_s;
        QTest::newRow("export's apostrophe before =") << u"'=1+2"_s << u"=1+2"_s;
        QTest::newRow("export's apostrophe before +") << u"'+4935112345"_s << u"+4935112345"_s;
        QTest::newRow("other apostrophes stay") << u"'s Gravenhage"_s << u"'s Gravenhage"_s;
        QTest::newRow("leading zeros stay") << u"01067"_s << u"01067"_s;
        QTest::newRow("line breaks as LF") << u"eins\r\nzwei\rdrei\r\n"_s << u"eins\nzwei\ndrei"_s;
    }
    void cleansCells()
    {
        QFETCH(QString, cell);
        QTEST(cleanedCell(cell), "cleaned");
    }

    void readsBooleans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<std::optional<bool>>("value");
        for (const QString& yes : {u"ja"_s, u"Ja"_s, u"yes"_s, u"x"_s, u"X"_s, u"1"_s, u"wahr"_s,
                                   u"WAHR"_s, u"true"_s, u"j"_s, u"y"_s})
            QTest::newRow(qPrintable(yes)) << yes << std::optional<bool>(true);
        for (const QString& no : {u"nein"_s, u"no"_s, u"0"_s, u"falsch"_s, u"FALSCH"_s, u"false"_s,
                                  u"n"_s, u""_s, u"  "_s})
            QTest::newRow(qPrintable(u"no: '"_s + no + u'\'')) << no << std::optional<bool>(false);
        QTest::newRow("vielleicht") << u"vielleicht"_s << std::optional<bool>();
        QTest::newRow("2") << u"2"_s << std::optional<bool>();
    }
    void readsBooleans()
    {
        QFETCH(QString, text);
        QTEST(parseImportBoolean(text), "value");
    }

    void readsDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("German") << u"31.12.2024"_s << QDate(2024, 12, 31);
        QTest::newRow("German, short day and month") << u"1.2.2024"_s << QDate(2024, 2, 1);
        QTest::newRow("ISO") << u"2024-12-31"_s << QDate(2024, 12, 31);
        QTest::newRow("ISO with time") << u"2024-12-31T08:00:00"_s << QDate(2024, 12, 31);
        QTest::newRow("vCard") << u"19791102"_s << QDate(1979, 11, 2);
        QTest::newRow("no such day") << u"31.02.2024"_s << QDate();
        QTest::newRow("two-digit year") << u"31.12.24"_s << QDate();
        QTest::newRow("US order") << u"12/31/2024"_s << QDate();
        QTest::newRow("text") << u"gestern"_s << QDate();
    }
    void readsDates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(parseImportDate(text).value_or(QDate()), date);
    }

    void readsNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("number");
        QTest::addColumn<bool>("valid");
        QTest::newRow("German decimal") << u"1234,56"_s << 1234.56 << true;
        QTest::newRow("German thousands") << u"1.234,56"_s << 1234.56 << true;
        QTest::newRow("English decimal") << u"1234.56"_s << 1234.56 << true;
        QTest::newRow("negative") << u"-5"_s << -5.0 << true;
        QTest::newRow("text") << u"zwölf"_s << 0.0 << false;
        QTest::newRow("infinite") << u"1e999"_s << 0.0 << false;
    }
    void readsNumbers()
    {
        QFETCH(QString, text);
        QFETCH(double, number);
        QFETCH(bool, valid);
        const std::optional<double> parsed = parseImportNumber(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, number);
    }

    void readsClientTypes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("type"); // -1: not a type
        QTest::newRow("Einzelperson") << u"Einzelperson"_s << int(AccountType::Individual);
        QTest::newRow("privat") << u"Privat"_s << int(AccountType::Individual);
        QTest::newRow("natürliche Person")
            << u"natürliche Person"_s << int(AccountType::Individual);
        QTest::newRow("DATEV 1") << u"1"_s << int(AccountType::Individual);
        QTest::newRow("Unternehmen") << u"UNTERNEHMEN"_s << int(AccountType::Company);
        QTest::newRow("Firma") << u"Firma"_s << int(AccountType::Company);
        QTest::newRow("company") << u"company"_s << int(AccountType::Company);
        QTest::newRow("DATEV 2") << u"2"_s << int(AccountType::Company);
        QTest::newRow("GmbH") << u"GmbH"_s << -1;
        QTest::newRow("DATEV 0 (no statement)") << u"0"_s << -1;
    }
    void readsClientTypes()
    {
        QFETCH(QString, text);
        QFETCH(int, type);
        const std::optional<AccountType> parsed = parseAccountType(text);
        QCOMPARE(parsed ? int(*parsed) : -1, type);
    }

    void splitsLists_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("items");
        QTest::newRow("commas and semicolons")
            << u"Mandant, Lohn; Buchhaltung"_s
            << QStringList{u"Mandant"_s, u"Lohn"_s, u"Buchhaltung"_s};
        QTest::newRow("lines") << u"Privat\nEinkommensteuer"_s
                               << QStringList{u"Privat"_s, u"Einkommensteuer"_s};
        QTest::newRow("Google labels") << u"* myContacts ::: Mandanten ::: Firmen"_s
                                       << QStringList{u"Mandanten"_s, u"Firmen"_s};
        QTest::newRow("each once") << u"Lohn, lohn, LOHN,"_s << QStringList{u"Lohn"_s};
        QTest::newRow("empty") << u" ; , "_s << QStringList{};
    }
    void splitsLists()
    {
        QFETCH(QString, text);
        QTEST(splitImportList(text), "items");
    }

    void splitsFullNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::newRow("first last") << u"Anna Müller"_s << u"Anna"_s << u"Müller"_s;
        QTest::newRow("two first names")
            << u"Anna Maria Müller"_s << u"Anna Maria"_s << u"Müller"_s;
        QTest::newRow("last, first") << u"Müller, Anna"_s << u"Anna"_s << u"Müller"_s;
        QTest::newRow("particle") << u"Ursula von der Leyen"_s << u"Ursula"_s << u"von der Leyen"_s;
        QTest::newRow("Dutch particle") << u"Rudi van Dijk"_s << u"Rudi"_s << u"van Dijk"_s;
        QTest::newRow("salutation and title")
            << u"Herr Dr. Konrad von Bülow"_s << u"Konrad"_s << u"von Bülow"_s;
        QTest::newRow("one word") << u"Cher"_s << QString() << u"Cher"_s;
        QTest::newRow("extra spaces") << u"  Anna   Müller "_s << u"Anna"_s << u"Müller"_s;
    }
    void splitsFullNames()
    {
        QFETCH(QString, text);
        const PersonName name = splitFullName(text);
        QTEST(name.first, "first");
        QTEST(name.last, "last");
    }
};

QTEST_GUILESS_MAIN(TestCellValues)
#include "tst_cellvalues.moc"
