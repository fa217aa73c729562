// Database: run() and integers() go through SQLite's own API on cached statements, and must
// bind every value as Qt's SQLite driver binds it.

#include "app/database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sqlite3.h>

using namespace kontor;
using namespace Qt::StringLiterals;

class TestDatabase : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    bool open(app::Database& db)
    {
        return m_dir.isValid() && db.open(m_dir.filePath(u"store.sqlite"_s)) &&
               app::execSql(db.db(), u"CREATE TABLE IF NOT EXISTS t(n INTEGER PRIMARY KEY, v)"_s) &&
               app::execSql(db.db(), u"DELETE FROM t"_s);
    }

    static qint64 single(app::Database& db, const QString& sql)
    {
        const std::optional<QList<qint64>> values = db.integers(sql, {});
        return values && values->size() == 1 ? values->constFirst() : -1;
    }

private Q_SLOTS:
    void bindsEveryValueAsQtDoes_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::newRow("null") << QVariant();
        QTest::newRow("null int") << QVariant(QMetaType::fromType<int>());
        QTest::newRow("null text") << QVariant(QString());
        QTest::newRow("empty text") << QVariant(u""_s);
        QTest::newRow("text") << QVariant(u"Müller ☃ 𝄞"_s);
        QTest::newRow("bool") << QVariant(true);
        QTest::newRow("int") << QVariant(-42);
        QTest::newRow("uint") << QVariant(4000000000u);
        QTest::newRow("int64") << QVariant(qint64(1) << 40);
        QTest::newRow("double") << QVariant(2.5);
        QTest::newRow("bytes") << QVariant(QByteArray("\0ab", 3));
        QTest::newRow("null bytes") << QVariant(QByteArray());
        QTest::newRow("nullptr") << QVariant::fromValue(nullptr); // what JSON null converts to
        QTest::newRow("uuid (Qt binds it)") << QVariant(QUuid::createUuid());
        QTest::newRow("date (Qt binds it)")
            << QVariant(QDateTime(QDate(2026, 11, 28), QTime(9, 30), Qt::UTC));
    }

    void bindsEveryValueAsQtDoes()
    {
        QFETCH(QVariant, value);
        app::Database db;
        QVERIFY(open(db));
        QVERIFY(db.run(u"INSERT INTO t(n, v) VALUES(?, ?)"_s, {1, value}));
        QSqlQuery q(db.db());
        QVERIFY(q.prepare(u"INSERT INTO t(n, v) VALUES(?, ?)"_s));
        q.addBindValue(2);
        q.addBindValue(value);
        QVERIFY(q.exec());
        QVERIFY(q.exec(u"SELECT typeof(a.v), typeof(b.v), a.v IS b.v FROM t a, t b"
                       " WHERE a.n = 1 AND b.n = 2"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), q.value(1).toString());
        QCOMPARE(q.value(2).toInt(), 1);
    }

    void readsEveryRowAndColumnAsIntegers()
    {
        app::Database db;
        QVERIFY(open(db));
        for (int n = 1; n <= 3; ++n)
            QVERIFY(db.run(u"INSERT INTO t(n, v) VALUES(?, ?)"_s, {n, n * 10}));
        const QList<qint64> failed{-1};
        QCOMPARE(db.integers(u"SELECT n, v FROM t WHERE n < ? ORDER BY n"_s, {3}).value_or(failed),
                 QList<qint64>({1, 10, 2, 20}));
        QCOMPARE(db.integers(u"SELECT n FROM t WHERE v IS ?"_s, {QVariant()}).value_or(failed),
                 QList<qint64>());
        QCOMPARE(db.integers(u"SELECT NULL"_s, {}).value_or(failed), QList<qint64>({0}));
        QCOMPARE(
            db.integers(u"SELECT n FROM t WHERE v = ?"_s, {QUuid::createUuid()}).value_or(failed),
            QList<qint64>()); // bound by Qt
        QVERIFY(!db.integers(u"SELECT n FROM no_such_table"_s, {}));
    }

    void refusesTheWrongNumberOfValues()
    {
        app::Database db;
        QVERIFY(open(db));
        QVERIFY(!db.run(u"INSERT INTO t(n, v) VALUES(?, ?)"_s, {1}));
        QVERIFY(!db.run(u"INSERT INTO t(n, v) VALUES(?, ?)"_s, {1, 2, 3}));
        QVERIFY(!db.integers(u"SELECT n FROM t WHERE n = ?"_s, {}));
        QCOMPARE(single(db, u"SELECT count(*) FROM t"_s), 0);
    }

    void aFailedStatementCanRunAgainAndLeavesNoReadOpen()
    {
        app::Database db;
        QVERIFY(open(db));
        const QString insert = u"INSERT INTO t(n, v) VALUES(?, ?)"_s;
        QVERIFY(db.run(insert, {1, u"eins"_s}));
        QVERIFY(!db.run(insert, {1, u"noch einmal"_s})); // the primary key
        QVERIFY(db.run(insert, {2, u"zwei"_s}));
        // Read to its end and reset: nothing stays in the middle of its rows, so a write
        // transaction may begin (debug builds refuse one beside an unfinished read).
        QVERIFY(db.integers(u"SELECT n FROM t"_s, {}));
        app::Transaction tx(db.db());
        QVERIFY(tx.isActive());
        QVERIFY(db.run(u"DELETE FROM t WHERE n = ?"_s, {1}));
        QVERIFY(tx.commit());
        QCOMPARE(single(db, u"SELECT count(*) FROM t"_s), 1);
    }

    void refusesWhatIsNotOneStatement()
    {
        app::Database db;
        QVERIFY(open(db));
        QVERIFY(!db.run(u"-- nothing"_s, {}));
        QVERIFY(!db.run(u"INSERT INTO t(n, v) VALUES(1, 1); DELETE FROM t"_s, {}));
        QVERIFY(db.run(u"INSERT INTO t(n, v) VALUES(2, 2);"_s, {}));
        QCOMPARE(single(db, u"SELECT count(*) FROM t"_s), 1);
    }

    void closingFinalizesTheCachedStatements()
    {
        app::Database db;
        QVERIFY(open(db));
        QVERIFY(db.run(u"INSERT INTO t(n, v) VALUES(?, ?)"_s, {1, 1}));
        QVERIFY(db.integers(u"SELECT n FROM t WHERE n = ?"_s, {1}));
        db.close();
        QVERIFY(!db.isOpen());
        // SQLite closes a connection only when its statements are finalized: leaving WAL mode
        // needs the file to itself, so it fails while the connection lives on.
        sqlite3* other = nullptr;
        QCOMPARE(sqlite3_open(qPrintable(m_dir.filePath(u"store.sqlite"_s)), &other), SQLITE_OK);
        const int left =
            sqlite3_exec(other, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
        sqlite3_close(other);
        QCOMPARE(left, SQLITE_OK);
        // Opened again: the statements of the connection before are gone, new ones prepared.
        QVERIFY(open(db));
        QVERIFY(db.run(u"INSERT INTO t(n, v) VALUES(?, ?)"_s, {1, 1}));
        QCOMPARE(single(db, u"SELECT count(*) FROM t"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
