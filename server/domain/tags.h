#pragma once

#include "storage/transaction.h"

namespace kontor::server::domain::tags {

/// The ids of the firm's tags named @p names (case-insensitively), creating missing ones:
/// records name tags, and a new name is a new tag (R-ACC-6, R-CON-3).
QList<QUuid> ensure(storage::Transaction& tx, const QUuid& firmId, const QStringList& names);
QString key(const QString& name);

} // namespace kontor::server::domain::tags
