#include "servercommand.h"

#include "commands/commandsupport.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace kontor::server {

namespace {

const char* const usage = "Usage: kontor-server <command> [options]\n\n"
                          "Commands:\n"
                          "  init      create a firm and its owner\n"
                          "  user add  add a team member to a firm\n"
                          "  serve     run the HTTP API and the client portal\n"
                          "  demo      create a demo firm with generated accounts\n\n"
                          "Run kontor-server <command> --help for the options of a command.\n";

} // namespace

int runServerCommand(const QStringList& arguments)
{
    const QString command = arguments.value(1);
    if (command.isEmpty() || command == u"--help" || command == u"-h" || command == u"help") {
        QTextStream(command.isEmpty() ? stderr : stdout) << usage;
        return command.isEmpty() ? 2 : 0;
    }
    if (command == u"--version" || command == u"-v") {
        QTextStream(stdout) << "kontor-server " << QCoreApplication::applicationVersion() << "\n";
        return 0;
    }
    const QString program = arguments.value(0);
    if (command == u"init")
        return commands::runInit(QStringList{program + u" init"_s} + arguments.mid(2));
    if (command == u"serve")
        return commands::runServe(QStringList{program + u" serve"_s} + arguments.mid(2));
    if (command == u"demo")
        return commands::runDemo(QStringList{program + u" demo"_s} + arguments.mid(2));
    if (command == u"user" && arguments.value(2) == u"add")
        return commands::runUserAdd(QStringList{program + u" user add"_s} + arguments.mid(3));
    commands::printError(u"unknown command \"%1\"\n"_s.arg(arguments.mid(1).join(u' ')) +
                         QString::fromLatin1(usage));
    return 2;
}

} // namespace kontor::server
