// RetryPolicy: exponential back-off with jitter and a cap, and a limit on attempts (issue 4:
// temporary failures retry with back-off).
#include "server/mail/retrypolicy.h"

#include <QSet>
#include <QTest>

using namespace kontor::mail;
using namespace std::chrono_literals;
using std::chrono::milliseconds;

namespace {

RetryPolicy withoutJitter()
{
    RetryPolicy p;
    p.maxAttempts = 8;
    p.initialDelay = 1min;
    p.multiplier = 2.0;
    p.maxDelay = 30min;
    p.jitter = 0.0;
    return p;
}

} // namespace

class TestRetryPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void growsExponentiallyUpToTheCap_data()
    {
        QTest::addColumn<int>("attemptsMade");
        QTest::addColumn<qint64>("expectedMinutes");
        QTest::newRow("after 1st") << 1 << qint64(1);
        QTest::newRow("after 2nd") << 2 << qint64(2);
        QTest::newRow("after 3rd") << 3 << qint64(4);
        QTest::newRow("after 5th") << 5 << qint64(16);
        QTest::newRow("after 6th, capped") << 6 << qint64(30);
        QTest::newRow("after 7th, capped") << 7 << qint64(30);
    }

    void growsExponentiallyUpToTheCap()
    {
        QFETCH(int, attemptsMade);
        QFETCH(qint64, expectedMinutes);
        const auto delay = withoutJitter().delayAfter(attemptsMade, 0.7);
        QVERIFY(delay.has_value());
        QCOMPARE(delay->count(), milliseconds(std::chrono::minutes(expectedMinutes)).count());
    }

    void givesUpAfterMaxAttempts()
    {
        const RetryPolicy p = withoutJitter();
        QVERIFY(p.delayAfter(7, 0.0).has_value());
        QVERIFY(!p.delayAfter(8, 0.0).has_value());
        QVERIFY(!p.delayAfter(9, 0.0).has_value());
        QVERIFY(!p.delayAfter(0, 0.0).has_value()); // nothing failed yet
        RetryPolicy once = p;
        once.maxAttempts = 1;
        QVERIFY(!once.delayAfter(1, 0.0).has_value());
    }

    void jitterShortensButNeverLengthens_data()
    {
        QTest::addColumn<int>("attemptsMade");
        QTest::addColumn<double>("unitRandom");
        QTest::addColumn<qint64>("expectedMs");
        // jitter 0.25: the delay lies in [0.75 × base, base]
        QTest::newRow("no shortening") << 3 << 0.0 << qint64(240000);
        QTest::newRow("half") << 3 << 0.5 << qint64(210000);
        QTest::newRow("almost all") << 3 << 0.999999 << qint64(180000);
        QTest::newRow("capped, full") << 7 << 0.0 << qint64(1800000);
        QTest::newRow("capped, shortened") << 7 << 1.0 << qint64(1350000);
        QTest::newRow("random out of range is clamped") << 3 << 7.0 << qint64(180000);
    }

    void jitterShortensButNeverLengthens()
    {
        QFETCH(int, attemptsMade);
        QFETCH(double, unitRandom);
        QFETCH(qint64, expectedMs);
        RetryPolicy p = withoutJitter();
        p.jitter = 0.25;
        QCOMPARE(p.delayAfter(attemptsMade, unitRandom)->count(), expectedMs);
    }

    void hugeAttemptNumbersDoNotOverflow()
    {
        RetryPolicy p = withoutJitter();
        p.maxAttempts = 100000;
        QCOMPARE(p.delayAfter(5000, 0.0)->count(), milliseconds(30min).count());
        p.multiplier = 0.5; // nonsense is read as "no growth"
        QCOMPARE(p.delayAfter(4, 0.0)->count(), milliseconds(1min).count());
    }

    void randomJitterSpreadsDelaysWithinBounds()
    {
        RetryPolicy p = withoutJitter();
        p.jitter = 0.5;
        QSet<qint64> seen;
        for (int i = 0; i < 200; ++i) {
            const qint64 ms = p.delayAfter(2)->count();
            QVERIFY(ms >= 60000 && ms <= 120000);
            seen.insert(ms);
        }
        QVERIFY2(seen.size() > 50, "messages that failed together must spread out");
    }

    void defaultsAreSensibleForMail()
    {
        const RetryPolicy p;
        QVERIFY(p.maxAttempts >= 5);
        QVERIFY(p.delayAfter(1, 0.0).value() >= 30s);
        QVERIFY(p.delayAfter(p.maxAttempts - 1, 0.0).value() <= p.maxDelay);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
