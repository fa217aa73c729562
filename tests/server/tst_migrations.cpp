// Schema migrations on SQLite and PostgreSQL: from an empty database, and from every previous
// version with data in it (the data survives and the new objects cover it).
#include "serverfixture.h"
#include "storagefixture.h"

#include "storage/migrations.h"
#include "storage/query.h"
#include "storage/searchtext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor::test;
using namespace kontor::server::storage;

class TestMigrations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fromEmptyToLatest();
    void fromEachPreviousVersionKeepsData_data();
    void fromEachPreviousVersionKeepsData();
    void refusesADatabaseNewerThanTheServer();
    void everyStepHasBothDialects();
};

void TestMigrations::fromEmptyToLatest()
{
    TestDatabase test(backendFromEnvironment());
    QVERIFY2(test.isValid(), qPrintable(test.error()));
    auto db = openStorage(test.spec());
    QVERIFY(db);
    QCOMPARE(Migrations::currentVersion(*db), 0);
    QString error;
    QVERIFY2(Migrations::migrate(*db, &error), qPrintable(error));
    QCOMPARE(Migrations::currentVersion(*db), Migrations::latestVersion());
    QVERIFY(Migrations::latestVersion() >= 4);
    // A second run changes nothing.
    QVERIFY2(Migrations::migrate(*db, &error), qPrintable(error));
    Query count(*db, u"SELECT COUNT(*) FROM schema_version"_s);
    count.exec();
    QVERIFY(count.next());
    QCOMPARE(count.integer(0), qint64(Migrations::latestVersion()));
}

void TestMigrations::fromEachPreviousVersionKeepsData_data()
{
    QTest::addColumn<int>("from");
    for (int v = 2; v < Migrations::latestVersion(); ++v)
        QTest::newRow(qPrintable(u"from version %1"_s.arg(v))) << v;
}

void TestMigrations::fromEachPreviousVersionKeepsData()
{
    QFETCH(int, from);
    TestDatabase test(backendFromEnvironment());
    QVERIFY2(test.isValid(), qPrintable(test.error()));
    auto db = openStorage(test.spec());
    QVERIFY(db);
    QString error;
    QVERIFY2(Migrations::migrate(*db, &error, from), qPrintable(error));
    QCOMPARE(Migrations::currentVersion(*db), from);
    // Rows as a server of that version wrote them.
    db->exec(u"INSERT INTO firms (firm_id, name, name_key, created_at) VALUES "
             "('f0000000-0000-4000-8000-000000000001', 'Alt', 'alt', 1)"_s);
    db->exec(u"INSERT INTO accounts (firm_id, account_id, type, name, sort_key, created_at, "
             "updated_at, search_text, search_rowid) VALUES ('f0000000-0000-4000-8000-"
             "000000000001', 'a0000000-0000-4000-8000-000000000001', 'individual', "
             "'Jörg Bestand', 'jorg bestand', 1, 1, '"_s +
             searchText({u"Jörg Bestand"_s}) + u"', 1)"_s);
    QVERIFY2(Migrations::migrate(*db, &error), qPrintable(error));
    QCOMPARE(Migrations::currentVersion(*db), Migrations::latestVersion());
    Query kept(*db, u"SELECT name FROM accounts WHERE firm_id = :f"_s);
    kept.bind(u":f"_s, u"f0000000-0000-4000-8000-000000000001"_s).exec();
    QVERIFY(kept.next());
    QCOMPARE(kept.text(0), u"Jörg Bestand"_s);
    // The search objects of later versions cover the old row.
    const SearchCondition search =
        searchCondition(db->dialect(), u"accounts"_s, u"a"_s, queryWords(u"jörg"_s));
    Query found(*db, u"SELECT a.account_id FROM "_s + search.from + u" WHERE "_s + search.sql);
    for (const auto& [name, value] : search.values)
        found.bind(name, value);
    found.exec();
    QVERIFY(found.next());
    QCOMPARE(found.text(0), u"a0000000-0000-4000-8000-000000000001"_s);
}

void TestMigrations::refusesADatabaseNewerThanTheServer()
{
    TestDatabase test(backendFromEnvironment());
    QVERIFY2(test.isValid(), qPrintable(test.error()));
    auto db = openStorage(test.spec());
    QVERIFY(db);
    QString error;
    QVERIFY(Migrations::migrate(*db, &error));
    db->exec(
        u"INSERT INTO schema_version (version, name, applied_at) VALUES (9999, 'future', 1)"_s);
    QVERIFY(!Migrations::migrate(*db, &error));
    QVERIFY(error.contains(u"newer"_s));
}

void TestMigrations::everyStepHasBothDialects()
{
    for (const Migrations::Step& step : Migrations::steps()) {
        QVERIFY(!Migrations::statements(Dialect::Sqlite, step.version).isEmpty());
        QVERIFY(!Migrations::statements(Dialect::Postgres, step.version).isEmpty());
    }
    // Trigger bodies stay whole.
    bool trigger = false;
    for (const QString& s : Migrations::statements(Dialect::Sqlite, 4))
        trigger |= s.startsWith(u"CREATE TRIGGER"_s) && s.trimmed().endsWith(u"END;"_s);
    QVERIFY(trigger);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
