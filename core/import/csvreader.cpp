#include "csvreader.h"

#include <QIODevice>

#include <array>

using namespace Qt::StringLiterals;

namespace kontor::core {

namespace {

constexpr QChar replacementCharacter(0xFFFD);

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

} // namespace

QChar detectDelimiter(QStringView sample)
{
    constexpr std::array<char16_t, 4> candidates = {u';', u'\t', u',', u'|'};
    constexpr qsizetype maxLines = 30;
    QList<std::array<int, 4>> lines;
    std::array<int, 4> current{};
    bool inQuotes = false;
    for (qsizetype i = 0; i < sample.size() && lines.size() < maxLines; ++i) {
        const QChar c = sample.at(i);
        if (c == u'"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && isLineBreak(c)) {
            if (c == u'\r' && i + 1 < sample.size() && sample.at(i + 1) == u'\n')
                ++i;
            lines.append(current);
            current = {};
        } else if (!inQuotes) {
            for (std::size_t k = 0; k < candidates.size(); ++k) {
                if (c == QChar(candidates[k]))
                    ++current[k];
            }
        }
    }
    if (lines.isEmpty()) // one line without a line break: the sample is all there is
        lines.append(current);

    int best = -1;
    std::pair<int, int> bestScore{-1, -1};
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        const int inHeader = lines.constFirst()[k];
        if (inHeader == 0)
            continue;
        int consistent = 0;
        for (qsizetype l = 1; l < lines.size(); ++l)
            consistent += lines.at(l)[k] == inHeader ? 1 : 0;
        const std::pair<int, int> score{consistent, inHeader};
        if (score > bestScore) {
            bestScore = score;
            best = static_cast<int>(k);
        }
    }
    return best < 0 ? QChar(u';') : QChar(candidates[static_cast<std::size_t>(best)]);
}

CsvReader::CsvReader(QIODevice* device, CsvOptions options)
    : m_device(device)
    , m_options(options)
{
    m_options.chunkSize = qMax<qsizetype>(m_options.chunkSize, 16);
    m_options.maxColumns = qMax<qsizetype>(m_options.maxColumns, 1);
}

bool CsvReader::open()
{
    // A sample of the first chunk decides the encoding and the delimiter.
    QByteArray sample;
    while (sample.size() < m_options.chunkSize) {
        m_chunk.resize(m_options.chunkSize - sample.size());
        const qint64 n = m_device->read(m_chunk.data(), m_chunk.size());
        if (n < 0) {
            fail(0, 0, -1, readFailedViolation(m_device->errorString()));
            return false;
        }
        if (n == 0) {
            m_eof = true;
            break;
        }
        sample.append(m_chunk.constData(), n);
    }
    m_bytesRead = sample.size();
    if (sample.isEmpty()) {
        fail(0, 0, -1, emptyFileViolation());
        return false;
    }

    const DetectedEncoding detected = detectEncoding(sample, m_eof);
    m_dialect.encoding = m_options.encoding.value_or(detected.encoding);
    // ASCII so far: the first chunk with more decides (fill()).
    m_encodingOpen = !m_options.encoding && !m_eof && !detected.decided;
    const qsizetype bom = bomLength(sample, m_dialect.encoding);
    m_dialect.byteOrderMark = bom > 0;
    m_decoder = ChunkDecoder(m_dialect.encoding);
    m_text = m_decoder.decode(QByteArrayView(sample).sliced(bom));
    if (m_eof)
        m_text += m_decoder.finish();
    m_decodeError = m_decoder.hasError();

    skipSepLine();
    if (m_options.delimiter)
        m_dialect.delimiter = *m_options.delimiter;
    else if (!m_dialect.sepLine)
        m_dialect.delimiter = detectDelimiter(QStringView(m_text).sliced(m_pos));
    skipDatevLine();
    if (m_error)
        return false;

    for (;;) {
        startRecord(m_options.maxColumns);
        const Result result = readRecord();
        if (result == Result::Error)
            return false;
        if (result == Result::End) {
            fail(0, 0, -1, emptyFileViolation());
            return false;
        }
        if (!recordIsBlank())
            break;
    }
    m_headerLine = m_recordLine;
    if (m_fieldIndex > m_options.maxColumns) {
        fail(0, m_recordLine, -1,
             Violation({}, code::tooManyColumns,
                       QT_TRANSLATE_NOOP("Validation", "The header has %1 columns; at most %2 "
                                                       "are supported."),
                       {QString::number(m_fieldIndex), QString::number(m_options.maxColumns)}));
        return false;
    }
    m_header.clear();
    for (const QString& name : std::as_const(m_fields))
        m_header.append(name.trimmed());
    return true;
}

void CsvReader::skipSepLine()
{
    // Excel's "sep=;" line names the delimiter and is not part of the data.
    const QStringView text = QStringView(m_text);
    if (text.size() < 5 || !text.startsWith(u"sep=", Qt::CaseInsensitive))
        return;
    const QChar delimiter = text.at(4);
    if (delimiter == u'"' || isLineBreak(delimiter))
        return;
    if (text.size() > 5 && !isLineBreak(text.at(5)))
        return;
    m_dialect.sepLine = true;
    m_dialect.delimiter = delimiter;
    m_pos = 5;
    if (m_pos < text.size()) {
        m_pendingCr = text.at(m_pos) == u'\r';
        ++m_pos;
        ++m_line;
    }
}

void CsvReader::skipDatevLine()
{
    // DATEV's format files start with a line describing the format ("EXTF";700;16;…) before
    // the column header.
    const QStringView rest = QStringView(m_text).sliced(m_pos);
    bool datev = false;
    for (const QStringView marker : {u"EXTF", u"\"EXTF\"", u"DTVF", u"\"DTVF\""}) {
        datev = datev || (rest.startsWith(marker) && rest.size() > marker.size() &&
                          rest.at(marker.size()) == m_dialect.delimiter);
    }
    if (!datev)
        return;
    startRecord(m_options.maxColumns);
    if (readRecord() != Result::Record)
        return;
    m_dialect.datevFormat = m_fields.size() > 3 ? m_fields.at(3).trimmed() : u"EXTF"_s;
}

bool CsvReader::next(SourceRow& row)
{
    if (m_error || m_header.isEmpty())
        return false;
    for (;;) {
        startRecord(m_header.size());
        m_fields.swap(row.values); // reuses the caller's list and its capacity
        m_fields.clear();
        const Result result = readRecord();
        if (result != Result::Record)
            return false;
        if (++m_row > m_options.maxRows) {
            fail(m_row, m_recordLine, -1, tooManyRowsViolation(m_options.maxRows));
            return false;
        }
        if (recordIsBlank())
            continue;
        row.row = m_row;
        row.line = m_recordLine;
        row.issues = recordIssues();
        while (m_fields.size() < m_header.size())
            m_fields.append(QString());
        row.values.swap(m_fields);
        return true;
    }
}

void CsvReader::startRecord(qsizetype storeLimit)
{
    m_state = State::FieldStart;
    m_fields.clear();
    m_field.clear();
    m_fieldIndex = 0;
    m_storeLimit = storeLimit;
    m_recordLength = 0;
    m_recordLine = m_line;
    m_recordStarted = false;
    m_fieldOverflow = false;
    m_rowTooLong = false;
    m_extraHasContent = false;
    m_extraValues = 0;
    m_overlongColumns.clear();
}

CsvReader::Result CsvReader::readRecord()
{
    for (;;) {
        if (m_pos >= m_text.size()) {
            if (fill())
                continue;
            if (m_error)
                return Result::Error;
            if (m_state == State::Quoted) {
                const qint64 row = m_header.isEmpty() ? 0 : m_row + 1;
                fail(row, m_quoteLine, static_cast<int>(m_fieldIndex),
                     Violation({}, code::unterminatedQuote,
                               QT_TRANSLATE_NOOP("Validation",
                                                 "The quote opened in line %1 is never closed; "
                                                 "this row and the rest of the file were not "
                                                 "read."),
                               {QString::number(m_quoteLine)}));
                return Result::Error;
            }
            if (!m_recordStarted)
                return Result::End;
            endField();
            return Result::Record;
        }
        const QChar* const begin = m_text.constData();
        const QChar* const end = begin + m_text.size();
        const QChar* p = begin + m_pos;
        if (m_pendingCr) {
            m_pendingCr = false;
            if (*p == u'\n') {
                ++m_pos;
                continue;
            }
        }
        m_recordStarted = true;
        switch (m_state) {
        case State::FieldStart:
            if (*p == u'"') {
                m_state = State::Quoted;
                m_quoteLine = m_line;
                ++m_pos;
                continue;
            }
            m_state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            const QChar* q = p;
            while (q != end && *q != m_dialect.delimiter && !isLineBreak(*q))
                ++q;
            appendToField(p, q - p);
            m_pos = q - begin;
            if (q == end)
                continue;
            ++m_pos;
            endField();
            if (*q == m_dialect.delimiter) {
                m_state = State::FieldStart;
                continue;
            }
            ++m_line;
            m_pendingCr = *q == u'\r';
            return Result::Record;
        }
        case State::Quoted: {
            const QChar* q = p;
            while (q != end && *q != u'"' && !isLineBreak(*q))
                ++q;
            appendToField(p, q - p);
            m_pos = q - begin;
            if (q == end)
                continue;
            ++m_pos;
            if (*q == u'"') {
                m_state = State::QuoteInQuoted;
            } else {
                // Line breaks inside a value are kept as LF, whatever the file uses.
                ++m_line;
                m_pendingCr = *q == u'\r';
                const QChar lf(u'\n');
                appendToField(&lf, 1);
            }
            continue;
        }
        case State::QuoteInQuoted:
            if (*p == u'"') { // a doubled quote stands for one
                appendToField(p, 1);
                ++m_pos;
                m_state = State::Quoted;
            } else {
                m_state = State::Unquoted; // text after the closing quote is kept as it is
            }
            continue;
        }
    }
}

bool CsvReader::fill()
{
    while (!m_eof) {
        m_chunk.resize(m_options.chunkSize);
        const qint64 n = m_device->read(m_chunk.data(), m_chunk.size());
        if (n < 0) {
            fail(m_row + 1, m_line, -1, readFailedViolation(m_device->errorString()));
            return false;
        }
        m_bytesRead += n;
        m_eof = n == 0;
        const QByteArrayView chunk(m_chunk.constData(), n);
        std::optional<TextEncoding> decided;
        QByteArray probe; // with what the decoder kept back: a cut character waits there
        if (m_encodingOpen && !(m_decoder.pending().isEmpty() && isAscii(chunk))) {
            probe = m_decoder.pending() + chunk.toByteArray();
            decided = decideEncoding(probe, m_eof);
        }
        if (decided) {
            // Everything before was ASCII, which both encodings read alike: a new decoder
            // loses nothing.
            m_encodingOpen = false;
            m_dialect.encoding = *decided;
            m_decoder = ChunkDecoder(m_dialect.encoding);
            m_text = m_decoder.decode(probe);
            if (m_eof)
                m_text += m_decoder.finish();
        } else {
            m_text = m_eof ? m_decoder.finish() : m_decoder.decode(chunk);
        }
        m_pos = 0;
        m_decodeError = m_decoder.hasError();
        if (!m_text.isEmpty())
            return true;
    }
    return false;
}

void CsvReader::appendToField(const QChar* from, qsizetype length)
{
    if (length == 0 || m_rowTooLong || m_fieldOverflow)
        return;
    if (m_fieldIndex >= m_storeLimit) {
        m_extraHasContent = true;
        return;
    }
    if (m_field.size() + length > m_options.maxFieldLength) {
        m_fieldOverflow = true; // the rest of this value is skipped, not kept
        m_overlongColumns.append(static_cast<int>(m_fieldIndex));
        m_recordLength -= m_field.size();
        m_field.clear();
        return;
    }
    m_recordLength += length;
    if (m_recordLength > m_options.maxRowLength) {
        m_rowTooLong = true;
        m_field.clear();
        return;
    }
    m_field.append(from, length);
}

void CsvReader::endField()
{
    if (m_fieldIndex < m_storeLimit)
        m_fields.append(std::exchange(m_field, QString()));
    else if (m_extraHasContent)
        ++m_extraValues;
    m_field.clear();
    m_fieldOverflow = false;
    m_extraHasContent = false;
    ++m_fieldIndex;
}

bool CsvReader::recordIsBlank() const
{
    if (m_extraValues > 0 || m_rowTooLong || !m_overlongColumns.isEmpty())
        return false;
    for (const QString& value : m_fields) {
        if (!value.isEmpty())
            return false;
    }
    return true;
}

RowIssues CsvReader::recordIssues() const
{
    RowIssues issues;
    auto add = [&](int column, Violation violation) {
        issues.append(
            {m_row, m_recordLine, column, m_header.value(column), {}, std::move(violation)});
    };
    if (m_rowTooLong) {
        add(-1, Violation({}, code::rowTooLong,
                          QT_TRANSLATE_NOOP("Validation", "This row is longer than %1 "
                                                          "characters; it was not read."),
                          {QString::number(m_options.maxRowLength)}));
    }
    for (int column : m_overlongColumns) {
        add(column, fieldTooLongViolation(m_options.maxFieldLength));
    }
    if (m_extraValues > 0) {
        add(-1, Violation({}, code::extraValues,
                          QT_TRANSLATE_NOOP("Validation",
                                            "This row has %1 values, but the header has only %2 "
                                            "columns. Is a value containing the delimiter not "
                                            "quoted?"),
                          {QString::number(m_fieldIndex), QString::number(m_header.size())}));
    }
    if (m_decodeError) {
        for (qsizetype i = 0; i < m_fields.size(); ++i) {
            if (m_fields.at(i).contains(replacementCharacter)) {
                add(static_cast<int>(i), invalidEncodingViolation(toWireName(m_dialect.encoding)));
            }
        }
    }
    // Windows-1252 was detected, yet a value holds UTF-8 (a file pieced together from two
    // sources, or UTF-8 only after the part that decided): reported, not stored as "Ã¼".
    if (!m_options.encoding && m_dialect.encoding == TextEncoding::Windows1252) {
        for (qsizetype i = 0; i < m_fields.size(); ++i) {
            if (looksLikeUtf8ReadAsWindows1252(m_fields.at(i))) {
                add(static_cast<int>(i),
                    Violation({}, code::invalidEncoding,
                              QT_TRANSLATE_NOOP("Validation",
                                                "This value looks like UTF-8 read as "
                                                "Windows-1252: the file mixes encodings. Correct "
                                                "the value, or choose the file's encoding and "
                                                "read it again.")));
            }
        }
    }
    return issues;
}

void CsvReader::fail(qint64 row, qint64 line, int column, Violation violation)
{
    m_error = RowIssue{row, line, column, m_header.value(column), {}, std::move(violation)};
}

} // namespace kontor::core
