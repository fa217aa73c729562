// The gap buffer behind the account list's visible rows, against a plain vector.

#include "app/rowbuffer.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace kontor::app;

class TestRowBuffer : public QObject {
    Q_OBJECT

    static void compare(const RowBuffer& buffer, const std::vector<qint64>& expected)
    {
        QCOMPARE(buffer.size(), qsizetype(expected.size()));
        for (size_t i = 0; i < expected.size(); ++i)
            QCOMPARE(buffer.at(qsizetype(i)), expected[i]);
    }

private Q_SLOTS:
    void insertsAndRemovesLikeAVector()
    {
        QRandomGenerator rng(42);
        std::vector<qint64> expected;
        for (qint64 i = 0; i < 200; ++i)
            expected.push_back(i * 10);
        RowBuffer buffer;
        buffer.assign(expected);
        qint64 next = 100000;
        for (int step = 0; step < 2000; ++step) {
            const qsizetype size = qsizetype(expected.size());
            if (rng.bounded(2) == 0 && size > 0) {
                const qsizetype pos = rng.bounded(int(size));
                const qsizetype count = 1 + rng.bounded(int(std::min<qsizetype>(5, size - pos)));
                buffer.remove(pos, count);
                expected.erase(expected.begin() + pos, expected.begin() + pos + count);
            } else {
                const qsizetype pos = rng.bounded(int(size + 1));
                std::vector<qint64> rows(size_t(1 + rng.bounded(300)));
                for (qint64& r : rows)
                    r = next++;
                buffer.insert(pos, rows);
                expected.insert(expected.begin() + pos, rows.begin(), rows.end());
            }
            if (step % 97 == 0)
                compare(buffer, expected);
        }
        compare(buffer, expected);
    }

    void lowerBoundFindsPositionByKey()
    {
        RowBuffer buffer;
        buffer.assign({3, 5, 9});
        buffer.insert(1, {4}); // the gap now sits inside
        const auto key = [](qint64 r) { return r; };
        QCOMPARE(buffer.lowerBound(0, key), 0);
        QCOMPARE(buffer.lowerBound(4, key), 1);
        QCOMPARE(buffer.lowerBound(6, key), 3);
        QCOMPARE(buffer.lowerBound(10, key), 4);
    }
};

QTEST_GUILESS_MAIN(TestRowBuffer)
#include "tst_rowbuffer.moc"
