#pragma once

#include "database.h"
#include "offlinetypes.h"
#include "storetypes.h"

#include "core/accountrules.h"
#include "core/customfield.h"
#include "core/firmsettings.h"
#include "core/foldertemplate.h"
#include "core/tag.h"

#include <QObject>

#include <functional>
#include <optional>

namespace kontor::app {

class StoreWriter;

/// The firm's data on this computer (SQLite, WAL), for the UI thread. Every change a user makes
/// is one transaction that writes the records and the outbox operation(s) together, then
/// changed() tells the models what to update, so a change shows at once, online or not. Writes
/// validate with the core rules against the local reference data and return the violations;
/// nothing is written when there are any.
class LocalStore : public QObject {
    Q_OBJECT
    Q_PROPERTY(int outboxCount READ outboxCount NOTIFY outboxChanged)
    Q_PROPERTY(int syncIssueCount READ syncIssueCount NOTIFY syncIssuesChanged)
    Q_PROPERTY(int draftCount READ draftCount NOTIFY draftsChanged)
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY syncIssuesChanged)

public:
    explicit LocalStore(QObject* parent = nullptr);
    ~LocalStore() override;

    /// Opens (creating or migrating) the store at @p path; false with errorMessage(). Finishes
    /// the search index of an import a crash interrupted (SearchIndexBulkLoad::recover).
    bool open(const QString& path);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_db.path(); }
    /// Why open() or the last write failed, for the user (translated).
    QString errorMessage() const { return m_errorMessage; }
    /// The UI thread's connection, for the item models.
    QSqlDatabase& connection() { return m_db.db(); }
    Database& database() { return m_db; }

    /// Where the store of @p firmId lives: one file per firm under the application data.
    static QString defaultPath(const QUuid& firmId);

    // Reference data
    QList<core::Tag> tags() const;
    QList<core::TeamMember> teamMembers() const;
    QList<core::CustomFieldDefinition> customFields(core::CustomFieldScope scope) const;
    QList<core::FolderTemplate> folderTemplates() const;
    core::FirmSettings firmSettings() const;
    /// The firm's rules for validating accounts (name format, custom fields, contacts).
    core::AccountRules accountRules() const;
    CurrentUser currentUser() const;
    bool setCurrentUser(const CurrentUser& user);
    /// R-ACC-7: the creator and every member with default account access.
    QList<QUuid> defaultTeamMemberIds() const;

    // Changes a user makes (each one transaction with its outbox operations)
    /// R-ACC-2…10: validates with core::checkNewAccount; on success the account, its new
    /// contacts and their links are stored, `account.create` is queued, and ids missing in
    /// @p account (the account's, new contacts') are filled in. In the same transaction the
    /// draft of the same id goes; for a draft that needs attention the refused create and the
    /// changes folded into it leave the sync issues and the outbox (a new op_id is sent).
    core::Violations createAccount(core::Account& account);
    /// Queues `account.update` with the fields where @p edited differs from @p original (the
    /// record as the editor loaded it), with @p original's values as their `base`: a field a
    /// colleague changed since (pulled meanwhile) becomes a conflict, it is not overwritten.
    /// Contacts in @p edited are ignored.
    core::Violations updateAccountFields(const core::Account& original,
                                         const core::Account& edited);
    /// The same against the stored record, for changes made from account() at once. The sync
    /// thread may commit in between even then: editors use the form above.
    core::Violations updateAccountFields(const core::Account& edited);
    /// Queues `contact.update` (R-CON-3…5), based on @p original as above.
    core::Violations updateContact(const core::Contact& original, const core::Contact& edited);
    core::Violations updateContact(const core::Contact& edited);
    /// Links an existing contact (R-CON-2) or changes its switches (R-SW-1…4): `link.set`.
    core::Violations setLink(const QUuid& accountId, const QUuid& contactId,
                             const core::ContactSwitches& switches);
    /// Creates @p contact and links it (R-CON-6); fills in its id when missing.
    core::Violations linkNewContact(const QUuid& accountId, core::Contact& contact,
                                    const core::ContactSwitches& switches);
    /// R-ACC-10: the last contact cannot be unlinked.
    core::Violations unlinkContact(const QUuid& accountId, const QUuid& contactId);
    /// R-INV-1…4: queues `invitation.send` (LOGIN turns on; the account shows as pending).
    core::Violations queueInvitation(const QUuid& accountId, const QUuid& contactId,
                                     const QString& personalMessage, QUuid* invitationId = nullptr);
    /// R-INV-7: sends the invitations again (a new link each; the old one stops working).
    core::Violations resendInvitations(const QList<QUuid>& invitationIds);
    bool markNotificationRead(const QUuid& id);
    /// Forgets a sync issue after the user resolved it (issue drafts resend their own ops).
    bool dismissSyncIssue(const QUuid& opId);

    // Drafts and needs attention (issue 6, localstoredrafts.cpp)
    /// Saves the wizard's input as a draft at once (call it after a short pause in typing);
    /// fills in @p account.id when it is null. False when the disk refused it.
    bool saveDraft(core::Account& account, const DraftPosition& position = {});
    /// "Entwürfe": drafts that need attention first, then the newest first.
    QList<Draft> drafts() const;
    /// The draft (or needs-attention account) with this id.
    std::optional<Draft> draft(const QUuid& id) const;
    int draftCount() const;
    /// The user throws a draft away. For one that needs attention the account the server
    /// refused goes from this computer too, with the changes made to it (the user chose so).
    bool discardDraft(const QUuid& id);

    // Conflicts: fields changed here and on the server (issue 6, localstoreconflicts.cpp)
    QList<FieldConflictItem> conflicts() const;
    int conflictCount() const;
    /// Keeps the server's value, or sends ours again as a new change with the server's value
    /// as its base; the conflict goes in the same transaction.
    core::Violations resolveConflict(const QUuid& opId, const QString& field,
                                     ConflictChoice choice);
    /// A rejected account.update or contact.update as an editable record.
    std::optional<RejectedEdit> rejectedEdit(const QUuid& opId) const;
    /// Sends the fixed edit as a new operation and removes the sync issue, in one transaction.
    core::Violations resubmitEdit(const QUuid& opId, const core::Account& edited);
    core::Violations resubmitEdit(const QUuid& opId, const core::Contact& edited);

    // Reads
    std::optional<core::Account> account(const QUuid& id) const;
    std::optional<core::Contact> contact(const QUuid& id) const;
    /// "Vorhandenen Kontakt verknüpfen": by name or email as typed, umlaut-insensitive.
    QList<core::Contact> findContacts(const QString& text, int limit = 50) const;
    /// Existing contacts that look like @p contact: same email (case-insensitive), or the same
    /// first and last name and a phone number in common. Local, so it works offline.
    QList<core::Contact> findDuplicateContacts(const core::Contact& contact) const;
    QList<PendingActivation> pendingActivations() const;
    QList<Notification> notifications() const;
    QList<SyncIssue> syncIssues() const;
    int outboxCount() const;
    int syncIssueCount() const;

    /// The sync worker committed @p changes on its own connection; re-announces them here.
    void notifyExternalChanges(const kontor::app::StoreChanges& changes);

Q_SIGNALS:
    /// After every committed change, local or pulled from the server.
    void changed(const kontor::app::StoreChanges& changes);
    void outboxChanged();
    /// A user's change queued operations (not emitted for the sync engine's own updates).
    void operationsQueued();
    void syncIssuesChanged();
    void draftsChanged();

private:
    /// Applies and queues @p operations, and runs @p also in the same transaction.
    core::Violations commit(const QList<core::Operation>& operations,
                            const std::function<bool(StoreWriter&)>& also = {});
    core::Violations updateAccountFields(const core::Account& original, const core::Account& edited,
                                         const QUuid& resolvesIssue);
    core::Violations updateContact(const core::Contact& original, const core::Contact& edited,
                                   const QUuid& resolvesIssue);
    core::Violations commitUpdate(QLatin1StringView kind, const QJsonObject& payload,
                                  const QUuid& resolvesIssue);
    core::Violations storageFailure();

    mutable Database m_db;
    QString m_errorMessage;
};

} // namespace kontor::app
