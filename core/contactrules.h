#pragma once

#include "account.h"
#include "customfield.h"

namespace kontor::core {

/// A contact's own data (R-CON-1…5, R-NAME-1): first and last name required and folder-safe,
/// middle name folder-safe, email syntax, phone numbers (R-CON-4), address and tag limits, and
/// the firm's contact custom fields. Paths are relative to @p path.
Violations checkContact(const Contact& contact, const QList<CustomFieldDefinition>& definitions,
                        const QString& path);

/// R-SW-4: LOGIN needs an email address. Reported at `<path>.email`.
Violations checkSwitches(const ContactSwitches& switches, const QString& email,
                         const QString& path);

} // namespace kontor::core
