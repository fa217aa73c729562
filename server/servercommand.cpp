#include "servercommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace kontor::server {

int runServerCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Kontor server.\n\nCommands:\n"
                                     "  init      create a firm and its owner\n"
                                     "  user add  add a team member to a firm\n"
                                     "  serve     run the HTTP API and the client portal"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, u"init | user add | serve"_s);
    parser.parse(arguments);
    if (parser.isSet(u"version"_s))
        parser.showVersion();
    if (parser.isSet(u"help"_s) || parser.positionalArguments().isEmpty())
        parser.showHelp(parser.positionalArguments().isEmpty() && !parser.isSet(u"help"_s) ? 1 : 0);
    QTextStream(stderr) << "kontor-server: unknown command " << parser.positionalArguments().first()
                        << "\n";
    return 2;
}

} // namespace kontor::server
