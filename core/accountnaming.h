#pragma once

#include "account.h"
#include "nameformat.h"

namespace kontor::core {

/// R-ACC-4, R-ACC-5, R-CON-7: the name an account gets when none is typed. A company is named
/// after its company name; an individual after its first contact, in the firm's name format.
/// For an existing contact, @p account's first entry must carry the contact's names.
QString generatedAccountName(const Account& account, NameFormat format);

/// The typed name, trimmed, or else the generated one.
QString effectiveAccountName(const Account& account, NameFormat format);

} // namespace kontor::core
