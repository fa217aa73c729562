#pragma once

#include "core/account.h"

namespace kontor::app {

// What "update" means for a record an import finds in the store: the file's values win where
// the file gives one; lists (tags, team members, phone numbers) are united, so an import never
// takes anything away. Names stay: they are how the record was found.

core::Contact mergedContact(const core::Contact& stored, const core::Contact& file);
/// The account fields only (contacts are not touched).
core::Account mergedAccount(const core::Account& stored, const core::Account& file);

bool contactChangedBy(const core::Contact& stored, const core::Contact& file);
bool accountChangedBy(const core::Account& stored, const core::Account& file);

} // namespace kontor::app
