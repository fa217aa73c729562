// libFuzzer target for the CSV reader (issue 7): any bytes must read without a crash, leak,
// undefined behaviour or unbounded memory, give every row as many values as the header has
// columns, and read the same whatever the chunk size. The rows then go through the automatic
// mapping, interpretation and grouping.
#include "core/import/accountassembler.h"
#include "core/import/automapper.h"
#include "core/import/csvreader.h"

#include <QBuffer>

#include <cstdlib>

using namespace kontor::core;

namespace {

struct Read {
    bool opened = false;
    CsvDialect dialect;
    QStringList columns;
    QList<SourceRow> rows;
    std::optional<RowIssue> error;
};

Read read(const QByteArray& bytes, CsvOptions options)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    Read result;
    result.opened = reader.open();
    result.error = reader.error();
    if (!result.opened)
        return result;
    result.dialect = reader.dialect();
    result.columns = reader.columns();
    SourceRow row;
    qint64 lastRow = 0;
    qint64 lastLine = 0;
    while (reader.next(row)) {
        if (row.values.size() != result.columns.size() || row.row <= lastRow ||
            row.line <= lastLine || row.line < reader.headerLine())
            std::abort();
        lastRow = row.row;
        lastLine = row.line;
        result.rows.append(row);
    }
    result.error = reader.error();
    return result;
}

// Values without U+FFFD: how many replacement characters Qt's decoder makes of invalid bytes
// differs when a chunk ends inside them (such values carry an invalid_encoding issue anyway).
QStringList withoutReplacements(QStringList values)
{
    for (QString& value : values)
        value.remove(QChar(0xFFFD));
    return values;
}

// Issue codes that do not depend on where chunks end (invalid bytes are noticed per chunk).
QStringList stableCodes(const RowIssues& issues)
{
    QStringList codes;
    for (const RowIssue& issue : issues) {
        if (issue.code() != code::invalidEncoding)
            codes.append(issue.code() + QString::number(issue.column));
    }
    return codes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    CsvOptions options;
    options.maxFieldLength = 300; // small limits, so that the fuzzer reaches them
    options.maxRowLength = 2000;
    options.maxColumns = 64;
    options.maxRows = 500;
    options.chunkSize = 4096;
    const Read whole = read(input, options);
    if (!whole.opened)
        return 0;

    options.chunkSize = 64;
    options.encoding = whole.dialect.encoding;
    options.delimiter = whole.dialect.delimiter;
    const Read pieces = read(input, options);
    if (withoutReplacements(pieces.columns) != withoutReplacements(whole.columns) ||
        pieces.rows.size() != whole.rows.size() ||
        pieces.error.has_value() != whole.error.has_value())
        std::abort();
    for (qsizetype i = 0; i < whole.rows.size(); ++i) {
        const SourceRow& a = whole.rows.at(i);
        const SourceRow& b = pieces.rows.at(i);
        if (a.row != b.row || a.line != b.line ||
            withoutReplacements(a.values) != withoutReplacements(b.values) ||
            stableCodes(a.issues) != stableCodes(b.issues))
            std::abort();
    }

    const RowInterpreter interpreter(autoMap(whole.columns), ImportContext{});
    ImportIndex index(&interpreter);
    QList<InterpretedRow> rows;
    for (const SourceRow& source : whole.rows) {
        rows.append(interpreter.interpret(source));
        index.add(rows.last());
        for (const RowIssue& issue : rows.last().issues)
            (void)issue.violation.message(nullptr);
    }
    AccountAssembler assembler(&index, QUuid());
    for (const InterpretedRow& row : std::as_const(rows))
        (void)assembler.add(row);
    if (!assembler.finish().isEmpty()) // every account completes at its last row
        std::abort();
    return 0;
}
