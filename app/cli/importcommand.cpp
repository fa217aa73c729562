#include "importcommand.h"

#include "app/import/importreport.h"

#include "core/import/importmapping.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kontor::cli {

namespace {

void printCounts(QTextStream& out, const app::ImportCounts& c)
{
    out << CliContext::tr(
               "Rows: %1 · accounts to create: %2 · contacts to create: %3 · links: %4 · "
               "updates: %5 · skipped: %6 · rows with errors: %7")
               .arg(c.rows)
               .arg(c.accountsCreate)
               .arg(c.contactsCreate)
               .arg(c.link)
               .arg(c.update)
               .arg(c.skip)
               .arg(c.errorRows)
        << Qt::endl;
}

void printIssues(QTextStream& out, const core::RowIssues& issues)
{
    constexpr qsizetype shown = 20;
    for (qsizetype i = 0; i < issues.size() && i < shown; ++i) {
        const core::RowIssue& issue = issues.at(i);
        const QString where =
            issue.row > 0 ? CliContext::tr("Row %1").arg(issue.row) : CliContext::tr("File");
        const QString column = issue.header.isEmpty() ? QString() : u" („%1“)"_s.arg(issue.header);
        out << where << column << u": "_s << issue.message() << u" ["_s << issue.code() << u"]"_s
            << Qt::endl;
    }
    if (issues.size() > shown)
        out << CliContext::tr("… and %1 more.").arg(issues.size() - shown) << Qt::endl;
}

} // namespace

void addImportOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {u"mapping"_s, CliContext::tr("Use the column mapping saved in <file> (JSON)."), u"file"_s},
        {u"save-mapping"_s, CliContext::tr("Save the column mapping used to <file> for next time."),
         u"file"_s},
        {u"dry-run"_s, CliContext::tr("Only plan: show what would happen, change nothing.")},
        {u"on-duplicate"_s,
         CliContext::tr(
             "What to do with accounts and contacts that exist already: skip (default), update "
             "or create."),
         u"skip|update|create"_s},
        {u"delimiter"_s, CliContext::tr("The CSV delimiter (detected otherwise)."), u"char"_s},
        {u"encoding"_s,
         CliContext::tr("The file's encoding: utf-8, utf-16le, utf-16be, windows-1252."),
         u"name"_s},
        {u"batch-rows"_s, CliContext::tr("Rows per batch (one operation for the server)."), u"n"_s},
        {u"errors-csv"_s, CliContext::tr("Write the rows with errors to <file> (CSV)."), u"file"_s},
    });
}

int runImport(CliContext& cli, const QCommandLineParser& parser, const QString& storePath)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return cli.usage(CliContext::tr("Usage: kontor-cli import FILE [options]"));
    app::ImportSettings settings;
    settings.filePath = QFileInfo(args.at(1)).absoluteFilePath();
    if (parser.isSet(u"on-duplicate"_s)) {
        const std::optional<app::DuplicateChoice> choice =
            app::duplicateChoiceFromWireName(parser.value(u"on-duplicate"_s));
        if (!choice)
            return cli.usage(CliContext::tr("--on-duplicate takes skip, update or create."));
        settings.choices = {*choice, *choice};
    }
    if (parser.isSet(u"delimiter"_s)) {
        QString delimiter = parser.value(u"delimiter"_s);
        if (delimiter == u"\\t" || delimiter == u"tab")
            delimiter = u"\t"_s;
        if (delimiter.size() != 1)
            return cli.usage(CliContext::tr("--delimiter takes one character."));
        settings.delimiter = delimiter.at(0);
    }
    if (parser.isSet(u"encoding"_s)) {
        settings.encoding = core::textEncodingFromName(parser.value(u"encoding"_s));
        if (!settings.encoding)
            return cli.usage(
                CliContext::tr("Unknown encoding “%1”.").arg(parser.value(u"encoding"_s)));
    }
    if (parser.isSet(u"batch-rows"_s)) {
        bool ok = false;
        settings.batchRows = parser.value(u"batch-rows"_s).toInt(&ok);
        if (!ok || settings.batchRows < 1 || settings.batchRows > 5000)
            return cli.usage(CliContext::tr("--batch-rows takes a number from 1 to 5000."));
    }
    if (parser.isSet(u"mapping"_s)) {
        QFile file(parser.value(u"mapping"_s));
        if (!file.open(QIODevice::ReadOnly))
            return cli.usage(
                CliContext::tr("The mapping file “%1” cannot be read.").arg(file.fileName()));
        const core::Decoded<core::ImportMapping> mapping =
            core::decodeImportMapping(file.readAll());
        if (!mapping.ok()) {
            return cli.usage(CliContext::tr("The mapping file “%1” is not a Kontor mapping: %2")
                                 .arg(file.fileName(), mapping.errors.constFirst().message()));
        }
        settings.mapping = mapping.value;
    }

    app::LocalStore* store = cli.openStore(storePath);
    if (!store)
        return Unusable;
    const bool dryRun = parser.isSet(u"dry-run"_s);
    const bool json = parser.isSet(u"json"_s);
    app::PlanOptions options;
    options.keepRows = !dryRun;
    options.cacheDirectory = QFileInfo(store->path()).absolutePath();
    core::RowIssue failure;
    const std::unique_ptr<app::ImportPlan> plan =
        app::ImportPlan::make(store->database(), settings, options, nullptr, &failure);
    if (!plan) {
        if (json) {
            cli.out() << QJsonDocument(app::ImportReport::failure(settings.filePath, failure))
                             .toJson(QJsonDocument::Compact)
                      << Qt::endl;
        }
        return cli.usage(failure.message());
    }
    if (parser.isSet(u"save-mapping"_s)) {
        QFile file(parser.value(u"save-mapping"_s));
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(QJsonDocument(core::toJson(*plan->settings().mapping)).toJson()) < 0) {
            return cli.usage(
                CliContext::tr("The mapping cannot be saved to “%1”.").arg(file.fileName()));
        }
    }
    if (parser.isSet(u"errors-csv"_s)) {
        QFile file(parser.value(u"errors-csv"_s));
        if (!file.open(QIODevice::WriteOnly) || !app::ImportReport::writeErrorCsv(&file, *plan)) {
            return cli.usage(
                CliContext::tr("The errors cannot be written to “%1”.").arg(file.fileName()));
        }
    }
    // A read error before the first data row or in it (a quote there never closed) leaves
    // nothing readable: that is the file's fault, like an empty one. (The row where reading
    // stopped counts as a row with an error.)
    const bool unreadable = plan->readError().has_value() &&
                            plan->counts().rows == (plan->readError()->row > 0 ? 1 : 0);
    const bool unusable = !plan->mappingIssues().isEmpty() || unreadable;
    const bool rowErrors = plan->counts().errorRows > 0 || plan->readError().has_value();

    if (unusable && !json) {
        cli.err() << u"kontor-cli: "_s
                  << (unreadable
                          ? plan->readError()->message()
                          : CliContext::tr("No row can be imported with this column mapping."))
                  << Qt::endl;
    }
    if (dryRun || unusable) {
        if (json) {
            cli.out()
                << QJsonDocument(app::ImportReport::plan(*plan)).toJson(QJsonDocument::Compact)
                << Qt::endl;
        } else {
            printCounts(cli.out(), plan->counts());
            printIssues(cli.out(), plan->allIssues());
        }
        return unusable ? Unusable : rowErrors ? Partly : Ok;
    }

    const app::ImportResult result = app::importrun::run(store->database(), *plan);
    if (json) {
        cli.out() << QJsonDocument(app::ImportReport::result(*plan, result))
                         .toJson(QJsonDocument::Compact)
                  << Qt::endl;
    } else {
        printIssues(cli.out(), plan->allIssues());
        if (result.status == app::ImportStatus::Done) {
            cli.out()
                << CliContext::tr("Imported (import %1):").arg(core::toWireId(result.importId))
                << Qt::endl;
            printCounts(cli.out(), result.counts);
            cli.out() << CliContext::tr("Run “kontor-cli sync” to send it to the server.")
                      << Qt::endl;
        } else {
            cli.err() << CliContext::tr("The import stopped: %1").arg(result.error) << Qt::endl;
        }
    }
    if (result.status != app::ImportStatus::Done)
        return Partly;
    return rowErrors ? Partly : Ok;
}

int runUndo(CliContext& cli, const QCommandLineParser& parser, const QString& storePath)
{
    const QStringList args = parser.positionalArguments();
    const QUuid id = QUuid::fromString(args.value(1));
    if (args.size() != 2 || id.isNull())
        return cli.usage(CliContext::tr("Usage: kontor-cli undo IMPORT_ID"));
    app::LocalStore* store = cli.openStore(storePath);
    if (!store)
        return Unusable;
    const app::ImportResult result = app::importrun::undo(store->database(), id);
    if (parser.isSet(u"json"_s)) {
        QJsonObject o = app::toJson(result.counts);
        o.insert(u"import_id"_s, core::toWireId(id));
        o.insert(u"status"_s, app::toWireName(result.status));
        cli.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else if (result.status == app::ImportStatus::Undone) {
        cli.out() << CliContext::tr(
                         "Undone: %1 accounts and %2 contacts removed, %3 links removed, %4 "
                         "records restored.")
                         .arg(result.counts.accountsCreate)
                         .arg(result.counts.contactsCreate)
                         .arg(result.counts.link)
                         .arg(result.counts.update)
                  << Qt::endl;
    }
    if (!result.error.isEmpty())
        return cli.usage(result.error);
    return result.status == app::ImportStatus::Undone ? Ok : Partly;
}

} // namespace kontor::cli
