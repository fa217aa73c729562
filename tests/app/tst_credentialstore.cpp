// KeychainCredentialStore through the real Secret Service (gnome-keyring on the private session
// bus of scripts/test-services.sh): round trip, one answer within the timeout, and no plaintext
// fallback when there is no keychain at all.

#include "app/credentialstore.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor::app;

namespace {

// Runs one call and waits for its answer; counts answers.
template <typename Call> CredentialStore::Result await(Call call, int* answers = nullptr)
{
    std::optional<CredentialStore::Result> result;
    QObject context;
    call(&context, [&](const CredentialStore::Result& r) {
        result = r;
        if (answers)
            ++*answers;
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        qFatal("the credential store did not answer");
    return *result;
}

const char* probeVariable = "KONTOR_KEYCHAIN_PROBE_TOKEN";

// In a child process without D-Bus: tries to store a token and prints the status.
int runProbe()
{
    KeychainCredentialStore store(nullptr, std::chrono::seconds(5));
    const QString token = qEnvironmentVariable(probeVariable);
    const CredentialStore::Result r = await([&](QObject* c, CredentialStore::Callback done) {
        store.writeToken(u"session:https://probe.example"_s, token, c, std::move(done));
    });
    printf("status=%d\n", int(r.status));
    return 0;
}

} // namespace

class TestCredentialStore : public QObject {
    Q_OBJECT

    static void requireSecretService()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session bus: run inside scripts/test-services.sh for the keychain.");
    }

private Q_SLOTS:
    void roundTripThroughSecretService()
    {
        requireSecretService();
        KeychainCredentialStore store;
        const QString key =
            u"session:https://kontor-test.example/"_s + QUuid::createUuid().toString();
        const QString token = u"tok-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);

        CredentialStore::Result r = await([&](QObject* c, CredentialStore::Callback done) {
            store.readToken(key, c, std::move(done));
        });
        QCOMPARE(r.status, CredentialStore::Status::NotFound);

        r = await([&](QObject* c, CredentialStore::Callback done) {
            store.writeToken(key, token, c, std::move(done));
        });
        QCOMPARE(r.status, CredentialStore::Status::Ok);

        // A second store (as after a restart) reads it back.
        KeychainCredentialStore again;
        r = await([&](QObject* c, CredentialStore::Callback done) {
            again.readToken(key, c, std::move(done));
        });
        QCOMPARE(r.status, CredentialStore::Status::Ok);
        QCOMPARE(r.token, token);

        r = await([&](QObject* c, CredentialStore::Callback done) {
            again.deleteToken(key, c, std::move(done));
        });
        QCOMPARE(r.status, CredentialStore::Status::Ok);
        r = await([&](QObject* c, CredentialStore::Callback done) {
            again.readToken(key, c, std::move(done));
        });
        QCOMPARE(r.status, CredentialStore::Status::NotFound);
    }

    void answersOnceWhenTheKeychainIsTooSlow()
    {
        requireSecretService();
        // No keychain answers within zero milliseconds: the timeout answers, the late job not.
        KeychainCredentialStore store(nullptr, std::chrono::milliseconds(0));
        int answers = 0;
        const CredentialStore::Result r = await(
            [&](QObject* c, CredentialStore::Callback done) {
                store.readToken(u"session:slow"_s, c, std::move(done));
            },
            &answers);
        QCOMPARE(r.status, CredentialStore::Status::TimedOut);
        QVERIFY(!r.message.isEmpty());
        QTest::qWait(500);
        QCOMPARE(answers, 1);
    }

    void neverFallsBackToPlaintext()
    {
        // Without any keychain (no D-Bus) the write fails and the token is in no file.
        QTemporaryDir home;
        const QString token = u"plaintext-canary-"_s + QUuid::createUuid().toString(QUuid::Id128);
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(probeVariable), token);
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u".config"_s));
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u".local/share"_s));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(30000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        QVERIFY2(out.contains(u"status=%1"_s.arg(int(CredentialStore::Status::Unavailable))),
                 qPrintable(out));
        QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(token.toUtf8()), qPrintable(f.fileName()));
        }
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(probeVariable))
        return runProbe();
    TestCredentialStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialstore.moc"
