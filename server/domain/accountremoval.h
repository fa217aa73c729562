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
/// With @p keepChanged (an undo's `keep_changed`), an account or contact changed since it was
/// created stays too (someone worked on it since the import: its tags, links, fields or a
/// contact's), and is announced again so that the computer that undid the import gets it back.
void remove(storage::Transaction& tx, const auth::Staff& staff, const QUuid& id,
            const QList<QUuid>& contactIds, bool keepChanged = false);

} // namespace kontor::server::domain::accounts
