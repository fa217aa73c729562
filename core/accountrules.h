#pragma once

#include "account.h"
#include "customfield.h"
#include "nameformat.h"

#include <functional>

namespace kontor::core {

/// What validating an account needs to know about its firm.
struct AccountRules {
    NameFormat nameFormat = NameFormat::FirstLast;
    QList<CustomFieldDefinition> customFields;
    /// Finds an existing contact of the firm (R-CON-2); nothing when there is none.
    std::function<std::optional<Contact>(const QUuid&)> findContact;
};

/// Every rule of a new account at once (R-ACC-3…10, R-CON-1…7, R-NAME-1, R-SW-4): the account's
/// own fields, at least one contact, each new contact's data, existing contacts found, no
/// contact twice, and the (typed or generated) account name usable as a folder name.
Violations checkNewAccount(const Account& account, const AccountRules& rules);

/// The account's own fields as they may change later (name, company name, tags, custom fields).
Violations checkAccountFields(const Account& account, const AccountRules& rules);

} // namespace kontor::core
