// German transliteration, shared by the client's search index, the import's header mapping
// and the server's demo data: umlauts and ß written out, case kept, everything else as it is.

#include "core/germantext.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestGermanText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void transliterates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("lower umlauts") << u"Müller Köln Bär"_s << u"Mueller Koeln Baer"_s;
        QTest::newRow("upper umlauts keep their case")
            << u"Özdemir Ärzte Übel"_s << u"Oezdemir Aerzte Uebel"_s;
        QTest::newRow("sharp s") << u"Straße"_s << u"Strasse"_s;
        QTest::newRow("other accents untouched") << u"Café Øster"_s << u"Café Øster"_s;
        QTest::newRow("ascii unchanged") << u"Steuerberatung 2024"_s << u"Steuerberatung 2024"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void transliterates()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(kontor::core::germanTransliteration(text), expected);
    }
};

QTEST_MAIN(TestGermanText)
#include "tst_germantext.moc"
