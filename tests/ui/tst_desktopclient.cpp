// The wiring of the desktop client (DesktopClient): no session means the sign-in dialog; an
// unreachable server is explained in it; closing it at start quits; a kontor:// link given
// before sign-in waits for the window. The keychain is an in-memory fake here (the real one is
// tested with a Secret Service in tests/app).

#include "guitest.h"

#include "ui/desktopclient.h"
#include "ui/signindialog.h"

#include "app/credentialstore.h"
#include "app/session.h"
#include "app/settings.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>

using namespace Qt::StringLiterals;
using namespace kontor;
using test::child;

namespace {

class MemoryCredentials : public app::CredentialStore {
public:
    QHash<QString, QString> tokens;

    void readToken(const QString& key, QObject*, Callback done) override
    {
        done(tokens.contains(key) ? Result{Status::Ok, tokens.value(key), {}}
                                  : Result{Status::NotFound, {}, {}});
    }
    void writeToken(const QString& key, const QString& token, QObject*, Callback done) override
    {
        tokens.insert(key, token);
        done({});
    }
    void deleteToken(const QString& key, QObject*, Callback done) override
    {
        tokens.remove(key);
        done({});
    }
};

ui::SignInDialog* signInDialog()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* d = qobject_cast<ui::SignInDialog*>(w); d && d->isVisible())
            return d;
    }
    return nullptr;
}

/// A port on which nothing answers.
quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort(); // closed again when probe goes
}

} // namespace

class TestDesktopClient : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void withoutSessionAsksToSignIn();
    void closingSignInAtStartQuits();
    void unreachableServerIsExplained();
    void signInOptionsReportFailure();
};

void TestDesktopClient::init()
{
    app::Settings settings;
    settings.setServerUrl({});
    settings.setLastEmail({});
}

void TestDesktopClient::withoutSessionAsksToSignIn()
{
    app::Settings settings;
    MemoryCredentials keychain;
    ui::DesktopClient client(settings, keychain);
    client.handleLink(u"kontor://account/3f2504e0-4f89-41d3-9a0c-0305e82c3301"_s);
    client.start();
    QTRY_VERIFY(signInDialog());
    QVERIFY(!client.window());
    signInDialog()->close();
}

void TestDesktopClient::closingSignInAtStartQuits()
{
    app::Settings settings;
    MemoryCredentials keychain;
    ui::DesktopClient client(settings, keychain);
    QSignalSpy quit(&client, &ui::DesktopClient::quitRequested);
    client.start();
    QTRY_VERIFY(signInDialog());
    signInDialog()->reject();
    QTRY_COMPARE(quit.size(), 1);
}

// Sign-in against a port where nothing listens: the dialog stays and says so in words.
void TestDesktopClient::unreachableServerIsExplained()
{
    app::Settings settings;
    MemoryCredentials keychain;
    ui::DesktopClient client(settings, keychain);
    client.start();
    QTRY_VERIFY(signInDialog());
    ui::SignInDialog* dialog = signInDialog();
    child<QLineEdit>(dialog, u"serverEdit"_s)->setText(u"http://127.0.0.1:%1"_s.arg(closedPort()));
    child<QLineEdit>(dialog, u"signInEmailEdit"_s)->setText(u"olga@kanzlei.example"_s);
    child<QLineEdit>(dialog, u"passwordEdit"_s)->setText(u"geheim"_s);
    child<QPushButton>(dialog, u"signInButton"_s)->click();
    auto* error = child<QLabel>(dialog, u"signInError"_s);
    QTRY_VERIFY_WITH_TIMEOUT(test::shows(error), 10000);
    QVERIFY2(error->text().contains(u"cannot be reached"_s), qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    QVERIFY(!client.window());
    QVERIFY(keychain.tokens.isEmpty());
    dialog->close();
}

// The command-line sign-in (--server, --email, --password-file) reports a failure and leaves
// the dialog, filled in, to try again.
void TestDesktopClient::signInOptionsReportFailure()
{
    app::Settings settings;
    MemoryCredentials keychain;
    ui::DesktopClient client(settings, keychain);
    QSignalSpy finished(&client, &ui::DesktopClient::signInFinished);
    const QUrl server(u"http://127.0.0.1:%1"_s.arg(closedPort()));
    client.signIn(server, u"olga@kanzlei.example"_s, u"geheim"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY(!finished.at(0).at(0).toString().isEmpty());
    QTRY_VERIFY(signInDialog());
    QCOMPARE(child<QLineEdit>(signInDialog(), u"signInEmailEdit"_s)->text(),
             u"olga@kanzlei.example"_s);
    QCOMPARE(signInDialog()->server(), server);
    QVERIFY(test::shows(child<QLabel>(signInDialog(), u"signInError"_s)));
    signInDialog()->close();
}

QTEST_MAIN(TestDesktopClient)
#include "tst_desktopclient.moc"
