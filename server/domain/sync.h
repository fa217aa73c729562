#pragma once

#include "auth/staff.h"
#include "core/syncprotocol.h"
#include "invitations.h"
#include "storage/database.h"

class QTranslator;

namespace kontor::server::domain::sync {

/// Applies a push (core/syncprotocol.h): every operation in its own savepoint of one
/// transaction, so each is applied whole or not at all and the batch commits once. Idempotent
/// by op_id (kept in op_log: a repeat with the same payload is `replayed`, with another payload
/// `rejected` with code op_id_reused). Rejected operations are not remembered: they changed
/// nothing, and the client resubmits a fixed draft. Error messages in @p translator's language.
QList<core::OperationResult> apply(storage::Database& db, const auth::Staff& staff,
                                   const QList<core::Operation>& ops, const QTranslator* translator,
                                   const invitations::Options& invitationOptions);

/// How many entries of the firm's change feed follow @p cursor: what a client still has to
/// pull, for its progress (an upper bound: records the reader may not see arrive as deletes,
/// other users' notifications not at all). Throws 400 for a bad cursor.
qint64 remainingChanges(storage::Database& db, const QUuid& firmId, const QString& cursor);

/// The firm's newest change sequence number, as a cursor.
QString currentCursor(storage::Database& db, const QUuid& firmId);

/// Changes after @p since (a cursor; empty = from the start) as @p staff may see them: records
/// render as they are now; an account the reader may not (or no longer) see, or a record that
/// is gone, is a delete; other users' notifications are left out. Throws 400 for a bad cursor.
core::ChangePage changes(storage::Database& db, const auth::Staff& staff, const QString& since,
                         int limit, const QString& publicUrl);

} // namespace kontor::server::domain::sync
