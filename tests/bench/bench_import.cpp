// Issue 7 benchmark: a generated client list in German Excel's dialect (Windows-1252, ';',
// CRLF, 12 columns, ~130 bytes a row; 1,000,000 rows, 20,000 with --short) read, mapped,
// interpreted and grouped the way an import's two passes do it, with time and peak resident
// memory of each stage printed next to the baseline of just reading the file's bytes.
#include "core/import/accountassembler.h"
#include "core/import/automapper.h"
#include "core/import/csvreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace kontor::core;

namespace {

// Peak resident memory so far, in MB (VmHWM); resetPeak() starts a new measurement.
double peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

void resetPeak()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

const char* const firstNames[] = {"Jürgen", "Anna",  "Björn", "Ümit",  "Sören", "Käthe",
                                  "Thomas", "Heike", "Ralf",  "Petra", "Zoë",   "Maximilian"};
const char* const lastNames[] = {"Müller", "Schmidt",  "Weiß",   "Größe",   "Özdemir",  "Schäfer",
                                 "Becker", "Hoffmann", "Wagner", "Neumann", "von Bülow"};
const char* const streets[] = {"Königsbrücker Straße", "Hauptstraße", "Am Markt",
                               "Bergstraße",           "Lindenallee", "Schloßstraße"};
const char* const cities[] = {"Dresden", "Leipzig", "Chemnitz", "Görlitz", "Bautzen", "Zwickau"};

// Writes @p rows data rows; accounts of 1–3 contacts, every 40th row a contact seen before on
// another account, company names with ';' (quoted).
qint64 generate(const QString& path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    QStringEncoder cp1252("windows-1252");
    QString text = u"Mandantennummer;Konto;Typ;Firmenname;Vorname;Nachname;E-Mail;Telefon;"
                   u"Straße;PLZ;Ort;Schlagwörter\r\n"_s;
    int account = 0;
    int left = 0;
    bool company = false;
    for (int row = 1; row <= rows; ++row) {
        if (left == 0) {
            ++account;
            left = 1 + account % 3;
            company = account % 4 == 0;
        }
        --left;
        const int person = row % 40 == 0 ? row - 17 : row; // seen before: linked
        const QString first = QString::fromUtf8(firstNames[person % 12]);
        const QString last = QString::fromUtf8(lastNames[(person / 12) % 11]);
        const QString number = u"%1"_s.arg(account, 6, 10, QChar(u'0'));
        const QString name =
            company ? u"\"%1 & Söhne; GmbH %2\""_s.arg(last, number) : u"%1 %2"_s.arg(last, number);
        text += number + u';' + name + u';' + (company ? u"Unternehmen"_s : u"Einzelperson"_s) +
                u';' + (company ? name : QString()) + u';' + first + u';' + last + u';' +
                u"k%1@mandant%2.de"_s.arg(person).arg(person % 997) + u';' +
                u"0351 %1"_s.arg(1000000 + person % 8999999) + u';' +
                QString::fromUtf8(streets[row % 6]) + u' ' + QString::number(row % 200 + 1) + u';' +
                u"0%1"_s.arg(1000 + row % 9000) + u';' + QString::fromUtf8(cities[row % 6]) + u';' +
                (row % 3 ? u"Mandant,Lohn"_s : u"Mandant"_s) + u"\r\n"_s;
        if (text.size() > 1 << 20) {
            file.write(cp1252(text));
            text.clear();
        }
    }
    file.write(cp1252(text));
    return file.size();
}

// CPU seconds of all threads so far: on a shared machine, wall time alone says little.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Stage {
    double seconds = 0;
    double cpu = 0;
    double peakMb = 0;
};

void print(const char* what, const Stage& stage, const Stage& baseline, qint64 bytes, int rows)
{
    std::printf("%-46s %7.2f s (cpu %6.2f s)  %8.0f rows/s  %7.1f MB/s  x%-7.1f  peak RSS %6.1f MB "
                "(+%.1f)\n",
                what, stage.seconds, stage.cpu, rows / stage.seconds, bytes / 1e6 / stage.seconds,
                stage.seconds / baseline.seconds, stage.peakMb, stage.peakMb - baseline.peakMb);
}

template <typename Body> Stage measure(Body body)
{
    resetPeak();
    QElapsedTimer timer;
    timer.start();
    const double cpu = cpuSeconds();
    body();
    return {timer.nsecsElapsed() / 1e9, cpuSeconds() - cpu, peakRssMb()};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool shortRun = app.arguments().contains(u"--short"_s);
    const int rows = shortRun ? 20'000 : 1'000'000;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mandanten.csv"_s);
    const qint64 bytes = generate(path, rows);
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
