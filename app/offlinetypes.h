#pragma once

#include "core/account.h"
#include "core/syncprotocol.h"
#include "core/violation.h"

#include <QDateTime>
#include <QJsonValue>

namespace kontor::app {

/// Where the user was in the new-account wizard when a draft was saved.
struct DraftPosition {
    int page = 0;      ///< the wizard's page id
    QString focusPath; ///< the focused field as a payload path, e.g. "contacts[0].email"

    bool operator==(const DraftPosition&) const = default;
};

/// An existing contact that a draft's new contact probably duplicates: a colleague created it
/// meanwhile. The wizard offers "Vorhandenen Kontakt verknüpfen" for it.
struct ContactMatch {
    int contactIndex = -1;   ///< index in Draft::account.contacts
    QUuid existingContactId; ///< the contact to link instead
    QString existingName;    ///< "First Last" of the existing contact, for the offer
    QString existingEmail;
    bool namedByServer = false; ///< the server's error named this contact (else found here)

    bool operator==(const ContactMatch&) const = default;
};

/// Unfinished new-account input ("Entwürfe"), or an account the server refused to create,
/// which then "needs attention". Nothing typed is lost: the draft is the whole account as the
/// wizard had it, including ids, and stays until the account is created or the user discards
/// it.
struct Draft {
    QUuid id;              ///< the account's id, made when the wizard opened
    core::Account account; ///< may be incomplete or invalid
    DraftPosition position;
    QDateTime createdAt;
    QDateTime updatedAt;

    /// The server rejected the account.create: errors to fix before creating it again.
    bool needsAttention = false;
    QUuid rejectedOpId;
    /// The server's field errors, paths relative to the account (as the wizard's fields).
    core::Violations errors;
    /// Contacts that exist already and are likely the cause (a duplicate made meanwhile).
    QList<ContactMatch> existingContacts;
    /// Every sync issue that creating the account again resolves (the create and the changes
    /// made to the account after it, which the server refused as the account did not exist).
    QList<QUuid> issueOpIds;
};

/// A field that was changed here and on the server since this client read it: the server kept
/// its value and did not apply ours. Shown to the user who synced last, to choose from.
struct FieldConflictItem {
    QUuid opId;      ///< the operation (sync issue) it belongs to
    QString kind;    ///< core::opkind::accountUpdate or contactUpdate
    QUuid accountId; ///< for account fields
    QUuid contactId; ///< for contact fields
    QString field;   ///< wire key, e.g. "name", "tags", "email"
    QJsonValue serverValue;
    QJsonValue clientValue;
    QDateTime createdAt;

    bool operator==(const FieldConflictItem&) const = default;
};

enum class ConflictChoice {
    KeepServer, ///< the server's value stays; ours is discarded
    UseMine,    ///< ours is sent again, with the server's value as its base
};

/// A change of an existing account or contact that the server rejected, back as an editable
/// record: the stored record with the rejected values applied, and the server's errors.
struct RejectedEdit {
    QUuid opId;
    QString kind;          ///< account.update, contact.update (others stay plain sync issues)
    core::Account account; ///< for account.update
    core::Contact contact; ///< for contact.update
    core::Violations errors;
};

} // namespace kontor::app
