// Pass 1's reading and interpreting over worker threads (app::InterpretPipeline, issue 7 "a
// million rows"): rows come back interpreted and in file order whatever the thread count, and a
// pipeline given up halfway (a cancelled preview) waits for its workers.

#include "app/import/interpretpipeline.h"

#include "core/import/automapper.h"
#include "core/import/csvreader.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor;

namespace {

// @p rows rows "Konto;Vorname;Nachname;Telefon", every seventh with a number libphonenumber
// refuses.
QByteArray clientList(int rows)
{
    QByteArray text = "Konto;Vorname;Nachname;Telefon\r\n";
    for (int r = 1; r <= rows; ++r) {
        text += "Firma " + QByteArray::number(r) + ";Anna;Arm" + QByteArray::number(r) + ";" +
                (r % 7 ? "0351 " + QByteArray::number(4000000 + r) : QByteArray("12")) + "\r\n";
    }
    return text;
}

struct Source {
    explicit Source(const QByteArray& text)
        : data(text)
    {
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        reader.open();
    }
    QByteArray data;
    QBuffer buffer;
    core::CsvReader reader{&buffer};
};

} // namespace

class TestInterpretPipeline : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void handsBackEveryRowInFileOrder_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("rows");
        QTest::newRow("on this thread") << 1 << 1000;
        QTest::newRow("two workers") << 2 << 3001;
        QTest::newRow("four workers, fewer rows than a chunk") << 4 << 10;
        QTest::newRow("header only") << 2 << 0;
    }
    void handsBackEveryRowInFileOrder()
    {
        QFETCH(int, threads);
        QFETCH(int, rows);
        Source source(clientList(rows));
        const core::RowInterpreter interpreter(core::autoMap(source.reader.columns()), {});
        app::InterpretPipeline pipeline(interpreter, source.reader, threads);
        qint64 expected = 1;
        while (std::vector<core::InterpretedRow>* chunk = pipeline.next()) {
            QVERIFY(!chunk->empty());
            for (const core::InterpretedRow& row : *chunk) {
                QCOMPARE(row.row, expected);
                QCOMPARE(row.account.name, u"Firma %1"_s.arg(expected));
                // Interpreted, not only read: numbers in E.164, refused ones reported.
                if (expected % 7) {
                    QVERIFY(row.ok());
                    QCOMPARE(row.account.contacts.constFirst().contact.phones.value(0).number,
                             u"+49351%1"_s.arg(4000000 + expected));
                } else {
                    QVERIFY(!row.ok());
                }
                ++expected;
            }
        }
        QCOMPARE(expected - 1, rows);
        QVERIFY(!pipeline.next()); // stays at the end
    }

    void givenUpHalfwayWaitsForItsWorkers()
    {
        Source source(clientList(5000));
        const core::RowInterpreter interpreter(core::autoMap(source.reader.columns()), {});
        {
            app::InterpretPipeline pipeline(interpreter, source.reader, 2);
            QVERIFY(pipeline.next());
        } // chunks still in flight reference the interpreter and the source
        QVERIFY(source.reader.bytesRead() < source.data.size()); // not read to the end
    }
};

QTEST_GUILESS_MAIN(TestInterpretPipeline)
#include "tst_interpretpipeline.moc"
