#pragma once

#include "core/account.h"
#include "core/syncprotocol.h"
#include "core/teammember.h"

#include <QDateTime>
#include <QMetaType>
#include <QSet>

namespace kontor::app {

/// What one committed transaction of the local store changed, so that models update
/// incrementally. Accounts are named by their local row id (rid): the list model keeps rids.
struct StoreChanges {
    QSet<qint64> accounts;      ///< rids of accounts inserted, updated or deleted
    QSet<QUuid> contacts;       ///< contacts inserted, updated or deleted
    bool referenceData = false; ///< tags, team members, custom fields, folder templates, settings
    bool invitations = false;
    bool notifications = false;
    bool outbox = false;     ///< operations queued or answered
    bool syncIssues = false; ///< needs-attention or conflict records added or removed
    bool currentUser = false;
    bool drafts = false; ///< drafts saved, created or discarded

    bool isEmpty() const
    {
        return accounts.isEmpty() && contacts.isEmpty() && !referenceData && !invitations &&
               !notifications && !outbox && !syncIssues && !currentUser && !drafts;
    }
    void merge(const StoreChanges& other);
};

/// The signed-in staff member and their firm, as the server reported them (GET /api/v1/me).
struct CurrentUser {
    QUuid id;
    QString name;
    QString email;
    core::Role role = core::Role::Employee;
    core::Permissions permissions;
    QUuid firmId;
    QString firmName;

    bool isValid() const { return !id.isNull(); }
    /// R-ACC-1: owner, admins and employees with `manage_accounts`.
    bool canManageAccounts() const;
    bool operator==(const CurrentUser&) const = default;
};

/// Whether an account's local changes have reached the server (the list's sync column).
enum class SyncState {
    Synced,         ///< nothing waiting
    Pending,        ///< an operation is still in the outbox ("nicht synchronisiert")
    NeedsAttention, ///< the server rejected a change: the user must fix it
    Conflict,       ///< a field changed on the server too: the user chooses a value
};

/// An invitation's state as the pending-activations list shows it (R-INV-7).
enum class InvitationStatus {
    Queued, ///< made on this computer, not yet sent to the server
    Sent,
    Failed,  ///< the mail could not be delivered
    Expired, ///< the link is no longer valid
};

QString toWireName(InvitationStatus status);
InvitationStatus invitationStatusFromWireName(const QString& name);

/// One line of "Ausstehende Aktivierung": a contact invited to the portal and not yet active.
struct PendingActivation {
    QUuid invitationId;
    QUuid accountId;
    QUuid contactId;
    QString contactName;
    QString accountName;
    QString email;
    InvitationStatus status = InvitationStatus::Queued;
    QDateTime sentAt;
    QDateTime expiresAt;
    int sendCount = 0;

    bool operator==(const PendingActivation&) const = default;
};

/// An entry of the inbox ("Inbox+", R-REG-2/3).
struct Notification {
    QUuid id;
    QString kind;
    QUuid accountId;
    QString title;
    QDateTime createdAt;
    QDateTime readAt;
    QString desktopLink; ///< kontor://account/<id>

    bool isRead() const { return readAt.isValid(); }
    bool operator==(const Notification&) const = default;
};

/// An operation the server did not apply as sent: rejected with field errors (the user fixes
/// and resends it) or applied in part with conflicting fields (the user picks a value). The
/// operation is kept whole, never dropped silently.
struct SyncIssue {
    enum class Kind { Rejected, Conflict };
    Kind kind = Kind::Rejected;
    core::Operation operation;
    QUuid accountId;
    QUuid contactId;
    core::Violations errors;
    QList<core::FieldConflict> conflicts;
    QDateTime createdAt;
};

} // namespace kontor::app

Q_DECLARE_METATYPE(kontor::app::StoreChanges)
