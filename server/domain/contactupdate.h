#pragma once

#include "auth/staff.h"
#include "core/contact.h"
#include "core/syncprotocol.h"
#include "storage/transaction.h"

namespace kontor::server::domain {

struct ContactUpdateResult {
    QList<core::FieldConflict> conflicts;
    core::Contact contact;
};

/// `contact.update` and PATCH /contacts/{id}: changes the given fields unless their `base`
/// value is outdated (a field-level conflict), checks the result with the core rules, and keeps
/// LOGIN only where there is an email (R-SW-4). Needs the manage_accounts permission.
ContactUpdateResult updateContact(storage::Transaction& tx, const auth::Staff& staff,
                                  const QUuid& id, const QJsonObject& fields,
                                  const QJsonObject& base, const QString& pathPrefix);

} // namespace kontor::server::domain
