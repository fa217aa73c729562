#include "jsonwriter.h"

#include <QJsonDocument>

namespace kontor::server::http {

namespace {

// Appends @p c (quote, backslash or a control character) escaped.
void appendEscaped(std::string& out, char16_t c)
{
    static const char hex[] = "0123456789abcdef";
    switch (c) {
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
        out += hex[c >> 4];
        out += hex[c & 0xf];
    }
}

bool needsEscape(char16_t c)
{
    return c < 0x20 || c == '"' || c == '\\';
}

} // namespace

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first)
        m_out += ',';
    m_first = false;
}

JsonWriter& JsonWriter::beginObject()
{
    separate();
    m_out += '{';
    m_first = true;
    return *this;
}

JsonWriter& JsonWriter::endObject()
{
    m_out += '}';
    m_first = false;
    return *this;
}

JsonWriter& JsonWriter::beginArray()
{
    separate();
    m_out += '[';
    m_first = true;
    return *this;
}

JsonWriter& JsonWriter::endArray()
{
    m_out += ']';
    m_first = false;
    return *this;
}

JsonWriter& JsonWriter::key(QLatin1StringView name)
{
    separate();
    m_out += '"';
    m_out.append(name.data(), std::size_t(name.size()));
    m_out += "\":";
    m_afterKey = true;
    return *this;
}

JsonWriter& JsonWriter::value(const QString& text)
{
    separate();
    string(text);
    return *this;
}

JsonWriter& JsonWriter::value(QLatin1StringView text)
{
    separate();
    string(QString(text));
    return *this;
}

JsonWriter& JsonWriter::utf8Value(QByteArrayView text)
{
    separate();
    m_out += '"';
    // Bytes of multi-byte sequences are all >= 0x80 and never need an escape.
    for (const char b : text) {
        if (needsEscape(static_cast<unsigned char>(b)))
            appendEscaped(m_out, static_cast<unsigned char>(b));
        else
            m_out += b;
    }
    m_out += '"';
    return *this;
}

JsonWriter& JsonWriter::value(qint64 number)
{
    separate();
    m_out += std::to_string(number);
    return *this;
}

JsonWriter& JsonWriter::value(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::value(const QJsonObject& object)
{
    separate();
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
    m_out.append(text.constData(), std::size_t(text.size()));
    return *this;
}

JsonWriter& JsonWriter::null()
{
    separate();
    m_out += "null";
    return *this;
}

void JsonWriter::string(QStringView text)
{
    m_out += '"';
    const std::size_t start = m_out.size();
    // Mostly ASCII (ids, dates, most names): unit by unit; anything else through UTF-8 (where
    // the bytes of multi-byte sequences are all >= 0x80 and never need an escape).
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80) {
            m_out.resize(start);
            const QByteArray utf8 = text.toUtf8();
            for (const char b : utf8) {
                if (needsEscape(static_cast<unsigned char>(b)))
                    appendEscaped(m_out, static_cast<unsigned char>(b));
                else
                    m_out += b;
            }
            break;
        }
        if (needsEscape(u))
            appendEscaped(m_out, u);
        else
            m_out += char(u);
    }
    m_out += '"';
}

} // namespace kontor::server::http
