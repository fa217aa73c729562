// kontor-cli (issue 7 "Headless too") as a script runs it: exit codes 0/1/2, the --json object,
// a kill -9 in the middle of an import and the run after it (no duplicates), and login, import,
// sync and `accounts list` against a real kontor-server with the real Secret Service.

#include "../server/serverfixture.h"

#include "app/credentialstore.h"
#include "app/session.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor;

namespace {

using Run = test::CommandResult;

Run cli(const QStringList& arguments, int timeoutMs = 120000)
{
    return test::runCommand(QStringLiteral(KONTOR_CLI_BINARY), arguments, {}, timeoutMs);
}

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(name));
    file.write(bytes);
    return file.fileName();
}

// @p accounts accounts of two contacts each, in German Excel's dialect.
QByteArray clientList(int accounts)
{
    QByteArray text = "Mandant;Firmenname;Vorname;Nachname;E-Mail\r\n";
    for (int a = 1; a <= accounts; ++a) {
        for (const char* first : {"Anna", "Bernd"}) {
            text += QByteArray("Firma ") + QByteArray::number(a) + ";Firma " +
                    QByteArray::number(a) + " GmbH;" + first + ";Nummer" + QByteArray::number(a) +
                    ";" + QByteArray(first).toLower() + QByteArray::number(a) +
                    "@firma.example\r\n";
        }
    }
    return text;
}

qint64 count(const QString& store, const QString& sql)
{
    qint64 n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(store);
        QSqlQuery q(db);
        if (db.open() && q.exec(sql) && q.next())
            n = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    return n;
}

} // namespace

class TestKontorCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void exitCodes_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        const QByteArray good = clientList(2);
        QTest::newRow("every row imported") << good << QStringList{} << 0;
        QTest::newRow("dry run") << good << QStringList{u"--dry-run"_s} << 0;
        QTest::newRow("a row with an error") << good + "Firma 9;;Ida;Irr;ida@@x.example\r\n"
                                             << QStringList{} << 1;
        QTest::newRow("missing file") << QByteArray() << QStringList{} << 2;
        QTest::newRow("empty file") << QByteArray("\r\n") << QStringList{} << 2;
        QTest::newRow("no name columns") << QByteArray("Foo;Bar\r\n1;2\r\n") << QStringList{} << 2;
        QTest::newRow("a quote in the first row never closed")
            << QByteArray("Konto;Vorname;Nachname\r\n\"Firma 1;Anna;Arm\r\nFirma 2;Bert;Bau\r\n")
            << QStringList{} << 2;
        QTest::newRow("a quote never closed after two good rows")
            << good + "\"Firma 9;Ida;Irr;ida@x.example\r\n"
            << QStringList{} << 1;
        QTest::newRow("bad duplicate choice")
            << good << QStringList{u"--on-duplicate"_s, u"merge"_s} << 2;
        QTest::newRow("unknown option") << good << QStringList{u"--frobnicate"_s} << 2;
    }

    void exitCodes()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        const QString store = m_dir.filePath(tag + u".sqlite"_s);
        const QString file = content.isEmpty() ? m_dir.filePath(u"missing.csv"_s)
                                               : write(m_dir, tag + u".csv"_s, content);
        const Run r = cli(QStringList{u"import"_s, file, u"--store"_s, store} + options);
        QVERIFY2(r.exitCode == exitCode, r.err.constData());
        if (exitCode == 2)
            QVERIFY(r.err.startsWith("kontor-cli: "));
        const bool wrote = exitCode != 2 && !options.contains(u"--dry-run"_s);
        // (A usage error may come before the store is made: no table to count is none.)
        QCOMPARE(qMax<qint64>(0, count(store, u"SELECT count(*) FROM accounts"_s)), wrote ? 2 : 0);
    }

    void unknownCommandIsUsage()
    {
        QCOMPARE(cli({u"frobnicate"_s}).exitCode, 2);
        QCOMPARE(cli({}).exitCode, 2);
        QCOMPARE(cli({u"accounts"_s, u"delete"_s}).exitCode, 2);
        QCOMPARE(
            cli({u"undo"_s, u"not-an-id"_s, u"--store"_s, m_dir.filePath(u"u.sqlite"_s)}).exitCode,
            2);
    }

    void jsonIsOneObjectAScriptCanRead()
    {
        const QString file = write(m_dir, u"json.csv"_s,
                                   clientList(3) + "Firma 3;;Anna;Nummer3;anna3@firma.example\r\n"
                                                   "Firma 4;;Ida;;ida@@x.example\r\n");
        const Run r = cli({u"import"_s, file, u"--store"_s, m_dir.filePath(u"json.sqlite"_s),
                           u"--dry-run"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 1);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, r.out.constData());
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(u"rows"_s).toInt(), 8);
        QCOMPARE(o.value(u"accounts_create"_s).toInt(), 3);
        QCOMPARE(o.value(u"contacts_create"_s).toInt(), 6);
        QCOMPARE(o.value(u"link"_s).toInt(), 0);
        QCOMPARE(o.value(u"update"_s).toInt(), 0);
        QCOMPARE(o.value(u"skip"_s).toInt(), 1); // row 7 repeats row 5
        const QJsonArray errors = o.value(u"errors"_s).toArray();
        QVERIFY(errors.size() >= 2); // Ida: no last name, a broken email address
        QStringList fields;
        for (const QJsonValue& e : errors) {
            const QJsonObject issue = e.toObject();
            QCOMPARE(issue.value(u"row"_s).toInt(), 8); // data row: the header is not counted
            QVERIFY(!issue.value(u"code"_s).toString().isEmpty());
            QVERIFY(!issue.value(u"message"_s).toString().isEmpty());
            fields.append(issue.value(u"field"_s).toString());
        }
        QVERIFY(fields.contains(u"email"_s));
        QVERIFY(fields.contains(u"last_name"_s));
    }

    void jsonForAFileThatCannotBeRead_data()
    {
        QTest::addColumn<QByteArray>("content"); // null: no file; "/": a directory
        QTest::addColumn<QString>("code");
        QByteArray columns = "Vorname;Nachname";
        for (int i = 0; i < 2000; ++i)
            columns += ";Spalte " + QByteArray::number(i);
        QTest::newRow("empty file") << QByteArray("") << u"empty_file"_s;
        QTest::newRow("2,000 columns") << columns + "\r\nAnna;Arm\r\n" << u"too_many_columns"_s;
        QTest::newRow("a quote in the header never closed")
            << QByteArray("Vorname;\"Nachname\r\nAnna;Arm\r\n") << u"unterminated_quote"_s;
        QTest::newRow("missing file") << QByteArray() << u"file_unreadable"_s;
        QTest::newRow("a directory") << QByteArray("/") << u"file_unreadable"_s;
    }

    void jsonForAFileThatCannotBeRead()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, code);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        QString file = m_dir.filePath(tag + u".csv"_s);
        if (content == "/")
            QVERIFY(QDir(m_dir.path()).mkdir(tag + u".csv"_s));
        else if (!content.isNull())
            file = write(m_dir, tag + u".csv"_s, content);
        const Run r =
            cli({u"import"_s, file, u"--store"_s, m_dir.filePath(tag + u".sqlite"_s), u"--json"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith("kontor-cli: "));
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, r.out.constData());
        QCOMPARE(r.out.count('\n'), 1); // one object on one line
        for (const char* count : {"rows", "accounts_create", "contacts_create", "link", "update",
                                  "skip", "error_rows"}) {
            QVERIFY2(o.value(QLatin1StringView(count)).isDouble(), count);
            QCOMPARE(o.value(QLatin1StringView(count)).toInt(), 0);
        }
        QCOMPARE(o.value(u"status"_s).toString(), u"failed"_s);
        const QJsonArray errors = o.value(u"errors"_s).toArray();
        QCOMPARE(errors.size(), 1);
        const QJsonObject issue = errors.first().toObject();
        QCOMPARE(issue.value(u"code"_s).toString(), code);
        QCOMPARE(issue.value(u"row"_s).toInt(), 0);
        QVERIFY(issue.contains(u"field"_s));
        QVERIFY(!issue.value(u"message"_s).toString().isEmpty());
    }

    void importAndUndoPrintNoDebugLines()
    {
        const QString file = write(m_dir, u"quiet.csv"_s, clientList(2));
        const QString store = m_dir.filePath(u"quiet.sqlite"_s);
        auto run = [&](const QStringList& arguments) {
            QProcess p;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.remove(u"QT_LOGGING_RULES"_s);
            p.setProcessEnvironment(environment);
            p.start(QStringLiteral(KONTOR_CLI_BINARY),
                    arguments + QStringList{u"--store"_s, store});
            p.waitForFinished(120000);
            return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
        };
        const Run imported = run({u"import"_s, file, u"--json"_s});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY2(!imported.err.contains("kontor."), imported.err.constData());
        const QString id =
            QJsonDocument::fromJson(imported.out).object().value(u"import_id"_s).toString();
        const Run undone = run({u"undo"_s, id});
        QVERIFY2(undone.exitCode == 0, undone.err.constData());
        QVERIFY2(!undone.err.contains("kontor."), undone.err.constData());
    }

    void killedImportGoesOnWithoutDuplicates()
    {
        const QString file = write(m_dir, u"kill.csv"_s, clientList(1500));
        const QString store = m_dir.filePath(u"kill.sqlite"_s);
        const QStringList args{u"import"_s,       file,   u"--store"_s, store,
                               u"--batch-rows"_s, u"4"_s, u"--json"_s};
        QProcess p;
        p.start(QStringLiteral(KONTOR_CLI_BINARY), args);
        QVERIFY(p.waitForStarted());
        const bool caught = QTest::qWaitFor(
            [&] {
                return p.state() != QProcess::Running ||
                       count(store, u"SELECT count(*) FROM import_batches"_s) >= 20;
            },
            120000);
        if (p.state() != QProcess::Running)
            QSKIP("the import ended before it could be killed");
        QVERIFY(caught);
        p.kill(); // SIGKILL: no chance to clean up
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        const qint64 written = count(store, u"SELECT count(*) FROM accounts"_s);
        QVERIFY(written >= 40 && written < 1500);
        QCOMPARE(count(store, u"SELECT count(*) FROM imports WHERE status = 'running'"_s), 1);

        const Run again = cli(args);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(again.out).object();
        QCOMPARE(o.value(u"status"_s).toString(), u"done"_s);
        QCOMPARE(o.value(u"accounts_create"_s).toInt(), 1500); // both runs together
        QCOMPARE(count(store, u"SELECT count(*) FROM accounts"_s), 1500);
        QCOMPARE(count(store, u"SELECT count(DISTINCT id) FROM accounts"_s), 1500);
        QCOMPARE(count(store, u"SELECT count(*) FROM contacts"_s), 3000);
        QCOMPARE(count(store, u"SELECT count(DISTINCT email_key) FROM contacts"_s), 3000);
        QCOMPARE(count(store, u"SELECT count(*) FROM account_contacts"_s), 3000);
        // Every account is in exactly one batch operation for the server.
        QCOMPARE(count(store, u"SELECT count(*) FROM outbox WHERE kind <> 'import.batch'"_s), 0);
        QCOMPARE(count(store, u"SELECT count(*) FROM outbox, json_each(outbox.payload, '$.items')"
                              " WHERE json_each.value ->> '$.kind' = 'account.create'"_s),
                 1500);
    }

    void signsInImportsSyncsAndLists()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs the Secret Service (run inside scripts/test-services.sh)");
        test::TestDatabase database(test::backendFromEnvironment());
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        const test::TestFirm firm{u"Kanzlei Skript"_s, u"skript@kanzlei.example"_s,
                                  u"skript-pass"_s};
        QVERIFY(test::initFirm(database.spec(), firm));
        test::ServerProcess server;
        QVERIFY(server.start(database.spec()));
        const QString url = server.baseUrl().toString();
        const QString wrong = write(m_dir, u"wrong.txt"_s, "nicht das Passwort\n");
        QCOMPARE(cli({u"login"_s, u"--server"_s, url, u"--email"_s, firm.ownerEmail,
                      u"--password-file"_s, wrong})
                     .exitCode,
                 1);
        const QString password = write(m_dir, u"password.txt"_s, firm.password.toUtf8() + '\n');
        const Run login = cli({u"login"_s, u"--server"_s, url, u"--email"_s, firm.ownerEmail,
                               u"--password-file"_s, password});
        QVERIFY2(login.exitCode == 0, login.err.constData());
        QVERIFY(login.out.contains("Kanzlei Skript"));

        // The token is where the desktop client looks for it.
        app::KeychainCredentialStore keychain;
        std::optional<app::CredentialStore::Result> token;
        keychain.readToken(app::Session::credentialKey(server.baseUrl()), this,
                           [&](const app::CredentialStore::Result& r) { token = r; });
        QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), 20000);
        QCOMPARE(token->status, app::CredentialStore::Status::Ok);
        QVERIFY(!token->token.isEmpty());

        const QString file = write(m_dir, u"sync.csv"_s, clientList(5));
        const Run imported = cli({u"import"_s, file, u"--json"_s});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const Run synced = cli({u"sync"_s});
        QVERIFY2(synced.exitCode == 0, synced.err.constData());

        test::ApiClient api(server.baseUrl());
        QVERIFY(!api.signIn(firm.ownerEmail, firm.password).isEmpty());
        QCOMPARE(api.get(u"/api/v1/accounts?q=Firma"_s).items().size(), 5);

        const Run list = cli({u"accounts"_s, u"list"_s, u"--json"_s});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray accounts = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(accounts.size(), 5);
        QCOMPARE(accounts.first().toObject().value(u"name"_s).toString(), u"Firma 1"_s);
        QCOMPARE(accounts.first().toObject().value(u"contacts"_s).toInt(), 2);
        const Run plain = cli({u"accounts"_s, u"list"_s});
        QCOMPARE(plain.out.count('\n'), 5);
        server.terminate();
    }
};

QTEST_GUILESS_MAIN(TestKontorCli)
#include "tst_kontorcli.moc"
