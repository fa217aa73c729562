#pragma once

#include "database.h"
#include "storetypes.h"

#include "core/customfield.h"
#include "core/firmsettings.h"
#include "core/foldertemplate.h"
#include "core/tag.h"

#include <optional>

namespace kontor::app {

/// Reads records of the local store on one connection. Used by LocalStore (UI thread) and the
/// sync worker (its own connection); it holds no state of its own.
class StoreReader {
public:
    explicit StoreReader(Database& db)
        : m_db(db)
    {
    }

    std::optional<core::Account> account(const QUuid& id) const;
    std::optional<qint64> accountRid(const QUuid& id) const;
    std::optional<core::Contact> contact(const QUuid& id) const;
    std::optional<qint64> contactRid(const QUuid& id) const;
    /// Rids of the accounts @p contactRid is linked to.
    QList<qint64> accountsOfContact(qint64 contactRid) const;
    /// Ids of the accounts the contact is linked to, oldest link first.
    QList<QUuid> accountIdsOfContact(const QUuid& contactId) const;

    QList<core::Tag> tags() const;
    QList<core::TeamMember> teamMembers() const;
    QList<core::CustomFieldDefinition> customFields() const;
    QList<core::FolderTemplate> folderTemplates() const;
    core::FirmSettings firmSettings() const;
    CurrentUser currentUser() const;
    QString meta(const QString& key) const;

    /// Contacts whose name or email matches @p text as typed (prefixes, umlaut-insensitive).
    QList<core::Contact> findContacts(const QString& text, int limit) const;
    /// Contacts with the same email (case-insensitive), or the same first and last name and a
    /// phone number in common.
    QList<core::Contact> findDuplicateContacts(const core::Contact& contact) const;

    /// The oldest operations of the outbox, at most @p limit, and (but at least one) no more
    /// than @p maxBytes of payload text.
    QList<core::Operation> outbox(int limit, qint64 maxBytes = -1) const;
    int outboxCount() const;
    /// Outbox operations touching one of the accounts or contacts, oldest first; an import
    /// batch whole when it touches one of the accounts or an account of one of the contacts.
    QList<core::Operation> outboxFor(const QSet<QUuid>& accountIds,
                                     const QSet<QUuid>& contactIds) const;
    QList<SyncIssue> syncIssues() const;

    QList<PendingActivation> pendingActivations() const;
    QList<Notification> notifications() const;

private:
    QList<core::Contact> contactsWhere(const QString& condition, const QVariantList& values,
                                       int limit = -1) const;

    Database& m_db;
};

/// JSON text as stored in the local store's columns.
QString toJsonText(const QJsonObject& object);
QString toJsonText(const QJsonArray& array);
QJsonObject jsonObjectFromText(const QString& text);
QJsonArray jsonArrayFromText(const QString& text);

} // namespace kontor::app
