#include "vcardproperty.h"

namespace kontor::core {

namespace {

QByteArray unquoted(QByteArrayView value)
{
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.sliced(1, value.size() - 2);
    return value.toByteArray();
}

// Splits at @p separator outside double quotes.
QList<QByteArrayView> splitOutsideQuotes(QByteArrayView text, char separator)
{
    QList<QByteArrayView> parts;
    bool inQuotes = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '"')
            inQuotes = !inQuotes;
        else if (!inQuotes && text.at(i) == separator) {
            parts.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    parts.append(text.sliced(start));
    return parts;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

} // namespace

QByteArray VCardProperty::parameter(QByteArrayView wanted) const
{
    for (const auto& [key, value] : parameters) {
        if (key == wanted)
            return value;
    }
    return {};
}

bool VCardProperty::hasType(QByteArrayView type) const
{
    for (const auto& [key, value] : parameters) {
        if (key == "TYPE" && value.compare(type, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool VCardProperty::isPreferred() const
{
    if (hasType("pref"))
        return true;
    for (const auto& parameter : parameters) {
        if (parameter.first == "PREF")
            return true;
    }
    return false;
}

bool VCardProperty::isQuotedPrintable() const
{
    return parameter("ENCODING").compare("QUOTED-PRINTABLE", Qt::CaseInsensitive) == 0;
}

bool VCardProperty::isBase64() const
{
    const QByteArray encoding = parameter("ENCODING");
    return encoding.compare("B", Qt::CaseInsensitive) == 0 ||
           encoding.compare("BASE64", Qt::CaseInsensitive) == 0;
}

std::optional<VCardProperty> parseVCardLine(QByteArrayView line)
{
    qsizetype colon = -1;
    bool inQuotes = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == '"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && line.at(i) == ':') {
            colon = i;
            break;
        }
    }
    if (colon <= 0)
        return std::nullopt;
    const QList<QByteArrayView> head = splitOutsideQuotes(line.first(colon), ';');
    QByteArrayView name = head.constFirst().trimmed();
    if (const qsizetype dot = name.lastIndexOf('.'); dot >= 0)
        name = name.sliced(dot + 1);
    if (name.isEmpty())
        return std::nullopt;

    VCardProperty property;
    property.name = name.toByteArray().toUpper();
    property.value = line.sliced(colon + 1).toByteArray();
    for (qsizetype i = 1; i < head.size(); ++i) {
        const QByteArrayView parameter = head.at(i).trimmed();
        if (parameter.isEmpty())
            continue;
        const qsizetype equals = parameter.indexOf('=');
        if (equals < 0) { // vCard 2.1: a bare type or encoding
            const QByteArray bare = parameter.toByteArray().toUpper();
            const bool encoding =
                bare == "QUOTED-PRINTABLE" || bare == "BASE64" || bare == "8BIT" || bare == "7BIT";
            property.parameters.append({encoding ? QByteArray("ENCODING") : QByteArray("TYPE"),
                                        encoding ? bare : bare.toLower()});
            continue;
        }
        const QByteArray key = parameter.first(equals).trimmed().toByteArray().toUpper();
        const QByteArray value = unquoted(parameter.sliced(equals + 1));
        if (key == "TYPE") {
            for (const QByteArray& type : value.split(','))
                property.parameters.append({key, type.trimmed().toLower()});
        } else {
            property.parameters.append({key, value});
        }
    }
    return property;
}

QByteArray decodeQuotedPrintable(QByteArrayView encoded)
{
    QByteArray out;
    out.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (c == '=' && i + 2 < encoded.size()) {
            const int high = hexValue(encoded.at(i + 1));
            const int low = hexValue(encoded.at(i + 2));
            if (high >= 0 && low >= 0) {
                out.append(static_cast<char>(high * 16 + low));
                i += 2;
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

QString unescapeVCardText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size()) {
            const QChar next = text.at(i + 1);
            if (next == u'n' || next == u'N') {
                out.append(u'\n');
                ++i;
                continue;
            }
            if (next == u'\\' || next == u',' || next == u';' || next == u':') {
                out.append(next);
                ++i;
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

QStringList splitVCardValue(QStringView text, QChar separator, VCardEscapes escapes)
{
    QStringList parts;
    auto add = [&](QStringView part) {
        parts.append(escapes == VCardEscapes::Resolve ? unescapeVCardText(part) : part.toString());
    };
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\') {
            ++i; // the escaped character never separates
        } else if (text.at(i) == separator) {
            add(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    add(text.sliced(qMin(start, text.size())));
    return parts;
}

} // namespace kontor::core
