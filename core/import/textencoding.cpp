#include "textencoding.h"

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

} // namespace

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
    return {isValidUtf8(sample, complete) ? TextEncoding::Utf8 : TextEncoding::Windows1252, 0};
}

QStringDecoder makeDecoder(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringDecoder(QStringDecoder::Utf8);
    case TextEncoding::Utf16LE:
        return QStringDecoder(QStringDecoder::Utf16LE);
    case TextEncoding::Utf16BE:
        return QStringDecoder(QStringDecoder::Utf16BE);
    case TextEncoding::Windows1252:
        break;
    }
    // Qt's own converters lack Windows-1252; Debian's Qt has it through ICU. Without ICU,
    // Latin-1 still reads every letter of German text right.
    QStringDecoder windows1252("windows-1252");
    if (windows1252.isValid())
        return windows1252;
    return QStringDecoder(QStringDecoder::Latin1);
}

} // namespace kontor::core
