#pragma once

#include "importissue.h"

#include <QStringList>

#include <optional>

namespace kontor::core {

/// One data row of an import file, as text: CSV records and vCards alike.
struct SourceRow {
    qint64 row = 0;     ///< 1-based data row number (the header not counted)
    qint64 line = 0;    ///< 1-based line of the file where the row starts
    QStringList values; ///< one value per column of RowSource::columns(), never fewer
    RowIssues issues;   ///< what the reader found wrong in this row (a value too long, …)
};

/// A file being read row by row: a CSV file or a vCard file. The column names and the values
/// are text, so mapping and interpretation treat both alike.
class RowSource {
public:
    virtual ~RowSource() = default;

    /// The header of a CSV file, or the fixed columns of the vCard reader.
    virtual const QStringList& columns() const = 0;
    /// Reads the next row into @p row. False at the end of the file and after a fatal error.
    virtual bool next(SourceRow& row) = 0;
    /// The error that stopped reading (a quote never closed, a read error…), if any.
    virtual const std::optional<RowIssue>& error() const = 0;
    /// Bytes consumed so far, for progress.
    virtual qint64 bytesRead() const = 0;
};

} // namespace kontor::core
