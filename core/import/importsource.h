#pragma once

#include "csvreader.h"
#include "vcardreader.h"

#include <memory>

namespace kontor::core {

enum class SourceFormat { Auto, Csv, VCard };

/// How to open an import file; Auto looks at its first bytes.
struct ImportSourceOptions {
    SourceFormat format = SourceFormat::Auto;
    CsvOptions csv;
    VCardOptions vcard;
};

/// An opened import file, or why it could not be opened.
struct OpenedSource {
    std::unique_ptr<RowSource> source; ///< null when opening failed
    SourceFormat format = SourceFormat::Csv;
    std::optional<RowIssue> error;
    /// The CSV reader behind source (its dialect), when the file is CSV.
    const CsvReader* csv() const;
};

/// Opens @p device (which must outlive the source) as a vCard file when it begins with
/// BEGIN:VCARD (after a BOM and blank lines) and as CSV otherwise, unless the options say.
OpenedSource openImportSource(QIODevice* device, const ImportSourceOptions& options = {});

} // namespace kontor::core
