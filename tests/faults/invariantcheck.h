#pragma once

// The checker of the "nothing lost" invariant (issue 6): compares what clients logged as edits
// with the server's final state and what the clients' stores still hold.

#include "app/offlinetypes.h"
#include "app/storetypes.h"

#include "core/account.h"
#include "core/syncprotocol.h"

#include <QHash>
#include <QSet>
#include <QUrl>

#include <optional>

namespace kontor::test {

/// PRAGMA integrity_check of a SQLite file: "ok", or what is wrong.
QString sqliteIntegrity(const QString& path);

/// One line of an edit log (see syncdriver.cpp).
struct LoggedEdit {
    QString marker;
    QString kind; ///< "create" or "tag"
    QUuid accountId;
    bool saved = false;   ///< the store said saved ("D")
    bool refused = false; ///< the store refused it before saving ("X"): not an edit
};
QList<LoggedEdit> readEditLog(const QString& path);

/// What a client's store holds after its driver exited.
struct ClientState {
    QString integrity; ///< PRAGMA integrity_check
    QHash<QUuid, core::Account> accounts;
    QList<core::Operation> outbox;
    QList<app::FieldConflictItem> conflicts;
    QList<app::SyncIssue> issues; ///< all of them, for the report of a lost edit
    QList<app::Draft> drafts;
    QSet<QUuid> refusedAccounts; ///< needs attention: on this computer only
};
ClientState readClientState(const QString& storePath);

/// The server's accounts as the owner sees them (the change feed from the start).
std::optional<QHash<QUuid, core::Account>> readServerAccounts(const QUrl& server,
                                                              const QString& token);

/// The checker's verdict for one run.
struct CheckResult {
    int edits = 0;       ///< saved edits checked
    int onServer = 0;    ///< exactly once on the server
    int inConflicts = 0; ///< in the client's conflict list with both values
    int inDrafts = 0;    ///< in a draft (not created yet, or needing attention)
    int inOutbox = 0;    ///< still queued
    int lost = 0;
    int duplicated = 0;
    bool converged = true; ///< every client's list equals the server's
    QStringList problems;  ///< what went wrong, for the report

    bool ok() const { return lost == 0 && duplicated == 0 && converged && problems.isEmpty(); }
    void add(const CheckResult& other);
};

/// Compares the edit logs of @p clients with the server's final state and the clients' stores.
CheckResult checkInvariant(const QList<QList<LoggedEdit>>& logs, const QList<ClientState>& clients,
                           const QHash<QUuid, core::Account>& server);

} // namespace kontor::test
