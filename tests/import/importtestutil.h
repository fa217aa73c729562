#pragma once

// Helpers shared by the import tests: read a whole source into memory (fine for test files).
#include "core/import/csvreader.h"
#include "core/import/rowsource.h"

#include <QBuffer>
#include <QFile>
#include <QStringList>

namespace kontor::test {

struct ReadResult {
    QStringList columns;
    QList<core::SourceRow> rows;
    std::optional<core::RowIssue> error;
    core::CsvDialect dialect;
};

inline ReadResult readAll(core::RowSource& source)
{
    ReadResult result;
    result.columns = source.columns();
    core::SourceRow row;
    while (source.next(row))
        result.rows.append(row);
    result.error = source.error();
    return result;
}

inline ReadResult readCsv(const QByteArray& bytes, const core::CsvOptions& options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    core::CsvReader reader(&buffer, options);
    ReadResult result;
    if (!reader.open()) {
        result.error = reader.error();
        return result;
    }
    result = readAll(reader);
    result.dialect = reader.dialect();
    return result;
}

inline QByteArray dataFile(const QString& name)
{
    QFile file(QStringLiteral(KONTOR_IMPORT_DATA) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data file %s", qPrintable(name));
    return file.readAll();
}

inline QStringList issueCodes(const core::RowIssues& issues)
{
    QStringList codes;
    for (const core::RowIssue& issue : issues)
        codes.append(issue.code());
    return codes;
}

} // namespace kontor::test
