#include "jsonwriter.h"

#include "core/jsonescape.h"

#include <QJsonDocument>

namespace kontor::server::http {

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
    core::appendJsonEscaped(m_out, text);
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
            core::appendJsonEscaped(m_out, text.toUtf8());
            break;
        }
        const auto byte = static_cast<unsigned char>(u);
        if (core::jsonNeedsEscape(byte))
            core::appendJsonEscape(m_out, byte);
        else
            m_out += char(byte);
    }
    m_out += '"';
}

} // namespace kontor::server::http
