#pragma once

#include "rowinterpreter.h"

#include <QStringEncoder>

class QIODevice;

namespace kontor::core {

/// How CsvWriter writes; the default is what German Excel opens without asking: `;`, UTF-8
/// with a byte order mark, CRLF.
struct CsvWriteDialect {
    QChar delimiter = u';';
    bool byteOrderMark = true;
    QLatin1StringView lineEnd{"\r\n"};
};

/// A cell that a spreadsheet would take for a formula (it begins with `=`, `+`, `-`, `@`, a tab
/// or a carriage return) gets an apostrophe in front, so that opening an exported list can run
/// nothing (CSV injection). cleanedCell() removes the apostrophe again on import.
QString neutralizedCsvCell(const QString& cell);

/// Writes rows of text cells as CSV: every cell neutralised (neutralizedCsvCell), quoted when
/// it holds the delimiter, a quote or a line break, quotes doubled.
class CsvWriter {
public:
    explicit CsvWriter(QIODevice* device, CsvWriteDialect dialect = {});

    /// False when the device refused the bytes (errorString() says why).
    bool writeRow(const QStringList& cells);
    QString errorString() const;

private:
    QIODevice* m_device;
    CsvWriteDialect m_dialect;
    QStringEncoder m_encoder{QStringEncoder::Utf8};
    bool m_started = false;
};

/// The account list as CSV (R-BULK-1's way back out): one row per contact of each account, with
/// the account's columns repeated, the custom fields by name, team members by name, and the
/// headers in the application's language. Kontor's import maps these headers automatically,
/// so an exported list can be imported again.
class AccountListCsvWriter {
public:
    AccountListCsvWriter(QIODevice* device, ImportContext context, CsvWriteDialect dialect = {});

    bool writeHeader();
    bool writeAccount(const Account& account);
    QString errorString() const { return m_writer.errorString(); }

private:
    CsvWriter m_writer;
    ImportContext m_context;
};

} // namespace kontor::core
