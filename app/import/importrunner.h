#pragma once

#include "importplan.h"

#include "app/storetypes.h"

namespace kontor::app {

/// How a long import step reports and is stopped. Callbacks run on the calling thread.
struct ImportCallbacks {
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic_bool* cancel = nullptr;
    /// After every commit, with what it changed (for the models and the sync engine).
    std::function<void(const StoreChanges&)> committed;
    /// The run commits once its transaction holds this many batches (20,000 rows by default):
    /// a cancel, a crash or a kill loses at most that much work, which resuming writes again.
    /// An undo takes back as many batches a transaction.
    int batchesPerTransaction = 10;
};

/// The outcome of a run, an undo or an invitation step.
struct ImportResult {
    QUuid importId;
    ImportStatus status = ImportStatus::Failed;
    /// What was done: accounts and contacts created, contacts linked, records updated, rows
    /// skipped and rows with errors; a resumed import counts its earlier runs too.
    ImportCounts counts;
    QString error; ///< translated; set when status is Failed
};

// The write steps of an import (R-BULK-1), each on the caller's thread and connection. The run
// streams the plan's rows into accounts and writes them batch by batch: each batch is one
// `import.batch` outbox operation with the record of what undo needs, written in the same
// transaction; a transaction holds whole batches (ImportCallbacks::batchesPerTransaction), so a
// cancel, a crash or a kill loses at most the open transaction. Resuming is planning the same file
// again (the import id is the same, and what the earlier run wrote is found as imported) and
// running on.
namespace importrun {

ImportResult run(Database& db, const ImportPlan& plan, const ImportCallbacks& callbacks = {});

/// "Rückgängig machen": deletes the accounts and contacts the import created, unlinks what it
/// linked to existing accounts and restores what it updated, batch by batch from the last,
/// each as an `import.batch` operation of account.delete, link.set and *.update items, so the
/// server follows after sync.
ImportResult undo(Database& db, const QUuid& importId, const ImportCallbacks& callbacks = {});

/// R-BULK-1, R-INV-1/2: queues `invitation.send` with @p message for every contact the import
/// linked with LOGIN on (once per import). The number queued, or nothing on a storage error.
std::optional<int> invite(Database& db, const QUuid& importId, const QString& message,
                          StoreChanges* changes = nullptr);
/// How many contacts invite() would invite.
int invitable(Database& db, const QUuid& importId);

/// A batch of an import the server refused: all or nothing, so none of its rows is there.
struct RefusedBatch {
    QUuid opId;
    QUuid importId;
    int batch = 0;
    QString filePath;
    qint64 firstRow = 1; ///< the source rows it covered
    qint64 lastRow = 0;
    core::Violations errors;   ///< the server's, at items[i].payload.…
    QStringList errorAccounts; ///< per error: the name of the account its item is about
};
/// The import batches the server refused (sync issues), oldest first.
QList<RefusedBatch> refusedBatches(Database& db);
/// Takes back what @p refused wrote here, as undo would, but without an operation for the
/// server, which has none of it; its sync issue goes. Importing the file again later writes
/// those rows again. False on a storage error or when the batch is no longer known.
bool dropRefused(Database& db, const RefusedBatch& refused, StoreChanges* changes = nullptr);

} // namespace importrun

} // namespace kontor::app
