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
};

/// A BOM decides; without one, the sample is UTF-8 when it is valid UTF-8 and Windows-1252
/// otherwise. @p complete says the sample is the whole file (a multi-byte sequence cut off at
/// the end of a partial sample is not an error).
DetectedEncoding detectEncoding(QByteArrayView sample, bool complete);

/// Length of a byte order mark of @p encoding at the start of @p data (0 when there is none).
qsizetype bomLength(QByteArrayView data, TextEncoding encoding);

/// A stateful decoder for @p encoding: bytes may be fed in chunks of any size.
QStringDecoder makeDecoder(TextEncoding encoding);

/// True when @p bytes are valid UTF-8 (a sequence cut off at the very end counts as valid
/// when @p complete is false).
bool isValidUtf8(QByteArrayView bytes, bool complete = true);

} // namespace kontor::core
