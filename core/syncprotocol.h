#pragma once

#include "jsonreader.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QUuid>

#include <optional>

namespace kontor::core {

// The sync protocol (DESIGN.md "Sync protocol"): the client pushes operations in batches to
// POST /api/v1/ops and pulls GET /api/v1/changes?since=<cursor>.

/// Operation kinds and their payloads:
/// - `account.create`: the account create shape (wireformat.h), `id` made by the client.
/// - `account.update`: `{"id", "fields": {key: new value}, "base": {key: value it replaced}}`
///   for keys name, company_name, tags, team_member_ids, folder_template_id, custom_fields.
/// - `contact.update`: the same shape for first_name, middle_name, last_name, email, tags,
///   phones, address, custom_fields.
/// - `link.set`: `{"account_id", "contact_id", "linked", "login", "notify", "email_sync"}`;
///   with `"linked": false` the contact is unlinked; with `"contact"` (a contact object) a new
///   contact is created and linked. An unlink with `"keep_changed": true` (undo of an import)
///   that no longer applies (account or contact gone, or the last contact by now) is skipped.
/// - `invitation.send`: `{"id", "account_id", "contact_id", "message"}`.
/// - `account.delete`: `{"id"?, "contact_ids": [...], "keep_changed"?}`: deletes the account
///   (when given) and its links, then each listed contact that no account links any more (undo
///   of an import). With `"keep_changed": true` (undo sends it) an account or contact changed
///   on the server since it was created stays, and is sent again with the next pull.
/// - `import.batch`: `{"import_id", "batch", "items": [{"kind", "payload"}]}`: one batch of a
///   bulk import as one operation (one outbox entry, one op_log entry); its items are
///   operations of the kinds above (not invitation.send) without op ids, applied in order, all or
///   none; an item's errors and conflicts have paths `items[i].payload.…`.
namespace opkind {
inline constexpr QLatin1StringView accountCreate{"account.create"};
inline constexpr QLatin1StringView accountUpdate{"account.update"};
inline constexpr QLatin1StringView contactUpdate{"contact.update"};
inline constexpr QLatin1StringView linkSet{"link.set"};
inline constexpr QLatin1StringView invitationSend{"invitation.send"};
inline constexpr QLatin1StringView accountDelete{"account.delete"};
inline constexpr QLatin1StringView importBatch{"import.batch"};
} // namespace opkind

/// At most this many operations in one push.
inline constexpr qsizetype maxOperationsPerPush = 1000;

/// One change a user made, as it waits in the outbox and travels to the server.
struct Operation {
    QUuid opId;
    QString kind;
    QJsonObject payload;

    bool operator==(const Operation&) const = default;
};

/// A field whose value changed on the server since the client read it (`account.update`,
/// `contact.update`): the server's current value and the value the client wanted.
struct FieldConflict {
    QString field;
    QJsonValue serverValue;
    QJsonValue clientValue;

    bool operator==(const FieldConflict&) const = default;
};

/// The server's answer for one operation.
enum class OperationStatus { Applied, Replayed, Rejected, Conflict };

struct OperationResult {
    QUuid opId;
    OperationStatus status = OperationStatus::Applied;
    Violations errors;              ///< for Rejected: field errors, paths relative to payload
    QList<FieldConflict> conflicts; ///< for Conflict: fields not applied (the rest were)

    bool operator==(const OperationResult&) const = default;
};

/// One entry of the change feed: an upsert carries the record's full JSON, a delete only its id.
/// Entities: account, contact, tag, custom_field, folder_template, team_member, settings,
/// invitation, notification.
struct Change {
    QString entity;
    bool deleted = false;
    QUuid id;
    QJsonObject data;

    bool operator==(const Change&) const = default;
};

struct ChangePage {
    QList<Change> changes;
    QString cursor; ///< opaque; pass as `since` for the next page
    bool more = false;

    bool operator==(const ChangePage&) const = default;
};

QString toWireName(OperationStatus status);
std::optional<OperationStatus> operationStatusFromWireName(const QString& name);

QJsonObject toJson(const Operation& op);
QJsonObject toJson(const OperationResult& result);
QJsonObject toJson(const Change& change);
QJsonObject toJson(const ChangePage& page);

Operation readOperation(const JsonReader& reader);
OperationResult readOperationResult(const JsonReader& reader);
Change readChange(const JsonReader& reader);
ChangePage readChangePage(const JsonReader& reader);

/// `{"ops": [...]}` of a push; more than maxOperationsPerPush is a `too_many` violation.
Decoded<QList<Operation>> decodeOperationBatch(const QByteArray& body);

} // namespace kontor::core
