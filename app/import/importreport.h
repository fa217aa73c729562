#pragma once

#include "importrunner.h"

class QIODevice;

namespace kontor::app {

/// The plan or outcome of an import as a script reads it (kontor-cli --json) and the errors as
/// a spreadsheet reads them.
class ImportReport {
    Q_DECLARE_TR_FUNCTIONS(kontor::app::ImportReport)

public:
    /// `{"import_id", "file", "status": "planned", "rows", "accounts_create",
    /// "contacts_create", "link", "update", "skip", "error_rows", "duplicates": {"accounts",
    /// "contacts"}, "errors": [{"row", "line", "field", "column", "code", "message"}],
    /// "errors_truncated"}`; `row` is the data row (the header not counted), 0 for the file
    /// or the mapping as a whole.
    static QJsonObject plan(const ImportPlan& plan);
    /// The same shape with what the run did and its status ("done", "cancelled", "failed").
    static QJsonObject result(const ImportPlan& plan, const ImportResult& result);
    /// The same shape for a file that could not be planned at all (ImportPlan::make's
    /// failure): status "failed", every count 0, @p failure the one error, no "import_id".
    static QJsonObject failure(const QString& filePath, const core::RowIssue& failure);

    /// Every issue of the plan as CSV in German Excel's dialect: row, line, column, field,
    /// code, message.
    static bool writeErrorCsv(QIODevice* device, const ImportPlan& plan, QString* error = nullptr);
};

} // namespace kontor::app
