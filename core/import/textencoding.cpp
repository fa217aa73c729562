#include "textencoding.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kontor::core {

namespace {

// Bytes at the end of @p bytes that start a multi-byte sequence without its continuation.
qsizetype incompleteUtf8Tail(QByteArrayView bytes)
{
    const qsizetype n = bytes.size();
    for (qsizetype back = 1; back <= 3 && back <= n; ++back) {
        const auto c = static_cast<unsigned char>(bytes.at(n - back));
        if ((c & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for its lead byte
        int expected = 1;
        if ((c & 0xE0) == 0xC0)
            expected = 2;
        else if ((c & 0xF0) == 0xE0)
            expected = 3;
        else if ((c & 0xF8) == 0xF0)
            expected = 4;
        return expected > back ? back : 0;
    }
    return 0;
}

// Bytes at the end of @p bytes that do not make a whole character of @p encoding yet.
qsizetype incompleteTail(QByteArrayView bytes, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return incompleteUtf8Tail(bytes);
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: {
        qsizetype tail = bytes.size() % 2;
        const qsizetype units = bytes.size() / 2;
        if (units > 0) {
            const qsizetype last = (units - 1) * 2;
            const auto high = static_cast<unsigned char>(
                bytes.at(encoding == TextEncoding::Utf16LE ? last + 1 : last));
            if ((high & 0xFC) == 0xD8) // a high surrogate waits for its low one
                tail += 2;
        }
        return tail;
    }
    case TextEncoding::Windows1252:
        return 0;
    }
    return 0;
}

} // namespace

ChunkDecoder::ChunkDecoder(TextEncoding encoding)
    : m_encoding(encoding)
    // Stateless for UTF-8: a lead byte left at the end of what is decoded is then invalid
    // where it stands (it was followed by another lead byte) instead of waiting in the
    // decoder's state, where Qt 6.4 loses the character after it.
    , m_decoder(makeDecoder(encoding, encoding == TextEncoding::Utf8
                                          ? QStringDecoder::Flag::Stateless
                                          : QStringDecoder::Flag::Default))
{
}

QString ChunkDecoder::decode(QByteArrayView chunk)
{
    QByteArray data = m_carry + chunk.toByteArray();
    const qsizetype tail = incompleteTail(data, m_encoding);
    m_carry = data.right(tail);
    data.chop(tail);
    QString text = m_decoder.decode(data);
    m_error = m_error || m_decoder.hasError();
    return text;
}

QString ChunkDecoder::finish()
{
    if (m_carry.isEmpty())
        return {};
    m_carry.clear();
    m_error = true;
    return QString(QChar(QChar::ReplacementCharacter));
}

QString toWireName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return u"utf-8"_s;
    case TextEncoding::Utf16LE:
        return u"utf-16le"_s;
    case TextEncoding::Utf16BE:
        return u"utf-16be"_s;
    case TextEncoding::Windows1252:
        return u"windows-1252"_s;
    }
    return {};
}

std::optional<TextEncoding> textEncodingFromName(const QString& name)
{
    const QString n = name.trimmed().toLower().remove(u'-').remove(u'_');
    if (n == u"utf8")
        return TextEncoding::Utf8;
    if (n == u"utf16le" || n == u"utf16")
        return TextEncoding::Utf16LE;
    if (n == u"utf16be")
        return TextEncoding::Utf16BE;
    if (n == u"windows1252" || n == u"cp1252" || n == u"latin1" || n == u"iso88591" || n == u"ansi")
        return TextEncoding::Windows1252;
    return std::nullopt;
}

qsizetype bomLength(QByteArrayView data, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    case TextEncoding::Utf16LE:
        return data.startsWith("\xFF\xFE") ? 2 : 0;
    case TextEncoding::Utf16BE:
        return data.startsWith("\xFE\xFF") ? 2 : 0;
    case TextEncoding::Windows1252:
        return 0;
    }
    return 0;
}

bool isValidUtf8(QByteArrayView bytes, bool complete)
{
    if (!complete)
        bytes.chop(incompleteUtf8Tail(bytes));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)decoder.decode(bytes).operator QString();
    return !decoder.hasError();
}

DetectedEncoding detectEncoding(QByteArrayView sample, bool complete)
{
    for (TextEncoding e : {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE}) {
        if (const qsizetype bom = bomLength(sample, e))
            return {e, bom};
    }
    const std::optional<TextEncoding> decided = decideEncoding(sample, complete);
    return {decided.value_or(TextEncoding::Utf8), 0, decided.has_value()};
}

std::optional<TextEncoding> decideEncoding(QByteArrayView sample, bool complete)
{
    if (!complete)
        sample.chop(incompleteUtf8Tail(sample));
    if (isAscii(sample))
        return std::nullopt;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(sample);
    if (!decoder.hasError())
        return TextEncoding::Utf8;
    // Windows-1252 text read as UTF-8 is invalid at nearly every letter beyond ASCII ("Müller":
    // 0xFC before an ASCII letter); a valid multi-byte sequence in it is chance: one of À–ß
    // (in German Ä, Ö, Ü, ß) right before one of the signs 0x80–0xBF (€, „, NBSP, §, °, ²…),
    // as in "STRAßE" + NBSP. UTF-8 text with stray bytes (a file pieced together from two
    // sources) has a valid sequence at nearly every letter beyond ASCII. So a valid sequence
    // weighs as much as utf8Weight invalid bytes: UTF-8 wins unless the invalid bytes are 16
    // times as many, and its rows with stray bytes are reported instead of every "ü" of the
    // file read as "Ã¼". A Windows-1252 file with fewer than 16 letters beyond ASCII around a
    // chance pair is read as UTF-8 with those rows reported (the encoding can be chosen):
    // loud, not garbled.
    constexpr qsizetype utf8Weight = 16;
    qsizetype invalid = 0;
    qsizetype letters = 0;
    for (QChar c : text) {
        if (c == QChar::ReplacementCharacter)
            ++invalid;
        else if (c.unicode() > 0x7F && !c.isLowSurrogate())
            ++letters;
    }
    return letters * utf8Weight > invalid ? TextEncoding::Utf8 : TextEncoding::Windows1252;
}

namespace {

// A character Windows-1252 reads from a byte 0x80–0xBF, a UTF-8 continuation byte.
bool isWindows1252Continuation(char16_t c)
{
    if (c >= 0x80 && c <= 0xBF) // the Latin-1 half, and bytes Windows-1252 leaves undefined
        return true;
    static constexpr char16_t high[] = {0x20AC, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017D, 0x2018,
                                        0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
                                        0x2122, 0x0161, 0x203A, 0x0153, 0x017E, 0x0178};
    return std::find(std::begin(high), std::end(high), c) != std::end(high);
}

} // namespace

bool looksLikeUtf8ReadAsWindows1252(QStringView text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if ((c == 0xC2 || c == 0xC3) && isWindows1252Continuation(text[i + 1].unicode()))
            return true;
        if (c == 0xE2 && i + 2 < text.size() && isWindows1252Continuation(text[i + 1].unicode()) &&
            isWindows1252Continuation(text[i + 2].unicode())) {
            return true;
        }
    }
    return false;
}

bool isAscii(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

QStringDecoder makeDecoder(TextEncoding encoding, QStringDecoder::Flags flags)
{
    // The readers skip a byte order mark at the start of a file themselves; any other U+FEFF
    // is text and must stay (and be refused in names), so Qt must not drop it.
    flags |= QStringDecoder::Flag::ConvertInitialBom;
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringDecoder(QStringDecoder::Utf8, flags);
    case TextEncoding::Utf16LE:
        return QStringDecoder(QStringDecoder::Utf16LE, flags);
    case TextEncoding::Utf16BE:
        return QStringDecoder(QStringDecoder::Utf16BE, flags);
    case TextEncoding::Windows1252:
        break;
    }
    // Qt's own converters lack Windows-1252; Debian's Qt has it through ICU. Without ICU,
    // Latin-1 still reads every letter of German text right.
    QStringDecoder windows1252("windows-1252", flags);
    if (windows1252.isValid())
        return windows1252;
    return QStringDecoder(QStringDecoder::Latin1, flags);
}

} // namespace kontor::core
