#pragma once

#include <Qt>

namespace kontor::ui::roles {

// The item data roles the widgets read from the lists they show (accounts, pending
// activations, notifications). The app's models provide them; anything else a view shows
// (text, alignment) comes from Qt's standard roles and the models' own columns.

/// QUuid: the row's record (account, invitation or notification).
inline constexpr int RecordId = Qt::UserRole + 1;
/// QUuid: the account a row belongs to (invitation, notification); for accounts, its id.
inline constexpr int AccountId = Qt::UserRole + 2;
/// int (core::PortalStatus), on the account list's portal status column only (R-INV-7).
inline constexpr int PortalStatus = Qt::UserRole + 3;
/// bool: a notification not read yet.
inline constexpr int Unread = Qt::UserRole + 4;

} // namespace kontor::ui::roles
