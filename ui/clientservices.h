#pragma once

#include "contactdirectory.h"
#include "newaccountwizard.h"
#include "referencedata.h"

#include "app/attention.h"
#include "app/offlinetypes.h"
#include "app/storetypes.h"
#include "core/account.h"

#include <QDateTime>

#include <functional>
#include <optional>

namespace kontor::app {
class AccountListModel;
class NotificationModel;
class PendingActivationsModel;
} // namespace kontor::app

namespace kontor::ui {

/// Connection and sync state as the status bar shows it.
struct SyncState {
    enum class Connection { Offline, Connecting, Online };
    Connection connection = Connection::Offline;
    bool syncing = false;
    int pendingOperations = 0; ///< changes not yet on the server
    int needsAttention = 0;    ///< changes the server rejected (issue 6)
    int drafts = 0;            ///< "Entwürfe (n)"
    int conflicts = 0;         ///< "Konflikte (n)"
    QDateTime lastSync;
    QDateTime nextAttempt; ///< while offline: when the next try is due
    int receivedChanges = 0;
    int expectedChanges = 0; ///< 0 while unknown
    QString problem;         ///< plain-language description of the last failure, if any
};

/// Everything the windows ask of the client below them: plain callbacks and the app's item
/// models. storeServices() fills it from the local store; widget tests may fill the callbacks
/// in memory. Every change a callback makes goes to the local store and its outbox at once, so
/// none of them waits for the network.
struct ClientServices {
    std::function<ReferenceData()> referenceData;
    ContactDirectory contacts;
    std::function<std::optional<core::Account>(const QUuid& accountId)> loadAccount;

    std::function<SubmitResult(const core::Account&)> createAccount;
    /// Links a contact with its switches (R-SW-1…3, R-INV-4), changes them, or unlinks it
    /// (@p linked false). An entry without existingContactId is a new contact, created with it.
    std::function<bool(const QUuid& accountId, const core::AccountContact& entry, bool linked)>
        setLink;
    std::function<bool(const QUuid& accountId, const QUuid& contactId, const QString& message)>
        sendInvitation;
    /// R-INV-7: a new link for each invitation; the old one stops working.
    std::function<bool(const QList<QUuid>& invitationIds)> resendInvitations;
    std::function<void(const QUuid& notificationId)> markNotificationRead;
    std::function<void()> syncNow;
    /// Stops a long first sync; the next one resumes where it stopped.
    std::function<void()> cancelSync;

    // Offline work (issue 6, app/README.md): drafts, refused changes, conflicts.
    std::function<QList<app::Draft>()> drafts;
    std::function<std::optional<app::Draft>(const QUuid& id)> draft;
    std::function<bool(const core::Account& account, const app::DraftPosition& position)> saveDraft;
    std::function<bool(const QUuid& id)> discardDraft;
    std::function<QList<app::FieldConflictItem>()> conflicts;
    std::function<core::Violations(const QUuid& opId, const QString& field,
                                   app::ConflictChoice choice)>
        resolveConflict;
    /// The changes of an account (or of its contacts) that the server refused.
    std::function<QList<app::SyncIssue>(const QUuid& accountId)> refusedChanges;
    std::function<std::optional<app::RejectedEdit>(const QUuid& opId)> rejectedEdit;
    /// Sends the fixed edit (account or contact by RejectedEdit::kind) again.
    std::function<core::Violations(const app::RejectedEdit& edited)> resubmitEdit;
    std::function<bool(const QUuid& opId)> dismissSyncIssue;
    /// Where what "needs attention" is resolved (the status bar's count leads there).
    std::function<QList<app::AttentionItem>()> attention;

    app::AccountListModel* accounts = nullptr;
    app::PendingActivationsModel* pendingActivations = nullptr;
    app::NotificationModel* notifications = nullptr;
};

} // namespace kontor::ui
