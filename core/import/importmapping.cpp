#include "importmapping.h"

#include "core/jsonreader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kontor::core {

namespace {

struct FieldInfo {
    ImportField field;
    const char16_t* wireName;
    const char* label;
};

constexpr FieldInfo fields[] = {
    {ImportField::Ignore, u"ignore", QT_TRANSLATE_NOOP("ImportField", "Do not import")},
    {ImportField::AccountName, u"account_name", QT_TRANSLATE_NOOP("ImportField", "Account name")},
    {ImportField::AccountType, u"account_type", QT_TRANSLATE_NOOP("ImportField", "Client type")},
    {ImportField::CompanyName, u"company_name", QT_TRANSLATE_NOOP("ImportField", "Company name")},
    {ImportField::AccountTags, u"account_tags", QT_TRANSLATE_NOOP("ImportField", "Account tags")},
    {ImportField::TeamMembers, u"team_members", QT_TRANSLATE_NOOP("ImportField", "Team members")},
    {ImportField::AccountCustomField, u"account_custom_field",
     QT_TRANSLATE_NOOP("ImportField", "Custom account field")},
    {ImportField::FirstName, u"first_name", QT_TRANSLATE_NOOP("ImportField", "First name")},
    {ImportField::MiddleName, u"middle_name", QT_TRANSLATE_NOOP("ImportField", "Middle name")},
    {ImportField::LastName, u"last_name", QT_TRANSLATE_NOOP("ImportField", "Last name")},
    {ImportField::FullName, u"full_name", QT_TRANSLATE_NOOP("ImportField", "Full name")},
    {ImportField::Email, u"email", QT_TRANSLATE_NOOP("ImportField", "Email")},
    {ImportField::Phone, u"phone", QT_TRANSLATE_NOOP("ImportField", "Phone")},
    {ImportField::MobilePhone, u"mobile_phone", QT_TRANSLATE_NOOP("ImportField", "Mobile phone")},
    {ImportField::Street, u"street", QT_TRANSLATE_NOOP("ImportField", "Street")},
    {ImportField::HouseNumber, u"house_number", QT_TRANSLATE_NOOP("ImportField", "House number")},
    {ImportField::PostalCode, u"postal_code", QT_TRANSLATE_NOOP("ImportField", "Postal code")},
    {ImportField::City, u"city", QT_TRANSLATE_NOOP("ImportField", "City")},
    {ImportField::Region, u"region", QT_TRANSLATE_NOOP("ImportField", "Region")},
    {ImportField::Country, u"country", QT_TRANSLATE_NOOP("ImportField", "Country")},
    {ImportField::ContactTags, u"contact_tags", QT_TRANSLATE_NOOP("ImportField", "Contact tags")},
    {ImportField::ContactCustomField, u"contact_custom_field",
     QT_TRANSLATE_NOOP("ImportField", "Custom contact field")},
    {ImportField::Login, u"login", QT_TRANSLATE_NOOP("ImportField", "LOGIN")},
    {ImportField::Notify, u"notify", QT_TRANSLATE_NOOP("ImportField", "NOTIFY")},
    {ImportField::EmailSync, u"email_sync", QT_TRANSLATE_NOOP("ImportField", "EMAIL SYNC")},
};
static_assert(std::size(fields) == importFieldCount);

const FieldInfo& infoOf(ImportField field)
{
    return fields[static_cast<int>(field)];
}

const QString formatName = u"kontor-import-mapping"_s;

} // namespace

QString toWireName(ImportField field)
{
    return QString::fromUtf16(infoOf(field).wireName);
}

std::optional<ImportField> importFieldFromWireName(const QString& name)
{
    for (const FieldInfo& info : fields) {
        if (name == QStringView(info.wireName))
            return info.field;
    }
    return std::nullopt;
}

QString importFieldLabel(ImportField field)
{
    return QCoreApplication::translate("ImportField", infoOf(field).label);
}

bool isCustomField(ImportField field)
{
    return field == ImportField::AccountCustomField || field == ImportField::ContactCustomField;
}

bool isListField(ImportField field)
{
    switch (field) {
    case ImportField::AccountTags:
    case ImportField::TeamMembers:
    case ImportField::Phone:
    case ImportField::MobilePhone:
    case ImportField::ContactTags:
        return true;
    default:
        return false;
    }
}

int addressPart(ImportField field)
{
    switch (field) {
    case ImportField::Street:
        return 0;
    case ImportField::HouseNumber:
        return 1;
    case ImportField::PostalCode:
        return 2;
    case ImportField::City:
        return 3;
    case ImportField::Region:
        return 4;
    case ImportField::Country:
        return 5;
    default:
        return -1;
    }
}

QString ColumnMapping::key() const
{
    if (isCustomField(field))
        return toWireName(field) + u':' + customField;
    return toWireName(field);
}

ImportMapping ImportMapping::appliedTo(const QStringList& headers,
                                       const ImportMapping* fallback) const
{
    auto same = [](const QString& a, const QString& b) {
        return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
    };
    ImportMapping out;
    QList<bool> used(columns.size(), false);
    for (qsizetype i = 0; i < headers.size(); ++i) {
        ColumnMapping entry;
        entry.header = headers.at(i);
        bool found = false;
        for (qsizetype k = 0; k < columns.size() && !found; ++k) {
            if (!used.at(k) && same(columns.at(k).header, headers.at(i))) {
                used[k] = true;
                entry.field = columns.at(k).field;
                entry.customField = columns.at(k).customField;
                found = true;
            }
        }
        if (!found && fallback && i < fallback->columns.size()) {
            entry.field = fallback->columns.at(i).field;
            entry.customField = fallback->columns.at(i).customField;
        }
        out.columns.append(entry);
    }
    return out;
}

QJsonObject toJson(const ImportMapping& mapping)
{
    QJsonArray columns;
    for (const ColumnMapping& column : mapping.columns) {
        QJsonObject entry{{u"header"_s, column.header}, {u"field"_s, toWireName(column.field)}};
        if (isCustomField(column.field))
            entry.insert(u"custom_field"_s, column.customField);
        columns.append(entry);
    }
    return {{u"format"_s, formatName}, {u"version"_s, 1}, {u"columns"_s, columns}};
}

Decoded<ImportMapping> decodeImportMapping(const QByteArray& json)
{
    return decode<ImportMapping>(json, [](const JsonReader& reader) {
        ImportMapping mapping;
        if (reader.text(u"format"_s) != formatName) {
            reader.addError(
                Violation(reader.pathOf(u"format"_s), code::invalidValue,
                          QT_TRANSLATE_NOOP("Validation", "This is not a saved import mapping.")));
            return mapping;
        }
        const QList<JsonReader> columns = reader.objectList(u"columns"_s);
        for (const JsonReader& column : columns) {
            ColumnMapping entry;
            entry.header = column.text(u"header"_s);
            const QString fieldName = column.text(u"field"_s);
            const std::optional<ImportField> field = importFieldFromWireName(fieldName);
            if (!field) {
                column.addError(
                    Violation(column.pathOf(u"field"_s), code::invalidValue,
                              QT_TRANSLATE_NOOP("Validation", "“%1” is not a field an import "
                                                              "knows."),
                              {fieldName}));
            }
            entry.field = field.value_or(ImportField::Ignore);
            if (isCustomField(entry.field)) {
                entry.customField = column.text(u"custom_field"_s);
                if (entry.customField.trimmed().isEmpty())
                    column.addError(
                        Violation(column.pathOf(u"custom_field"_s), code::required,
                                  QT_TRANSLATE_NOOP("Validation", "This field is required.")));
            }
            mapping.columns.append(entry);
        }
        return mapping;
    });
}

} // namespace kontor::core
