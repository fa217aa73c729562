#pragma once

#include "violation.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace kontor::core {

/// The value types a firm can give its custom fields (R-ACC-9, R-CON-3).
enum class CustomFieldType {
    Text,
    Number,
    Date,
    SingleChoice,
    MultipleChoice,
    Email,
    Url,
    Checkbox
};

/// Whether a field belongs to accounts or to contacts.
enum class CustomFieldScope { Account, Contact };

/// A firm-defined field. Values travel as JSON: text, email, URL and single choice as strings,
/// numbers as numbers, dates as "YYYY-MM-DD", multiple choice as an array of strings, checkboxes
/// as booleans.
struct CustomFieldDefinition {
    QUuid id;
    QString name;
    CustomFieldType type = CustomFieldType::Text;
    CustomFieldScope scope = CustomFieldScope::Account;
    QStringList options; ///< the choices of SingleChoice and MultipleChoice
    bool required = false;

    bool operator==(const CustomFieldDefinition&) const = default;
};

QString toWireName(CustomFieldType type);
std::optional<CustomFieldType> customFieldTypeFromWireName(const QString& name);
QString toWireName(CustomFieldScope scope);
std::optional<CustomFieldScope> customFieldScopeFromWireName(const QString& name);

/// A definition itself: a name, and for choice types a non-empty list of distinct options.
Violations checkCustomFieldDefinition(const CustomFieldDefinition& definition, const QString& path);

/// One value against its definition. A null value means "not set".
Violations checkCustomFieldValue(const CustomFieldDefinition& definition, const QJsonValue& value,
                                 const QString& path);

/// All values of a record (keyed by field id) against the firm's definitions of @p scope:
/// unknown or foreign-scope ids, wrong types and missing required fields.
Violations checkCustomFieldValues(const QJsonObject& values,
                                  const QList<CustomFieldDefinition>& definitions,
                                  CustomFieldScope scope, const QString& path);

} // namespace kontor::core
