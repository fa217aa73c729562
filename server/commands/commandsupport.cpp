#include "commandsupport.h"

#include "http/apierror.h"
#include "storage/migrations.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace kontor::server::commands {

void printError(const QString& message)
{
    QTextStream(stderr) << "kontor-server: " << message << "\n";
}

std::optional<int> parseCommand(QCommandLineParser& parser, const QStringList& arguments,
                                const QStringList& required)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        // The first line names the program only; name the command too ("kontor-server init").
        QString help = parser.helpText();
        const QString program = arguments.value(0);
        const QString command =
            QFileInfo(program.section(u' ', 0, 0)).fileName() + u' ' + program.section(u' ', 1);
        help.replace(0, help.indexOf(u'\n'), u"Usage: "_s + command + u" [options]"_s);
        QTextStream(stdout) << help;
        return 0;
    }
    for (const QString& name : required) {
        if (!parser.isSet(name)) {
            printError(u"--%1 is required (see --help)"_s.arg(name));
            return 2;
        }
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(u"unexpected argument %1"_s.arg(parser.positionalArguments().constFirst()));
        return 2;
    }
    return std::nullopt;
}

std::unique_ptr<storage::Database> openDatabase(const QString& spec)
{
    QString error;
    const std::optional<storage::DatabaseConfig> config =
        storage::DatabaseConfig::parse(spec, &error);
    if (!config) {
        printError(error);
        return nullptr;
    }
    auto db = std::make_unique<storage::Database>(*config);
    if (!db->open(&error) || !storage::Migrations::migrate(*db, &error)) {
        printError(u"%1: %2"_s.arg(config->describe(), error));
        return nullptr;
    }
    return db;
}

std::optional<QByteArray> readPassword(const QCommandLineParser& parser,
                                       const CommonOptions& common)
{
    QByteArray text;
    if (parser.isSet(common.passwordFile)) {
        QFile file(parser.value(common.passwordFile));
        if (!file.open(QIODevice::ReadOnly)) {
            printError(u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString()));
            return std::nullopt;
        }
        text = file.readLine();
    } else {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            printError(u"cannot read the password from standard input"_s);
            return std::nullopt;
        }
        text = in.readLine();
    }
    while (text.endsWith('\n') || text.endsWith('\r'))
        text.chop(1);
    if (text.size() < 8) {
        printError(u"the password must have at least 8 characters"_s);
        return std::nullopt;
    }
    return text;
}

auth::PasswordCost passwordCost(const QCommandLineParser& parser, const CommonOptions& common)
{
    return parser.isSet(common.testPasswordCost) ? auth::PasswordCost::TestOnly
                                                 : auth::PasswordCost::Interactive;
}

int runGuarded(const std::function<int()>& work)
{
    try {
        return work();
    } catch (const http::ApiError& e) {
        QString message = http::renderMessage(e.message, e.args, nullptr);
        for (const core::Violation& v : e.fields)
            message += u"\n  %1: %2"_s.arg(v.path(), v.message(nullptr));
        printError(message);
    } catch (const std::exception& e) {
        printError(QString::fromUtf8(e.what()));
    }
    return 1;
}

} // namespace kontor::server::commands
