// parseSmtpSettings(): `--smtp smtp://[user@]host[:port]`, password from a file or the
// environment, never from the command line (issue 4 "Mail").
#include "server/mail/smtpsettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor::mail;

class TestSmtpSettings : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeFile(const QString& name, const QByteArray& content)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        f.write(content);
        return f.fileName();
    }

private Q_SLOTS:
    void init() { qunsetenv(smtpPasswordVariable); }
    void cleanup() { qunsetenv(smtpPasswordVariable); }

    void readsServerWithoutAuthentication()
    {
        const auto s = parseSmtpSettings(u"smtp://mail.kanzlei.test:587"_s);
        QVERIFY(s.ok());
        QCOMPARE(s.value.server.toString(), u"smtp://mail.kanzlei.test:587"_s);
        QVERIFY(s.value.user.isEmpty());
        QVERIFY(s.value.password.isEmpty());
        QVERIFY(!s.value.requireTls);
    }

    void keepsSmtpsAndDefaultPort()
    {
        const auto s = parseSmtpSettings(u"SMTPS://mail.kanzlei.test/"_s);
        QVERIFY(s.ok());
        QCOMPARE(s.value.server.toString(), u"smtps://mail.kanzlei.test"_s);
    }

    void readsPasswordFromFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("password");
        QTest::newRow("LF") << QByteArray("s3cret\n") << u"s3cret"_s;
        QTest::newRow("CRLF") << QByteArray("s3cret\r\n") << u"s3cret"_s;
        QTest::newRow("no line break") << QByteArray("s3cret") << u"s3cret"_s;
        QTest::newRow("spaces and UTF-8") << QByteArray(" pass wört \n") << u" pass wört "_s;
    }

    void readsPasswordFromFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, password);
        qputenv(smtpPasswordVariable, "from-environment");
        const auto s = parseSmtpSettings(u"smtp://kanzlei%40mueller@mail.kanzlei.test:587"_s,
                                         writeFile(u"pw"_s, content));
        QVERIFY(s.ok());
        QCOMPARE(s.value.user, u"kanzlei@mueller"_s);
        QCOMPARE(s.value.password, password); // the file wins over the environment
        QVERIFY(s.value.requireTls);          // a password never crosses the network in clear
        QVERIFY(s.value.server.userName().isEmpty());
    }

    void readsPasswordFromEnvironment()
    {
        qputenv(smtpPasswordVariable, "env-secret");
        const auto s = parseSmtpSettings(u"smtp://portal@mail.kanzlei.test"_s);
        QVERIFY(s.ok());
        QCOMPARE(s.value.password, u"env-secret"_s);
    }

    void loopbackNeedsNoTls_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("requireTls");
        QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << false;
        QTest::newRow("127.1.2.3") << u"127.1.2.3"_s << false;
        QTest::newRow("localhost") << u"localhost"_s << false;
        QTest::newRow("::1") << u"[::1]"_s << false;
        QTest::newRow("127.0.0.1.evil.test") << u"127.0.0.1.evil.test"_s << true;
        QTest::newRow("10.0.0.1") << u"10.0.0.1"_s << true;
    }

    void loopbackNeedsNoTls()
    {
        QFETCH(QString, host);
        QFETCH(bool, requireTls);
        qputenv(smtpPasswordVariable, "x");
        const auto s = parseSmtpSettings(u"smtp://u@"_s + host + u":2525"_s);
        QVERIFY(s.ok());
        QCOMPARE(s.value.requireTls, requireTls);
    }

    void rejectsWhatCannotWork_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("environment");
        QTest::addColumn<QString>("path");
        QTest::newRow("http") << u"http://mail.test"_s << QByteArray() << u"smtp"_s;
        QTest::newRow("no host") << u"smtp://"_s << QByteArray() << u"smtp"_s;
        QTest::newRow("not a URL") << u"mail.test:25"_s << QByteArray() << u"smtp"_s;
        QTest::newRow("path") << u"smtp://mail.test/x"_s << QByteArray() << u"smtp"_s;
        QTest::newRow("query") << u"smtp://mail.test?x=1"_s << QByteArray() << u"smtp"_s;
        QTest::newRow("password in URL") << u"smtp://u:pw@mail.test"_s << QByteArray() << u"smtp"_s;
        QTest::newRow("user without password")
            << u"smtp://u@mail.test"_s << QByteArray() << u"smtp"_s;
        QTest::newRow("password without user")
            << u"smtp://mail.test"_s << QByteArray("pw") << u"smtp"_s;
    }

    void rejectsWhatCannotWork()
    {
        QFETCH(QString, url);
        QFETCH(QByteArray, environment);
        QFETCH(QString, path);
        if (!environment.isEmpty())
            qputenv(smtpPasswordVariable, environment);
        const auto s = parseSmtpSettings(url);
        QVERIFY(!s.ok());
        QCOMPARE(s.errors.first().path(), path);
        QVERIFY(!s.errors.first().message(nullptr).isEmpty());
        QVERIFY(!s.errors.first().message(nullptr).contains(u"pw"_s));
    }

    void rejectsUnreadablePasswordFile()
    {
        const auto s = parseSmtpSettings(u"smtp://u@mail.test"_s, m_dir.filePath(u"missing"_s));
        QVERIFY(!s.ok());
        QCOMPARE(s.errors.first().path(), u"smtp_password_file"_s);
    }

    void rejectsEmptyPasswordFile()
    {
        const auto s = parseSmtpSettings(u"smtp://u@mail.test"_s, writeFile(u"empty"_s, "\n"));
        QVERIFY(!s.ok());
    }
};

QTEST_GUILESS_MAIN(TestSmtpSettings)
#include "tst_smtpsettings.moc"
