#include "nameformat.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace kontor::core {

namespace {
QString joinNonEmpty(std::initializer_list<QString> parts, const QString& separator)
{
    QStringList kept;
    for (const QString& part : parts) {
        if (!part.isEmpty())
            kept.append(part);
    }
    return kept.join(separator);
}
} // namespace

QString formatPersonName(NameFormat format, const QString& first, const QString& middle,
                         const QString& last)
{
    switch (format) {
    case NameFormat::FirstLast:
        return joinNonEmpty({first, last}, u" "_s);
    case NameFormat::LastCommaFirst:
        return joinNonEmpty({last, first}, u", "_s);
    case NameFormat::LastFirst:
        return joinNonEmpty({last, first}, u" "_s);
    case NameFormat::FirstMiddleLast:
        return joinNonEmpty({first, middle, last}, u" "_s);
    }
    return {};
}

QString toWireName(NameFormat format)
{
    switch (format) {
    case NameFormat::FirstLast:
        return u"first_last"_s;
    case NameFormat::LastCommaFirst:
        return u"last_comma_first"_s;
    case NameFormat::LastFirst:
        return u"last_first"_s;
    case NameFormat::FirstMiddleLast:
        return u"first_middle_last"_s;
    }
    return {};
}

std::optional<NameFormat> nameFormatFromWireName(const QString& name)
{
    for (NameFormat f : {NameFormat::FirstLast, NameFormat::LastCommaFirst, NameFormat::LastFirst,
                         NameFormat::FirstMiddleLast}) {
        if (toWireName(f) == name)
            return f;
    }
    return std::nullopt;
}

} // namespace kontor::core
