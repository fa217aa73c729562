#pragma once

#include "core/account.h"

#include <QByteArray>

namespace kontor::app::importjson {

// JSON text written directly for the bulk import (app/jsontext.h): a million rows would
// otherwise build a million QJsonObjects only to serialise them once. The shapes are exactly
// those of app/operations.h (tested against it), so the outbox and the server see no
// difference.

/// `account.create`'s payload: ops::accountCreatePayload(account) as text.
QByteArray accountCreate(const core::Account& account);

/// A JSON array of the strings (of the ids in their wire form).
QByteArray stringArray(const QStringList& items);
QByteArray idArray(const QList<QUuid>& ids);

/// Undo's entry for a new account: `["account id", "id of each contact it creates", …]`.
QByteArray createdIds(const core::Account& account);

} // namespace kontor::app::importjson
