// libFuzzer target for the vCard reader (issue 7): any bytes must read without a crash, leak,
// undefined behaviour or unbounded memory, give every row the reader's columns, and read the
// same whatever the chunk size.
#include "core/import/automapper.h"
#include "core/import/rowinterpreter.h"
#include "core/import/vcardreader.h"

#include <QBuffer>

#include <cstdlib>

using namespace kontor::core;

namespace {

QList<SourceRow> read(const QByteArray& bytes, qsizetype chunkSize, bool* opened)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    VCardOptions options;
    options.maxLineLength = 512; // small limits, so that the fuzzer reaches them
    options.maxPropertiesPerCard = 40;
    options.maxCards = 200;
    options.chunkSize = chunkSize;
    VCardReader reader(&buffer, options);
    QList<SourceRow> rows;
    *opened = reader.open();
    if (!*opened)
        return rows;
    SourceRow row;
    qint64 lastRow = 0;
    while (reader.next(row)) {
        if (row.values.size() != VCardReader::columnNames().size() || row.row != lastRow + 1)
            std::abort();
        lastRow = row.row;
        rows.append(row);
    }
    return rows;
}

QStringList codes(const RowIssues& issues)
{
    QStringList out;
    for (const RowIssue& issue : issues)
        out.append(issue.code() + QString::number(issue.column) + u':' +
                   QString::number(issue.line));
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    bool opened = false;
    const QList<SourceRow> whole = read(input, 4096, &opened);
    if (!opened)
        return 0;
    bool openedInPieces = false;
    const QList<SourceRow> pieces = read(input, 16, &openedInPieces);
    if (!openedInPieces || pieces.size() != whole.size())
        std::abort();
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (whole.at(i).values != pieces.at(i).values || whole.at(i).line != pieces.at(i).line ||
            codes(whole.at(i).issues) != codes(pieces.at(i).issues))
            std::abort();
    }
    const RowInterpreter interpreter(autoMap(VCardReader::columnNames()), ImportContext{});
    for (const SourceRow& row : whole) {
        for (const RowIssue& issue : interpreter.interpret(row).issues)
            (void)issue.violation.message(nullptr);
    }
    return 0;
}
