#include "jsontext.h"

#include "core/jsonescape.h"

#include <QJsonDocument>

namespace kontor::app::jsontext {

void appendString(QByteArray& out, QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    out += '"';
    core::appendJsonEscaped(out, utf8);
    out += '"';
}

void appendKey(QByteArray& out, const char* key)
{
    out += '"';
    out += key;
    out += "\":";
}

void appendStringList(QByteArray& out, const QStringList& items)
{
    out += '[';
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            out += ',';
        appendString(out, items.at(i));
    }
    out += ']';
}

void appendObject(QByteArray& out, const QJsonObject& object)
{
    if (object.isEmpty())
        out += "{}";
    else
        out += QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void appendBool(QByteArray& out, const char* key, bool value)
{
    appendKey(out, key);
    out += value ? "true" : "false";
}

void appendContactData(QByteArray& out, const core::Contact& c)
{
    appendKey(out, "address");
    const core::PostalAddress& a = c.address;
    const std::pair<const char*, const QString*> parts[] = {{"city", &a.city},
                                                            {"country", &a.country},
                                                            {"postal_code", &a.postalCode},
                                                            {"region", &a.region},
                                                            {"street", &a.street}};
    out += '{';
    for (const auto& [key, value] : parts) {
        if (key != parts[0].first)
            out += ',';
        appendKey(out, key);
        appendString(out, *value);
    }
    out += "},";
    appendKey(out, "custom_fields");
    appendObject(out, c.customFields);
    out += ',';
    appendKey(out, "phones");
    out += '[';
    for (qsizetype i = 0; i < c.phones.size(); ++i) {
        out += i ? ",{" : "{";
        appendKey(out, "number");
        appendString(out, c.phones.at(i).number);
        out += ',';
        appendBool(out, "primary", c.phones.at(i).primary);
        out += '}';
    }
    out += "],";
    appendKey(out, "tags");
    appendStringList(out, c.tags);
}

QByteArray contactData(const core::Contact& contact)
{
    QByteArray out;
    out.reserve(256);
    out += '{';
    appendContactData(out, contact);
    out += '}';
    return out;
}

} // namespace kontor::app::jsontext
