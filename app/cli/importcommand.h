#pragma once

#include "clicontext.h"

namespace kontor::cli {

void addImportOptions(QCommandLineParser& parser);
/// `import FILE [--mapping M] [--dry-run] [--on-duplicate skip|update|create] [--json] …`:
/// plans, then (unless --dry-run) runs. Exit 0 when every row went through, 1 when some rows
/// had errors (or the run stopped), 2 when the file, the mapping or the usage was unusable.
int runImport(CliContext& cli, const QCommandLineParser& parser, const QString& storePath);
/// `undo IMPORT_ID`: "Rückgängig machen" for scripts.
int runUndo(CliContext& cli, const QCommandLineParser& parser, const QString& storePath);

} // namespace kontor::cli
