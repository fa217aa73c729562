#pragma once

#include "database.h"
#include "offlinetypes.h"
#include "storetypes.h"

#include <optional>

namespace kontor::app {

struct RefusedCreate;

/// Operation kinds the outbox carries besides those of core/syncprotocol.h. They are not sent
/// in a push but to their own endpoints (POST /api/v1/notifications/{id}/read,
/// POST /api/v1/invitations/{id}/resend), so they wait offline like every other change.
namespace localkind {
inline constexpr QLatin1StringView notificationRead{"notification.read"};
inline constexpr QLatin1StringView invitationResend{"invitation.resend"};
} // namespace localkind

/// Writes records of the local store inside a StoreTransaction. Shared by LocalStore (a user's
/// changes) and the sync worker (the server's changes), so both write the same rows, search
/// index and filter tables, and report what they changed for the models.
class StoreWriter {
public:
    StoreWriter(Database& db, StoreChanges& changes);

    /// The local effect of an operation: what the user sees at once, before the server answers.
    bool applyOperation(const core::Operation& op);
    /// Contacts this writer deleted so far (an undo counts what it removed).
    qsizetype contactsRemoved() const { return m_contactsRemoved; }
    /// One entry of the server's change feed.
    bool applyChange(const core::Change& change);
    /// Re-applies the outbox operations that touch the accounts and contacts written so far,
    /// so a change pulled from the server does not hide a local change still on its way there.
    bool rebaseTouched();

    bool enqueue(const core::Operation& op);
    /// The server answered for @p opId (applied or replayed): it leaves the outbox.
    bool completeOperation(const QUuid& opId);
    /// The server rejected the operation or applied it in part: it moves, whole, to the sync
    /// issues with the server's errors or conflicting values.
    bool moveToSyncIssues(const QUuid& opId, const core::OperationResult& result);
    /// Writes the server's answer for the pushed @p op: it leaves the outbox, or becomes a
    /// sync issue (also when a replayed answer carries the first answer's conflicts). The
    /// record shows what the server kept; rebaseTouched() then puts queued changes on top.
    bool settle(const core::Operation& op, const core::OperationResult& result);
    bool removeSyncIssue(const QUuid& opId);
    /// Undoes the local effect of a refused account.update or contact.update (its `base`
    /// values); rebaseTouched() then re-applies the changes still queued. Other kinds keep
    /// their effect until the server's next copy of the record.
    bool revertOperation(const core::Operation& op);
    /// Sets fields of the record an account.update or contact.update is about to the server's
    /// @p values (a conflict's server values), so the record shows what the server kept.
    bool setServerValues(const core::Operation& op, const QJsonObject& values);
    /// Keeps only @p remaining of a conflict issue's fields; the issue goes when none remain.
    bool setConflicts(const QUuid& opId, const QList<core::FieldConflict>& remaining);

    // Drafts (storewriterdrafts.cpp)
    bool saveDraft(const core::Account& account, const DraftPosition& position);
    bool deleteDraft(const QUuid& id);
    /// Removes what a refused account.create left: its sync issues and those of the changes
    /// folded into it, the folded changes still queued, the account's links and the contacts
    /// made with it that nothing else links. The account row stays for the caller to write
    /// again or delete (deleteLocalAccount).
    bool dropRefusedCreate(const RefusedCreate& refused);
    bool deleteLocalAccount(const QUuid& id) { return deleteAccount(id); }

    bool setMeta(const QString& key, const QString& value);
    bool setCurrentUser(const CurrentUser& user);
    bool markNotificationRead(const QUuid& id, const QDateTime& when);

    /// Brings the full-text index up to date for the accounts written (done once per
    /// transaction, not per contact and link). StoreTransaction::commit() calls it.
    bool flushSearchIndex();
    /// Rebuilds the full-text index of every account and contact (after a bulk load).
    bool rebuildSearchIndex();

private:
    /// @p op (account.update, contact.update) changes an account the server refused to create,
    /// or one of the contacts made with it.
    bool partOfRefusedCreate(const core::Operation& op);
    std::optional<qint64> writeAccount(const core::Account& account);
    std::optional<qint64> writeContact(const core::Contact& contact);
    std::optional<qint64> ensureContact(const QUuid& id);
    bool link(qint64 accountRid, qint64 contactRid, const core::ContactSwitches& switches,
              std::optional<core::PortalStatus> status);
    bool unlink(qint64 accountRid, qint64 contactRid);
    bool removeLinks(qint64 accountRid);
    bool deleteAccount(const QUuid& id);
    bool deleteContact(const QUuid& id);
    /// Deletes contact @p id when no account links it any more (core/syncprotocol.h).
    bool deleteContactIfUnlinked(const QUuid& id);
    bool removeContact(qint64 rid, const QUuid& id, const QList<qint64>& linkedAccounts);
    bool refreshPortalStatus(qint64 accountRid);
    void accountChanged(qint64 rid);
    bool writeReference(const QString& table, const QUuid& id, const QString& name,
                        const QJsonObject& data);
    bool deleteRow(const QString& table, const QUuid& id);
    bool deleteByOpId(const QString& table, const QUuid& opId);
    /// Marks the accounts of import batch @p opId changed (their list rows' sync state), and
    /// with @p forget removes them from outbox_accounts.
    bool batchAccountsChanged(const QUuid& opId, bool forget);
    bool run(const QString& sql, const QVariantList& values);
    /// A stored row next to the values a write would give it.
    struct StoredRow {
        qint64 rid = 0;
        QList<bool> same; ///< per column: it holds the value already (SQLite's IS)
        bool allSame() const { return !same.contains(false); }
    };
    /// The query compareStored() runs for @p columns of @p table (made once per table).
    static QString comparisonSql(const QString& table, const QStringList& columns);
    /// The row @p id compared with @p values for the columns of @p sql (comparisonSql());
    /// nothing when there is no such row. A pull brings back every record this computer sent:
    /// one that holds the same values already is not written again (nor its search entries).
    std::optional<StoredRow> compareStored(const QString& sql, const QUuid& id,
                                           const QVariantList& values);
    /// The links of account @p accountRid are exactly @p wanted, in this order.
    struct LinkRow {
        qint64 contactRid = 0;
        core::ContactSwitches switches;
        core::PortalStatus status = core::PortalStatus::NotActivated;
    };
    bool linksAre(qint64 accountRid, const QList<LinkRow>& wanted);

    bool applyAccountCreate(const QJsonObject& payload);
    bool applyAccountUpdate(const QJsonObject& payload);
    bool applyContactUpdate(const QJsonObject& payload);
    bool applyLinkSet(const QJsonObject& payload);
    bool applyInvitationSend(const QJsonObject& payload);
    bool applyAccountDelete(const QJsonObject& payload);
    bool applyAccountChange(const core::Change& change);
    bool applyInvitationChange(const core::Change& change);
    bool applyNotificationChange(const core::Change& change);

    Database& m_db;
    StoreChanges& m_changes;
    QSet<qint64> m_searchDirty;
    QSet<QUuid> m_touchedAccounts;
    QSet<QUuid> m_touchedContacts;
    qsizetype m_contactsRemoved = 0;
};

/// The `contacts.data` text of @p contact: everything but its id, names and email, keys in
/// order (importjson::contactData writes the same bytes).
QString contactDataText(const core::Contact& contact);

/// One write transaction of the local store with its writer: commit() first brings the search
/// index up to date, then commits; changes() tells the models what to update afterwards.
class StoreTransaction {
public:
    explicit StoreTransaction(Database& db);

    bool isActive() const { return m_tx.isActive(); }
    StoreWriter& writer() { return m_writer; }
    bool commit();
    const StoreChanges& changes() const { return m_changes; }

private:
    Transaction m_tx;
    StoreChanges m_changes;
    StoreWriter m_writer;
};

} // namespace kontor::app
