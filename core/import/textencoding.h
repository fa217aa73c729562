#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <optional>

namespace kontor::core {

/// The encodings import files come in: UTF-8 (with or without BOM), UTF-16 with a BOM, and
/// Windows-1252, which German Excel writes for "CSV (Trennzeichen-getrennt)". ISO-8859-1 is
/// read as Windows-1252, which agrees with it on every printable character.
enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

/// "utf-8", "utf-16le", "utf-16be", "windows-1252".
QString toWireName(TextEncoding encoding);
/// Accepts the wire names and common aliases ("utf8", "cp1252", "latin1", "iso-8859-1"…).
std::optional<TextEncoding> textEncodingFromName(const QString& name);

/// What the first bytes of a file say about its encoding.
struct DetectedEncoding {
    TextEncoding encoding = TextEncoding::Utf8;
    qsizetype bomLength = 0; ///< bytes of byte order mark to skip
    bool decided = true;     ///< false: ASCII only so far (see decideEncoding()), UTF-8 assumed
};

/// A BOM decides; without one, decideEncoding(), and UTF-8 when that cannot decide.
DetectedEncoding detectEncoding(QByteArrayView sample, bool complete);

/// Without a BOM: UTF-8 when @p sample is valid UTF-8 or when its valid characters beyond ASCII
/// (each weighed as 16 invalid bytes) outweigh its invalid bytes, else Windows-1252; nothing
/// when it is ASCII only (both read it alike). @p complete says the sample is the whole file:
/// otherwise a multi-byte sequence cut off at its end is left out (a Windows-1252 "ä" there
/// says nothing yet).
std::optional<TextEncoding> decideEncoding(QByteArrayView sample, bool complete);

/// True when @p text, read as Windows-1252, holds UTF-8 of a letter or sign Latin text uses
/// ("Ã¼" for "ü", "â‚¬" for "€"): a lead byte 0xC2, 0xC3 or 0xE2 and its continuation bytes.
/// German Windows-1252 text has no "Ã", "Â" or "â" before such a byte.
bool looksLikeUtf8ReadAsWindows1252(QStringView text);

/// True when no byte of @p bytes is beyond ASCII.
bool isAscii(QByteArrayView bytes);

/// Length of a byte order mark of @p encoding at the start of @p data (0 when there is none).
qsizetype bomLength(QByteArrayView data, TextEncoding encoding);

/// A decoder for @p encoding that keeps U+FEFF at the start of its input as text.
QStringDecoder makeDecoder(TextEncoding encoding,
                           QStringDecoder::Flags flags = QStringDecoder::Flag::Default);

/// Decodes a stream chunk by chunk. A character cut by the end of a chunk is kept back and
/// decoded with the next chunk, so the text never depends on where chunks end (Qt 6.4's
/// stateful decoder can drop the character after an invalid byte at a chunk boundary).
class ChunkDecoder {
public:
    explicit ChunkDecoder(TextEncoding encoding = TextEncoding::Utf8);

    QString decode(QByteArrayView chunk);
    /// The end of the input: bytes still kept back are an incomplete character (U+FFFD).
    QString finish();
    /// Some bytes were not valid in the encoding.
    bool hasError() const { return m_error; }
    /// The bytes of a character cut by the end of the last chunk, kept back for the next.
    const QByteArray& pending() const { return m_carry; }

private:
    TextEncoding m_encoding;
    QStringDecoder m_decoder;
    QByteArray m_carry;
    bool m_error = false;
};

/// True when @p bytes are valid UTF-8 (a sequence cut off at the very end counts as valid
/// when @p complete is false).
bool isValidUtf8(QByteArrayView bytes, bool complete = true);

} // namespace kontor::core
