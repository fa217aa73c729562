#pragma once

#include <QByteArrayView>

namespace kontor::core {

// JSON text written directly rather than through QJsonDocument (the server's list pages and
// push answers, the import's operations): a string's inside from UTF-8 bytes. Bytes of
// multi-byte sequences are all >= 0x80 and never need an escape. Out: std::string or
// QByteArray.

inline bool jsonNeedsEscape(unsigned char byte)
{
    return byte < 0x20 || byte == '"' || byte == '\\';
}

/// Appends @p byte (one that jsonNeedsEscape()) escaped.
template <typename Out> void appendJsonEscape(Out& out, unsigned char byte)
{
    static constexpr char hex[] = "0123456789abcdef";
    switch (byte) {
    case '"':
        out += "\\\"";
        break;
    case '\\':
        out += "\\\\";
        break;
    case '\n':
        out += "\\n";
        break;
    case '\r':
        out += "\\r";
        break;
    case '\t':
        out += "\\t";
        break;
    case '\b':
        out += "\\b";
        break;
    case '\f':
        out += "\\f";
        break;
    default:
        out += "\\u00";
        out += hex[byte >> 4];
        out += hex[byte & 0xf];
    }
}

/// Appends @p utf8 with what needs it escaped, runs of plain bytes at once (no quotes).
template <typename Out> void appendJsonEscaped(Out& out, QByteArrayView utf8)
{
    using Size = decltype(out.size());
    const char* data = utf8.data();
    qsizetype plain = 0; // start of the run of bytes that need no escape
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        if (!jsonNeedsEscape(byte))
            continue;
        out.append(data + plain, Size(i - plain));
        plain = i + 1;
        appendJsonEscape(out, byte);
    }
    out.append(data + plain, Size(utf8.size() - plain));
}

} // namespace kontor::core
