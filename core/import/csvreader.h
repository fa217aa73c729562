#pragma once

#include "rowsource.h"
#include "textencoding.h"

class QIODevice;

namespace kontor::core {

/// How a CSV file is written. CsvReader::open() finds it unless CsvOptions fix parts of it.
struct CsvDialect {
    QChar delimiter = u';';
    TextEncoding encoding = TextEncoding::Utf8;
    bool byteOrderMark = false;
    bool sepLine = false; ///< the file began with Excel's "sep=;" line
    /// The format name of a DATEV header line ("EXTF";700;16;"Debitoren/Kreditoren";…) that
    /// preceded the column header; empty when there was none.
    QString datevFormat;
};

/// Overrides of detection, and the limits that keep a hostile file from taking unbounded
/// memory: a value, a row, the header and the file each have a maximum size.
struct CsvOptions {
    std::optional<QChar> delimiter;
    std::optional<TextEncoding> encoding;
    qsizetype maxFieldLength = 100'000; ///< characters of one value
    qsizetype maxRowLength = 1'000'000; ///< characters of one row, all values together
    qsizetype maxColumns = 1000;        ///< columns of the header
    qint64 maxRows = 10'000'000;
    qsizetype chunkSize = 64 * 1024; ///< bytes read at a time
};

/// The delimiter a CSV sample uses: `;`, tab, `,` or `|`, whichever occurs outside quotes in
/// the first line and in the same number on most of the following lines. `;` (German Excel)
/// when none occurs.
QChar detectDelimiter(QStringView sample);

/// Reads CSV as spreadsheets and other programs write it (RFC 4180 quoting with delimiters,
/// doubled quotes and line breaks inside quotes; CRLF, LF or CR; UTF-8 with or without BOM,
/// UTF-16 with BOM, Windows-1252), streaming: only one chunk of the file and one row are in
/// memory at a time. Values stay text. The first non-blank row is the header; blank rows are
/// skipped but counted, so row numbers match what a spreadsheet shows (row + 1).
///
/// Defined results for broken input: a row with fewer values than the header is filled up with
/// empty ones; extra non-empty values, a value or row over its limit and bytes that are not
/// valid in the file's encoding become issues of that row (reading goes on); a quote that is
/// never closed, too many header columns or rows, and read errors stop reading with error().
/// A quote inside an unquoted value, and text after a closing quote, are kept as they are.
class CsvReader final : public RowSource {
public:
    explicit CsvReader(QIODevice* device, CsvOptions options = {});

    /// Reads enough of the file to find its dialect, then the header. False (see error()) for
    /// an empty file, a file without a header, and the stopping errors above. When the first
    /// chunk is ASCII only and no encoding is given, the first chunk with other bytes decides
    /// the encoding, so dialect() is final only after the last row.
    bool open();
    const CsvDialect& dialect() const { return m_dialect; }
    /// 1-based line of the header.
    qint64 headerLine() const { return m_headerLine; }

    const QStringList& columns() const override { return m_header; }
    bool next(SourceRow& row) override;
    const std::optional<RowIssue>& error() const override { return m_error; }
    qint64 bytesRead() const override { return m_bytesRead; }

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    enum class Result { Record, End, Error };

    Result readRecord();
    void startRecord(qsizetype storeLimit);
    bool fill();
    void appendToField(const QChar* from, qsizetype length);
    void endField();
    bool recordIsBlank() const;
    RowIssues recordIssues() const;
    void fail(qint64 row, qint64 line, int column, Violation violation);
    void skipSepLine();
    void skipDatevLine();

    QIODevice* m_device;
    CsvOptions m_options;
    CsvDialect m_dialect;
    ChunkDecoder m_decoder;
    QByteArray m_chunk;
    QString m_text; // decoded text of the current chunk
    qsizetype m_pos = 0;
    qint64 m_bytesRead = 0;
    qint64 m_line = 1;
    bool m_eof = false;
    bool m_pendingCr = false;    // a CR ended the last line; an LF right after belongs to it
    bool m_decodeError = false;  // the decoder met bytes invalid in the encoding
    bool m_encodingOpen = false; // only ASCII read so far and no encoding given: not decided

    // The record being read.
    State m_state = State::FieldStart;
    QStringList m_fields;
    QString m_field;
    qsizetype m_fieldIndex = 0;
    qsizetype m_storeLimit = 0; // values beyond are only checked for content
    qsizetype m_recordLength = 0;
    qint64 m_recordLine = 0;
    qint64 m_quoteLine = 0;
    bool m_recordStarted = false;
    bool m_fieldOverflow = false;
    bool m_rowTooLong = false;
    bool m_extraHasContent = false;
    qsizetype m_extraValues = 0;
    QList<int> m_overlongColumns;

    QStringList m_header;
    qint64 m_headerLine = 0;
    qint64 m_row = 0;
    std::optional<RowIssue> m_error;
};

} // namespace kontor::core
