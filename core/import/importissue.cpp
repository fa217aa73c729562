#include "importissue.h"

using namespace Qt::StringLiterals;

namespace kontor::core {

Violation emptyFileViolation()
{
    return Violation({}, code::emptyFile, QT_TRANSLATE_NOOP("Validation", "The file is empty."));
}

Violation readFailedViolation(const QString& reason)
{
    return Violation({}, code::readFailed,
                     QT_TRANSLATE_NOOP("Validation", "The file could not be read: %1"), {reason});
}

Violation tooManyRowsViolation(qint64 maximum)
{
    return Violation({}, code::tooManyRows,
                     QT_TRANSLATE_NOOP("Validation",
                                       "The file has more than %1 rows; split it into smaller "
                                       "files."),
                     {QString::number(maximum)});
}

Violation fieldTooLongViolation(qsizetype maximum)
{
    return Violation({}, code::fieldTooLong,
                     QT_TRANSLATE_NOOP("Validation", "This value is longer than %1 characters; "
                                                     "it was not read."),
                     {QString::number(maximum)});
}

Violation invalidEncodingViolation(const QString& encoding)
{
    return Violation({}, code::invalidEncoding,
                     QT_TRANSLATE_NOOP("Validation",
                                       "This value has bytes that are not valid %1. Choose the "
                                       "file's encoding (for example Windows-1252) and read it "
                                       "again."),
                     {encoding});
}

QJsonObject toJson(const RowIssue& issue, const QTranslator* translator)
{
    return {{u"row"_s, issue.row},     {u"line"_s, issue.line},
            {u"field"_s, issue.field}, {u"column"_s, issue.header},
            {u"code"_s, issue.code()}, {u"message"_s, issue.violation.message(translator)}};
}

} // namespace kontor::core
