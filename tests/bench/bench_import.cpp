// Issue 7 benchmark: a generated client list in German Excel's dialect (Windows-1252, ';',
// CRLF, 12 columns, ~130 bytes a row; 1,000,000 rows, 20,000 with --short) read, mapped,
// interpreted and grouped the way an import's two passes do it, with time and peak resident
// memory of each stage printed next to the baseline of just reading the file's bytes.
#include "core/import/accountassembler.h"
#include "core/import/automapper.h"
#include "core/import/csvreader.h"

#include "importgenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace kontor::core;
using namespace kontor::bench;

namespace {

void print(const char* what, const Stage& stage, const Stage& baseline, qint64 bytes, int rows)
{
    std::printf("%-46s %7.2f s (cpu %6.2f s)  %8.0f rows/s  %7.1f MB/s  x%-7.1f  peak RSS %6.1f MB "
                "(+%.1f)\n",
                what, stage.seconds, stage.cpu, rows / stage.seconds, bytes / 1e6 / stage.seconds,
                stage.seconds / baseline.seconds, stage.peakMb, stage.peakMb - baseline.peakMb);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool shortRun = app.arguments().contains(u"--short"_s);
    const int rows = shortRun ? 20'000 : 1'000'000;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mandanten.csv"_s);
    const qint64 bytes = generateClientList(path, rows);
    if (bytes <= 0)
        return 1;
    std::printf("bench_import: %d rows, %.1f MB (German Excel: windows-1252, ';', CRLF, 12 "
                "columns)%s\n",
                rows, bytes / 1e6, shortRun ? " [--short]" : "");

    const Stage baseline = measure([&] {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        QByteArray chunk(64 * 1024, Qt::Uninitialized);
        while (file.read(chunk.data(), chunk.size()) > 0) {
        }
    });
    print("baseline: read the bytes", baseline, baseline, bytes, rows);

    int read = 0;
    const Stage csv = measure([&] {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        CsvReader reader(&file);
        reader.open();
        SourceRow row;
        while (reader.next(row))
            ++read;
    });
    print("CSV reader", csv, baseline, bytes, rows);

    ImportContext context;
    CustomFieldDefinition number;
    number.id = QUuid::createUuid();
    number.name = u"Mandantennummer"_s;
    context.customFields = {number};
    std::optional<RowInterpreter> interpreter;
    std::optional<ImportIndex> index;
    int errors = 0;
    const Stage first = measure([&] {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        CsvReader reader(&file);
        reader.open();
        interpreter.emplace(autoMap(reader.columns(), context.customFields), context);
        index.emplace(&*interpreter);
        SourceRow source;
        while (reader.next(source)) {
            InterpretedRow row = interpreter->interpret(source);
            index->add(row);
            errors += row.issues.isEmpty() ? 0 : 1;
        }
    });
    print("first pass: read, map, interpret, group", first, baseline, bytes, rows);

    qint64 accounts = 0;
    qint64 linked = 0;
    const Stage second = measure([&] {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        CsvReader reader(&file);
        reader.open();
        AccountAssembler assembler(&*index, QUuid::createUuid());
        SourceRow source;
        auto count = [&](const QList<ImportedAccount>& done) {
            for (const ImportedAccount& account : done) {
                ++accounts;
                for (const AccountContact& entry : account.account.contacts)
                    linked += entry.existingContactId ? 1 : 0;
            }
        };
        while (reader.next(source))
            count(assembler.add(interpreter->interpret(source, RowInterpreter::Rules::Skip)));
        count(assembler.finish());
    });
    print("second pass: read, interpret, assemble", second, baseline, bytes, rows);

    std::printf("rows read %d, rows with issues %d, accounts %lld (index: %lld), contacts %lld, "
                "links %lld (assembled: %lld)\n",
                read, errors, accounts, index->accountCount(), index->contactCount(),
                index->linkCount(), linked);
    // The figures are only meaningful when everything was read and understood.
    const bool complete = read == rows && errors == 0 && accounts == index->accountCount() &&
                          linked == index->linkCount();
    return complete ? 0 : 1;
}
