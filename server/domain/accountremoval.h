#pragma once

#include "auth/staff.h"
#include "storage/transaction.h"

namespace kontor::server::domain::accounts {

/// `account.delete` (undo of an import, core/syncprotocol.h): deletes the account with its
/// links, tags and team members (a null @p id: no account), then each of @p contactIds that no
/// account links any more.
/// Another firm's or a hidden account is a 404; without `manage accounts` a 403; an account
/// that is gone already is nothing to do (a repeated undo). Contacts still linked elsewhere
/// stay: someone linked them after the import.
void remove(storage::Transaction& tx, const auth::Staff& staff, const QUuid& id,
            const QList<QUuid>& contactIds);

} // namespace kontor::server::domain::accounts
