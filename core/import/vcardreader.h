#pragma once

#include "rowsource.h"
#include "textencoding.h"

class QIODevice;

namespace kontor::core {

struct VCardProperty;

/// Overrides and limits of the vCard reader.
struct VCardOptions {
    /// Charset of values without a CHARSET parameter. Unset: UTF-8, and Windows-1252 for a value
    /// that is not valid UTF-8 (Outlook writes its 8-bit text that way).
    std::optional<TextEncoding> encoding;
    qsizetype maxLineLength = 1024 * 1024; ///< bytes of one unfolded content line
    qsizetype maxPropertiesPerCard = 5000;
    qint64 maxCards = 10'000'000;
    qsizetype chunkSize = 64 * 1024;
};

/// Reads vCard files, streaming (one or many cards; versions 2.1, 3.0 and 4.0 as Outlook, Google
/// Contacts and Apple Contacts export them): folded lines, quoted-printable values with soft
/// line breaks, CHARSET parameters, escaped characters, groups ("item1.ADR"), a UTF-8 or
/// UTF-16 byte order mark. Each card becomes one row with the fixed columns of columnNames()
/// (names as in Google's CSV, so the same automatic mapping applies): the preferred (else
/// first) email first, the first mobile number in its own column, the preferred (else home,
/// else first) address; Google's system group "myContacts" is not a category. Photos, logos,
/// sounds and keys are skipped without being kept in memory.
/// A card cut off by the end of the file is still a row, with an `unterminated_card` issue.
class VCardReader final : public RowSource {
public:
    enum Column {
        FormattedName,
        FamilyName,
        GivenName,
        AdditionalNames,
        Organization,
        Email1,
        Email2,
        Email3,
        MobilePhone,
        Phone1,
        Phone2,
        Phone3,
        Street,
        City,
        Region,
        PostalCode,
        Country,
        Categories,
        Note,
        Birthday,
        ColumnCount
    };
    static const QStringList& columnNames();

    explicit VCardReader(QIODevice* device, VCardOptions options = {});
    ~VCardReader() override;

    /// Checks that the file starts (after blank lines) with BEGIN:VCARD.
    bool open();

    const QStringList& columns() const override { return columnNames(); }
    bool next(SourceRow& row) override;
    const std::optional<RowIssue>& error() const override { return m_error; }
    qint64 bytesRead() const override { return m_bytesRead; }

private:
    struct Card;

    bool fill();
    bool readPhysicalLine(QByteArray& line, qint64& lineNumber, bool& truncated);
    bool readLogicalLine(QByteArray& line, qint64& lineNumber);
    void takeProperty(Card& card, VCardProperty& property, qint64 lineNumber);
    QString decodeValue(const VCardProperty& property, bool* invalid);
    void finishCard(Card& card, SourceRow& row);
    void fail(qint64 row, qint64 line, Violation violation);

    QIODevice* m_device;
    VCardOptions m_options;
    std::optional<ChunkDecoder> m_transcoder; // UTF-16 files are read as UTF-8
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_bytesRead = 0;
    qint64 m_line = 1;
    bool m_eof = false;
    bool m_pendingCr = false;
    bool m_truncated = false; // the current content line was longer than the limit
    QByteArray m_lookahead;   // the physical line after the current logical one
    qint64 m_lookaheadLine = 0;
    bool m_lookaheadTruncated = false;
    bool m_haveLookahead = false;
    qint64 m_row = 0;
    std::optional<RowIssue> m_error;
};

} // namespace kontor::core
