// kontor: the desktop client. main() only wires the pieces of app/ and ui/.

#include "app/credentialstore.h"
#include "app/settings.h"
#include "ui/desktopclient.h"
#include "ui/signindialog.h"
#include "ui/singleinstance.h"
#include "ui/uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// --version and --help must work without a display (packaging checks run them headless).
bool wantsConsoleOnly(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char* flag : {"--version", "-v", "--help", "-h", "--help-all"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

void fail(const QString& message)
{
    std::fprintf(stderr, "kontor: %s\n", qPrintable(message));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setOrganizationName(u"Kontor"_s);
    QCoreApplication::setApplicationName(u"kontor"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KONTOR_VERSION));
    std::unique_ptr<QCoreApplication> app;
    if (wantsConsoleOnly(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);

    kontor::app::Settings settings;
    kontor::ui::installUiLanguage(*app, settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Kontor: client management for tax firms"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(
        u"server"_s, QCoreApplication::translate("main", "Sign in to the server at <url>."),
        u"url"_s);
    const QCommandLineOption email(
        u"email"_s, QCoreApplication::translate("main", "Sign in as <email>."), u"email"_s);
    const QCommandLineOption passwordFile(
        u"password-file"_s,
        QCoreApplication::translate("main", "Read the password from the first line of <file>. "
                                            "Only the session token is kept (in the keychain)."),
        u"file"_s);
    parser.addOptions({server, email, passwordFile});
    parser.addPositionalArgument(
        u"link"_s, QCoreApplication::translate("main", "A kontor://account/<id> link to open."),
        u"[link]"_s);
    parser.process(*app);

    const QString link = parser.positionalArguments().value(0);
    const bool signInGiven =
        parser.isSet(server) || parser.isSet(email) || parser.isSet(passwordFile);
    QString password;
    if (signInGiven) {
        if (!parser.isSet(server) || !parser.isSet(email) || !parser.isSet(passwordFile)) {
            fail(QCoreApplication::translate("main", "--server, --email and --password-file "
                                                     "go together."));
            return 2;
        }
        QFile file(parser.value(passwordFile));
        if (!file.open(QIODevice::ReadOnly)) {
            fail(QCoreApplication::translate("main", "Cannot read the password file %1.")
                     .arg(file.fileName()));
            return 2;
        }
        password = QString::fromUtf8(file.readLine()).remove(u'\n').remove(u'\r');
    }

    // One Kontor per user: a second start hands its link to the first and ends.
    kontor::ui::SingleInstance instance;
    if (!signInGiven && instance.forwardToRunning(link))
        return 0;
    instance.listen();

    kontor::app::KeychainCredentialStore keychain;
    kontor::ui::DesktopClient client(settings, keychain);
    QObject::connect(&instance, &kontor::ui::SingleInstance::messageReceived, &client,
                     &kontor::ui::DesktopClient::handleLink);
    QObject::connect(&client, &kontor::ui::DesktopClient::quitRequested, app.get(),
                     &QCoreApplication::quit, Qt::QueuedConnection);
    QObject::connect(&client, &kontor::ui::DesktopClient::signInFinished, &client,
                     [](const QString& error) {
                         if (!error.isEmpty())
                             fail(error);
                     });
    if (!link.isEmpty())
        client.handleLink(link);
    if (signInGiven) {
        const QUrl url = kontor::ui::serverUrlFromInput(parser.value(server));
        if (!url.isValid()) {
            fail(QCoreApplication::translate("main", "%1 is not a server address.")
                     .arg(parser.value(server)));
            return 2;
        }
        client.signIn(url, parser.value(email), password);
    } else {
        client.start();
    }
    return app->exec();
}
