// kontor-cli: Kontor's app layer on the command line, for scripted migrations (issue 7).

#include "importcommand.h"
#include "synccommands.h"

#include "core/translations.h"

#include <QLoggingCategory>
#include <QTranslator>

using namespace Qt::StringLiterals;
using kontor::cli::CliContext;

int main(int argc, char** argv)
{
    // The desktop client's names: the same settings, keychain entries and local stores.
    QCoreApplication::setOrganizationName(u"Kontor"_s);
    QCoreApplication::setApplicationName(u"kontor"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KONTOR_VERSION));
    QCoreApplication app(argc, argv);
    // Scripts read stderr as the command's complaints: the app layer's debug lines stay off
    // unless asked for (QT_LOGGING_RULES="kontor.*.debug=true").
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"kontor.*.debug=false"_s);
    CliContext cli;
    QTranslator translator;
    const QString language = cli.settings().language().isEmpty() ? kontor::core::systemLanguage()
                                                                 : cli.settings().language();
    kontor::core::setUiLanguage(language);
    if (kontor::core::loadKontorTranslation(translator, language))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliContext::tr("Kontor on the command line.\n\nCommands:\n"
                       "  login --server URL --email EMAIL --password-file FILE\n"
                       "  import FILE [--mapping M] [--dry-run] [--on-duplicate "
                       "skip|update|create] [--json]\n"
                       "  undo IMPORT_ID\n"
                       "  sync\n"
                       "  accounts list [--json]"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"json"_s, CliContext::tr("Print the result as JSON.")},
        {u"store"_s,
         CliContext::tr("Use the local store at <file> instead of the signed-in firm's."),
         u"file"_s},
    });
    kontor::cli::addSyncOptions(parser);
    kontor::cli::addImportOptions(parser);
    parser.addPositionalArgument(u"command"_s, CliContext::tr("What to do (see above)."));
    if (!parser.parse(app.arguments()))
        return cli.usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        cli.out() << parser.helpText() << Qt::flush;
        return kontor::cli::Ok;
    }
    if (parser.isSet(u"version"_s)) {
        cli.out() << u"kontor-cli "_s << QCoreApplication::applicationVersion() << Qt::endl;
        return kontor::cli::Ok;
    }
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    const QString store = parser.value(u"store"_s);
    if (command == u"login")
        return kontor::cli::runLogin(cli, parser);
    if (command == u"import")
        return kontor::cli::runImport(cli, parser, store);
    if (command == u"undo")
        return kontor::cli::runUndo(cli, parser, store);
    if (command == u"sync")
        return kontor::cli::runSync(cli, parser, store);
    if (command == u"accounts" && args.value(1) == u"list" && args.size() == 2)
        return kontor::cli::runAccountsList(cli, parser, store);
    return cli.usage(
        command.isEmpty()
            ? CliContext::tr("Which command? See kontor-cli --help.")
            : CliContext::tr("Unknown command “%1”. See kontor-cli --help.").arg(args.join(u' ')));
}
