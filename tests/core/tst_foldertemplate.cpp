// R-ACC-8: folder templates and the default folder tree; folder names obey R-NAME-1.
#include "core/foldertemplate.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor::core;

class TestFolderTemplate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultTreeHoldsClientUploadsAtTopLevel()
    {
        const QList<FolderNode> folders = FolderTemplate::defaultFolders();
        QVERIFY(std::any_of(folders.cbegin(), folders.cend(), [](const FolderNode& f) {
            return f.name == u"Vom Kunden hochgeladene Dokumente"_s;
        }));
        QVERIFY(checkFolderTree(folders, u"folders"_s).isEmpty());
    }

    void acceptsNestedTree()
    {
        const QList<FolderNode> tree = {
            {u"Jahresabschluss"_s, {{u"2023"_s, {}}, {u"2024"_s, {{u"Belege"_s, {}}}}}},
            {u"Lohn"_s, {}}};
        QVERIFY(checkFolderTree(tree, u"folders"_s).isEmpty());
    }

    void rejectsBadFolderNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::newRow("colon") << u"2024: Belege"_s << u"forbidden_character"_s;
        QTest::newRow("reserved") << u"aux"_s << u"reserved_name"_s;
        QTest::newRow("trailing dot") << u"Belege."_s << u"trailing_dot_or_space"_s;
        QTest::newRow("empty") << QString() << u"required"_s;
        QTest::newRow("too long") << QString(121, u'x') << u"too_long"_s;
    }
    void rejectsBadFolderNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        const Violations v = checkFolderTree({{u"ok"_s, {{name, {}}}}}, u"folders"_s);
        QCOMPARE(v.size(), 1);
        QCOMPARE(v.first().code(), code);
        QCOMPARE(v.first().path(), u"folders[0].children[0].name"_s);
    }

    void rejectsSiblingsDifferingOnlyInCase()
    {
        const Violations v = checkFolderTree({{u"Belege"_s, {}}, {u"BELEGE"_s, {}}}, u"f"_s);
        QCOMPARE(v.size(), 1);
        QCOMPARE(v.first().code(), u"duplicate"_s);
        QVERIFY(
            checkFolderTree({{u"A"_s, {{u"Belege"_s, {}}}}, {u"Belege"_s, {}}}, u"f"_s).isEmpty());
    }

    void limitsDepth()
    {
        FolderNode deep{u"x"_s, {}};
        for (int i = 0; i < 12; ++i)
            deep = FolderNode{u"x"_s, {deep}};
        const Violations v = checkFolderTree({deep}, u"f"_s);
        QCOMPARE(v.size(), 1);
        QCOMPARE(v.first().code(), u"too_many"_s);
    }
};

QTEST_GUILESS_MAIN(TestFolderTemplate)
#include "tst_foldertemplate.moc"
