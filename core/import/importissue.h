#pragma once

#include "core/violation.h"

#include <QJsonObject>

class QTranslator;

namespace kontor::core {

// Codes of problems only an import has; they travel in the same `code` field as the rule codes
// of core/violation.h (a CLI's `--json` report, the error CSV).
namespace code {
inline constexpr QLatin1StringView emptyFile{"empty_file"};
inline constexpr QLatin1StringView unknownFormat{"unknown_format"};
inline constexpr QLatin1StringView readFailed{"read_failed"};
inline constexpr QLatin1StringView unterminatedQuote{"unterminated_quote"};
inline constexpr QLatin1StringView unterminatedCard{"unterminated_card"};
inline constexpr QLatin1StringView fieldTooLong{"field_too_long"};
inline constexpr QLatin1StringView rowTooLong{"row_too_long"};
inline constexpr QLatin1StringView tooManyColumns{"too_many_columns"};
inline constexpr QLatin1StringView tooManyRows{"too_many_rows"};
inline constexpr QLatin1StringView extraValues{"extra_values"};
inline constexpr QLatin1StringView invalidEncoding{"invalid_encoding"};
inline constexpr QLatin1StringView conflictingValue{"conflicting_value"};
inline constexpr QLatin1StringView unmappedName{"unmapped_name"};
} // namespace code

/// One problem of an import, tied to its place in the source file: which data row (the header
/// not counted), which source line, which column and which import field. A reader's problem
/// with the file as a whole has row 0.
struct RowIssue {
    qint64 row = 0;  ///< 1-based data row; 0 for the file or the mapping as a whole
    qint64 line = 0; ///< 1-based line of the source where the row starts; 0 when unknown
    int column = -1; ///< 0-based source column, -1 when the problem is not in one column
    QString header;  ///< the source column's header
    QString field;   ///< the import field's key ("email", "account_custom_field:Steuer-ID")
    Violation violation;

    const QString& code() const { return violation.code(); }
    QString message() const { return violation.message(); }
};
using RowIssues = QList<RowIssue>;

// Problems both readers report.
Violation emptyFileViolation();
Violation readFailedViolation(const QString& reason);
Violation tooManyRowsViolation(qint64 maximum);
Violation fieldTooLongViolation(qsizetype maximum);
Violation invalidEncodingViolation(const QString& encoding);

/// `{"row", "line", "field", "column", "code", "message"}`: `column` is the header text.
QJsonObject toJson(const RowIssue& issue, const QTranslator* translator = nullptr);

} // namespace kontor::core
