#pragma once

#include "core/decoded.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace kontor::core {

/// What a source column can be imported as. Rows are contacts: account fields describe the
/// contact's account (rows with the same account name form one account), contact fields the
/// contact itself and its switches on that account.
enum class ImportField {
    Ignore,
    // account
    AccountName,
    AccountType, ///< "Einzelperson"/"Unternehmen" and the like; empty: company when a company name
                 ///< is given
    CompanyName,
    AccountTags, ///< a list: "A, B; C"
    TeamMembers, ///< names or email addresses of team members, a list
    AccountCustomField,
    // contact
    FirstName,
    MiddleName,
    LastName,
    FullName, ///< split into first and last name when those are not given separately
    Email,
    Phone,       ///< one or more numbers; several columns may be phones
    MobilePhone, ///< like Phone; the first mobile number is the primary one (R-CON-4)
    Street,
    HouseNumber, ///< appended to the street
    PostalCode,
    City,
    Region,
    Country,
    ContactTags,
    ContactCustomField,
    Login,
    Notify,
    EmailSync,
};
inline constexpr int importFieldCount = static_cast<int>(ImportField::EmailSync) + 1;

/// Stable names for saved mappings and reports: "ignore", "account_name", "first_name", …
QString toWireName(ImportField field);
std::optional<ImportField> importFieldFromWireName(const QString& name);
/// The field's name for people, in the application's language.
QString importFieldLabel(ImportField field);
bool isCustomField(ImportField field);
/// Fields that can take values from several columns (phones, tags, team members); of the
/// other fields, the first non-empty column mapped to it wins.
bool isListField(ImportField field);
/// The place of an address field among street, house number, postal code, city, region and
/// country (0–5); -1 for other fields. An address field may map once per address.
int addressPart(ImportField field);

/// One source column and what it is imported as.
struct ColumnMapping {
    QString header;
    ImportField field = ImportField::Ignore;
    QString customField; ///< the custom field's name, for AccountCustomField and ContactCustomField

    /// "first_name", or "account_custom_field:Mandantennummer" for a custom field.
    QString key() const;
    bool operator==(const ColumnMapping&) const = default;
};

/// Which source column feeds which field, one entry per column in source order. A value that
/// can be saved ("for next time") and applied to a file whose columns are in another order.
struct ImportMapping {
    QList<ColumnMapping> columns;

    /// This mapping for a file with @p headers: each header takes what was saved for the same
    /// header (compared trimmed and case-insensitively; a header that occurs several times
    /// matches in order). Headers the mapping does not know take the entry of @p fallback at
    /// the same position, if given, else Ignore.
    ImportMapping appliedTo(const QStringList& headers,
                            const ImportMapping* fallback = nullptr) const;

    bool operator==(const ImportMapping&) const = default;
};

/// `{"format": "kontor-import-mapping", "version": 1, "columns": [{"header", "field",
/// "custom_field"?}]}`.
QJsonObject toJson(const ImportMapping& mapping);
/// Reads a saved mapping; unknown field names are `invalid_value` at `columns[i].field`.
Decoded<ImportMapping> decodeImportMapping(const QByteArray& json);

} // namespace kontor::core
