#include "customfield.h"

#include "emailaddress.h"
#include "textlimits.h"
#include "textrules.h"

#include <QDate>
#include <QJsonArray>
#include <QSet>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

namespace kontor::core {

namespace {

constexpr std::pair<CustomFieldType, const char16_t*> typeNames[] = {
    {CustomFieldType::Text, u"text"},
    {CustomFieldType::Number, u"number"},
    {CustomFieldType::Date, u"date"},
    {CustomFieldType::SingleChoice, u"single_choice"},
    {CustomFieldType::MultipleChoice, u"multiple_choice"},
    {CustomFieldType::Email, u"email"},
    {CustomFieldType::Url, u"url"},
    {CustomFieldType::Checkbox, u"checkbox"},
};

Violations checkOption(const CustomFieldDefinition& def, const QJsonValue& v, const QString& path)
{
    if (!v.isString())
        return {wrongType(path, ExpectedType::Text)};
    if (!def.options.contains(v.toString())) {
        return {Violation(path, code::invalidOption,
                          QT_TRANSLATE_NOOP("Validation", "“%1” is not one of the choices of "
                                                          "the field “%2”."),
                          {v.toString(), def.name})};
    }
    return {};
}

bool isChoice(CustomFieldType type)
{
    return type == CustomFieldType::SingleChoice || type == CustomFieldType::MultipleChoice;
}

} // namespace

QString toWireName(CustomFieldType type)
{
    for (const auto& [t, name] : typeNames) {
        if (t == type)
            return QString::fromUtf16(name);
    }
    return {};
}

std::optional<CustomFieldType> customFieldTypeFromWireName(const QString& name)
{
    for (const auto& [t, wire] : typeNames) {
        if (name == QStringView(wire))
            return t;
    }
    return std::nullopt;
}

QString toWireName(CustomFieldScope scope)
{
    return scope == CustomFieldScope::Contact ? u"contact"_s : u"account"_s;
}

std::optional<CustomFieldScope> customFieldScopeFromWireName(const QString& name)
{
    if (name == u"account")
        return CustomFieldScope::Account;
    if (name == u"contact")
        return CustomFieldScope::Contact;
    return std::nullopt;
}

Violations checkCustomFieldDefinition(const CustomFieldDefinition& def, const QString& path)
{
    const QString namePath = joinPath(path, u"name"_s);
    Violations out = checkRequired(def.name, namePath);
    if (out.isEmpty())
        out += checkSingleLineText(def.name, namePath, limits::customFieldName);
    const QString optionsPath = joinPath(path, u"options"_s);
    if (!isChoice(def.type))
        return out;
    if (def.options.isEmpty()) {
        out.append(Violation(optionsPath, code::required,
                             QT_TRANSLATE_NOOP("Validation", "A choice field needs at least one "
                                                             "option.")));
    }
    if (def.options.size() > limits::customFieldOptions) {
        out.append(Violation(optionsPath, code::tooMany,
                             QT_TRANSLATE_NOOP("Validation", "At most %1 entries are allowed."),
                             {QString::number(limits::customFieldOptions)}));
        return out;
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < def.options.size(); ++i) {
        const QString p = indexPath(optionsPath, i);
        Violations v = checkRequired(def.options.at(i), p);
        if (v.isEmpty())
            v = checkSingleLineText(def.options.at(i), p, limits::customFieldOption);
        if (v.isEmpty() && seen.contains(def.options.at(i))) {
            v.append(Violation(p, code::duplicate,
                               QT_TRANSLATE_NOOP("Validation", "“%1” appears more than once."),
                               {def.options.at(i)}));
        }
        seen.insert(def.options.at(i));
        out += v;
    }
    return out;
}

Violations checkCustomFieldValue(const CustomFieldDefinition& def, const QJsonValue& value,
                                 const QString& path)
{
    if (value.isNull() || value.isUndefined())
        return {};
    switch (def.type) {
    case CustomFieldType::Text: {
        if (!value.isString())
            return {wrongType(path, ExpectedType::Text)};
        QString text = value.toString();
        // Free text may span lines; other control characters are still refused.
        text.replace(u'\n', u' ').replace(u'\t', u' ');
        return checkSingleLineText(text, path, limits::customFieldText);
    }
    case CustomFieldType::Number:
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            return {wrongType(path, ExpectedType::Number)};
        return {};
    case CustomFieldType::Date:
        if (!value.isString())
            return {wrongType(path, ExpectedType::Text)};
        if (!QDate::fromString(value.toString(), Qt::ISODate).isValid() ||
            value.toString().size() != 10) {
            return {
                Violation(path, code::invalidDate,
                          QT_TRANSLATE_NOOP("Validation", "“%1” is not a valid date (YYYY-MM-DD)."),
                          {value.toString()})};
        }
        return {};
    case CustomFieldType::SingleChoice:
        return checkOption(def, value, path);
    case CustomFieldType::MultipleChoice: {
        if (!value.isArray())
            return {wrongType(path, ExpectedType::List)};
        Violations out;
        const QJsonArray items = value.toArray();
        QSet<QString> seen;
        for (qsizetype i = 0; i < items.size(); ++i) {
            Violations v = checkOption(def, items.at(i), indexPath(path, i));
            if (v.isEmpty() && seen.contains(items.at(i).toString())) {
                v.append(Violation(indexPath(path, i), code::duplicate,
                                   QT_TRANSLATE_NOOP("Validation", "“%1” appears more than once."),
                                   {items.at(i).toString()}));
            }
            seen.insert(items.at(i).toString());
            out += v;
        }
        return out;
    }
    case CustomFieldType::Email:
        if (!value.isString())
            return {wrongType(path, ExpectedType::Text)};
        return checkEmail(value.toString(), path);
    case CustomFieldType::Url: {
        if (!value.isString())
            return {wrongType(path, ExpectedType::Text)};
        if (Violations v = checkSingleLineText(value.toString(), path, limits::url); !v.isEmpty())
            return v;
        const QUrl url(value.toString(), QUrl::StrictMode);
        const bool ok = url.isValid() && !url.host().isEmpty() &&
                        (url.scheme() == u"http" || url.scheme() == u"https");
        if (!ok) {
            return {Violation(path, code::invalidUrl,
                              QT_TRANSLATE_NOOP("Validation", "“%1” is not a web address "
                                                              "(https://…)."),
                              {value.toString()})};
        }
        return {};
    }
    case CustomFieldType::Checkbox:
        if (!value.isBool())
            return {wrongType(path, ExpectedType::Boolean)};
        return {};
    }
    return {};
}

Violations checkCustomFieldValues(const QJsonObject& values,
                                  const QList<CustomFieldDefinition>& definitions,
                                  CustomFieldScope scope, const QString& path)
{
    Violations out;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QString fieldPath = joinPath(path, it.key());
        const QUuid id = QUuid::fromString(it.key());
        auto def = std::find_if(definitions.cbegin(), definitions.cend(),
                                [&](const auto& d) { return d.id == id && d.scope == scope; });
        if (id.isNull() || def == definitions.cend()) {
            out.append(Violation(fieldPath, code::unknownField,
                                 QT_TRANSLATE_NOOP("Validation", "This firm has no such field.")));
            continue;
        }
        out += checkCustomFieldValue(*def, it.value(), fieldPath);
    }
    for (const CustomFieldDefinition& def : definitions) {
        if (def.scope != scope || !def.required)
            continue;
        const QJsonValue v = values.value(toWireId(def.id));
        const bool empty = v.isNull() || v.isUndefined() ||
                           (v.isString() && v.toString().trimmed().isEmpty()) ||
                           (v.isArray() && v.toArray().isEmpty());
        if (empty) {
            out.append(Violation(joinPath(path, toWireId(def.id)), code::required,
                                 QT_TRANSLATE_NOOP("Validation", "This field is required.")));
        }
    }
    return out;
}

} // namespace kontor::core
