// "Konten exportieren…" (issue 7, R-BULK-1): the account list as the window shows it, search and
// filters applied, into a CSV file that opening in a spreadsheet cannot turn into formulas; a
// cancel or a failure leaves the file as it was. Against a real local store.

#include "guitest.h"
#include "storewindowrig.h"

#include "core/import/csvreader.h"
#include "ui/accountlistexport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace kontor;

namespace {

// Three accounts, four contacts.
struct Rig : test::StoreWindowRig {
    Rig()
    {
        core::Account a =
            test::individual(test::person(u"Max"_s, u"Muster"_s, u"max@example.de"_s));
        core::Account b =
            test::individual(test::person(u"Erika"_s, u"Beispiel"_s, u"erika@example.de"_s));
        // A name a spreadsheet would take for a formula (allowed by R-NAME-1).
        core::Account c = test::company(
            u"=SUMME(1;2) GmbH"_s, {test::person(u"Anna"_s, u"Alt"_s, u"anna@example.de"_s),
                                    test::person(u"Bernd"_s, u"Bau"_s, u"bernd@example.de"_s)});
        for (core::Account* account : {&a, &b, &c}) {
            if (!store.createAccount(*account).isEmpty())
                qFatal("cannot create a test account");
        }
    }
};

// The data rows of a written CSV file, read back with Kontor's own reader.
QList<QStringList> readRows(const QString& path, QStringList* header = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    core::CsvReader reader(&file);
    if (!reader.open())
        return {};
    if (header)
        *header = reader.columns();
    QList<QStringList> rows;
    core::SourceRow row;
    while (reader.next(row))
        rows.append(row.values);
    return rows;
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestAccountListExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exportsEveryContactOfTheListedAccounts()
    {
        Rig rig;
        QTRY_COMPARE(rig.accounts.rowCount(), 3);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"konten.csv"_s);
        QVERIFY(rig.window->exportAccounts(path));

        QStringList header;
        const QList<QStringList> rows = readRows(path, &header);
        QCOMPARE(rows.size(), 4); // one row per contact: 1 + 1 + 2
        QVERIFY(header.size() >= 10);
        QStringList emails;
        for (const QStringList& row : rows)
            emails += row.filter(u"@example.de"_s);
        emails.sort();
        QCOMPARE(emails, (QStringList{u"anna@example.de"_s, u"bernd@example.de"_s,
                                      u"erika@example.de"_s, u"max@example.de"_s}));
    }

    void neutralisesCellsThatLookLikeFormulas()
    {
        Rig rig;
        QTRY_COMPARE(rig.accounts.rowCount(), 3);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"konten.csv"_s);
        QVERIFY(rig.window->exportAccounts(path));
        const QByteArray bytes = contents(path);
        QVERIFY(bytes.contains("'=SUMME(1;2) GmbH"));
        QVERIFY(!bytes.contains(";=SUMME") && !bytes.contains("\"=SUMME"));
    }

    void exportsOnlyWhatTheFilterShows()
    {
        Rig rig;
        QTRY_COMPARE(rig.accounts.rowCount(), 3);
        rig.accounts.setTypeFilter(int(core::AccountType::Company));
        QTRY_COMPARE(rig.accounts.rowCount(), 1);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"firmen.csv"_s);
        QVERIFY(rig.window->exportAccounts(path));
        QCOMPARE(readRows(path).size(), 2);
    }

    void cancelLeavesAnExistingFileAsItWas()
    {
        Rig rig;
        QTRY_COMPARE(rig.accounts.rowCount(), 3);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"konten.csv"_s);
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("alte Liste\n");
        }
        const QList<QUuid> ids = {rig.accounts.accountId(0), rig.accounts.accountId(1)};
        int calls = 0;
        const ui::AccountListExport::Result result =
            ui::AccountListExport::write(path, ids, rig.services, [&calls](int done) {
                ++calls;
                return done < 1; // cancel after the first account
            });
        QCOMPARE(result.status, ui::AccountListExport::Status::Cancelled);
        QCOMPARE(calls, 1);
        QCOMPARE(contents(path), QByteArray("alte Liste\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"konten.csv"_s});
    }

    void aFolderThatDoesNotExistIsAPreciseError()
    {
        Rig rig;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"fehlt/konten.csv"_s);
        const ui::AccountListExport::Result result =
            ui::AccountListExport::write(path, {rig.accounts.accountId(0)}, rig.services);
        QCOMPARE(result.status, ui::AccountListExport::Status::Failed);
        QVERIFY2(result.error.contains(path), qPrintable(result.error));
        QVERIFY(!QFile::exists(path));
    }

    void theMenuOffersExportAlsoToThoseWhoCannotCreate()
    {
        Rig rig;
        rig.window->setCanManageAccounts(false);
        auto* action = rig.window->findChild<QAction*>(u"exportAction"_s);
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        QVERIFY(action->text().contains(u'…'));
    }
};

QTEST_MAIN(TestAccountListExport)
#include "tst_accountlistexport.moc"
