// StoreWriter, part two: the local effect of outbox operations, the server's change feed, and
// re-applying pending operations over what the server sent.

#include "storewriter.h"

#include "operations.h"
#include "storereader.h"

#include "core/accountnaming.h"
#include "core/wireformat.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kontor::app {

namespace {

QVariant textOrNull(const QJsonObject& o, const QString& key)
{
    const QString v = o.value(key).toString();
    return v.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(v);
}

QString text(const QJsonObject& o, const QString& key)
{
    return o.value(key).toString(u""_s);
}

// The items of an import batch that change one of @p accounts or @p contacts, in their order:
// what must stay on top of those records when the server's copy of them arrives. Creates are
// left out, as single ones are (a record the server sent exists there already).
core::Operation itemsConcerning(const core::Operation& batch, const QSet<QUuid>& accounts,
                                const QSet<QUuid>& contacts)
{
    QJsonArray kept;
    for (const QJsonValue& value : batch.payload.value(u"items"_s).toArray()) {
        const QJsonObject item = value.toObject();
        const QString kind = item.value(u"kind"_s).toString();
        const QJsonObject payload = item.value(u"payload"_s).toObject();
        // An undo's last delete names contacts only: those no account links any more go.
        const bool concerned =
            ((kind == core::opkind::accountUpdate || kind == core::opkind::accountDelete) &&
             accounts.contains(ops::payloadId(payload, u"id"_s))) ||
            (kind == core::opkind::accountDelete && !payload.contains(u"id"_s)) ||
            (kind == core::opkind::contactUpdate &&
             contacts.contains(ops::payloadId(payload, u"id"_s))) ||
            (kind == core::opkind::linkSet &&
             accounts.contains(ops::payloadId(payload, u"account_id"_s)));
        if (concerned)
            kept.append(item);
    }
    return {batch.opId, batch.kind, QJsonObject{{u"items"_s, kept}}};
}

// The fields of the server's values @p values (keys `items[3].payload.email`, as the server
// names an item's conflicts) by the item they belong to.
QMap<qsizetype, QJsonObject> valuesByItem(const QJsonObject& values)
{
    static const QRegularExpression itemField(u"^items\\[(\\d+)\\]\\.payload\\.(.+)$"_s);
    QMap<qsizetype, QJsonObject> out;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QRegularExpressionMatch m = itemField.match(it.key());
        if (m.hasMatch())
            out[m.captured(1).toLongLong()].insert(m.captured(2), it.value());
    }
    return out;
}

} // namespace

bool StoreWriter::applyOperation(const core::Operation& op)
{
    if (op.kind == core::opkind::accountCreate)
        return applyAccountCreate(op.payload);
    if (op.kind == core::opkind::accountUpdate)
        return applyAccountUpdate(op.payload);
    if (op.kind == core::opkind::contactUpdate)
        return applyContactUpdate(op.payload);
    if (op.kind == core::opkind::linkSet)
        return applyLinkSet(op.payload);
    if (op.kind == core::opkind::invitationSend)
        return applyInvitationSend(op.payload);
    if (op.kind == core::opkind::accountDelete)
        return applyAccountDelete(op.payload);
    if (op.kind == core::opkind::importBatch) {
        for (const QJsonValue& item : op.payload.value(u"items"_s).toArray()) {
            const QJsonObject o = item.toObject();
            if (!applyOperation(
                    {op.opId, o.value(u"kind"_s).toString(), o.value(u"payload"_s).toObject()})) {
                return false;
            }
        }
        return true;
    }
    if (op.kind == localkind::notificationRead) {
        return markNotificationRead(ops::payloadId(op.payload, u"id"_s),
                                    QDateTime::currentDateTimeUtc());
    }
    return true; // kinds without a local effect (invitation.resend)
}

bool StoreWriter::applyAccountCreate(const QJsonObject& payload)
{
    core::Violations ignored;
    core::Account a = core::readAccount(core::JsonReader(payload, &ignored));
    StoreReader reader(m_db);
    // The effective name needs the names of linked existing contacts (R-ACC-4, R-CON-7).
    for (core::AccountContact& entry : a.contacts) {
        if (entry.existingContactId) {
            entry.contact = reader.contact(*entry.existingContactId).value_or(core::Contact{});
            entry.contact.id = *entry.existingContactId;
        }
    }
    a.name = core::effectiveAccountName(a, reader.firmSettings().nameFormat);
    const std::optional<qint64> rid = writeAccount(a);
    if (!rid)
        return false;
    for (const core::AccountContact& entry : a.contacts) {
        const std::optional<qint64> contactRid = entry.existingContactId
                                                     ? ensureContact(*entry.existingContactId)
                                                     : writeContact(entry.contact);
        if (!contactRid || !link(*rid, *contactRid, entry.switches, std::nullopt))
            return false;
    }
    return refreshPortalStatus(*rid);
}

bool StoreWriter::applyAccountUpdate(const QJsonObject& payload)
{
    StoreReader reader(m_db);
    std::optional<core::Account> a = reader.account(ops::payloadId(payload, u"id"_s));
    if (!a)
        return true; // deleted meanwhile: the server will answer for the operation
    ops::applyAccountFields(*a, payload.value(u"fields"_s).toObject());
    a->name = core::effectiveAccountName(*a, reader.firmSettings().nameFormat);
    return writeAccount(*a).has_value();
}

bool StoreWriter::applyContactUpdate(const QJsonObject& payload)
{
    std::optional<core::Contact> c = StoreReader(m_db).contact(ops::payloadId(payload, u"id"_s));
    if (!c)
        return true;
    ops::applyContactFields(*c, payload.value(u"fields"_s).toObject());
    return writeContact(*c).has_value();
}

bool StoreWriter::revertOperation(const core::Operation& op)
{
    // `base` holds the values the change replaced, as this client knew the server's record.
    return setServerValues(op, op.payload.value(u"base"_s).toObject());
}

bool StoreWriter::setServerValues(const core::Operation& op, const QJsonObject& values)
{
    if (op.kind == core::opkind::importBatch) {
        const QJsonArray items = op.payload.value(u"items"_s).toArray();
        const QMap<qsizetype, QJsonObject> byItem = valuesByItem(values);
        for (auto it = byItem.cbegin(); it != byItem.cend(); ++it) {
            const QJsonObject item = items.at(it.key()).toObject();
            if (!setServerValues({op.opId, item.value(u"kind"_s).toString(),
                                  item.value(u"payload"_s).toObject()},
                                 it.value())) {
                return false;
            }
        }
        return true;
    }
    const QJsonObject payload{{u"id"_s, op.payload.value(u"id"_s)}, {u"fields"_s, values}};
    if (op.kind == core::opkind::accountUpdate)
        return applyAccountUpdate(payload);
    if (op.kind == core::opkind::contactUpdate)
        return applyContactUpdate(payload);
    return true;
}

bool StoreWriter::applyLinkSet(const QJsonObject& payload)
{
    const QUuid accountId = ops::payloadId(payload, u"account_id"_s);
    const QUuid contactId = ops::payloadId(payload, u"contact_id"_s);
    const std::optional<qint64> accountRid = StoreReader(m_db).accountRid(accountId);
    if (!accountRid)
        return true;
    std::optional<qint64> contactRid;
    if (payload.contains(u"contact"_s)) {
        core::Violations ignored;
        core::Contact c =
            core::readContact(core::JsonReader(payload.value(u"contact"_s).toObject(), &ignored));
        c.id = contactId;
        contactRid = writeContact(c);
    } else {
        contactRid = ensureContact(contactId);
    }
    if (!contactRid)
        return false;
    m_touchedAccounts.insert(accountId);
    const bool ok =
        payload.value(u"linked"_s).toBool(true)
            ? link(*accountRid, *contactRid,
                   {payload.value(u"login"_s).toBool(), payload.value(u"notify"_s).toBool(),
                    payload.value(u"email_sync"_s).toBool()},
                   std::nullopt)
            : unlink(*accountRid, *contactRid);
    return ok && refreshPortalStatus(*accountRid);
}

bool StoreWriter::applyAccountDelete(const QJsonObject& payload)
{
    if (!deleteAccount(ops::payloadId(payload, u"id"_s)))
        return false;
    for (const QJsonValue& value : payload.value(u"contact_ids"_s).toArray()) {
        if (!deleteContactIfUnlinked(QUuid::fromString(value.toString())))
            return false;
    }
    return true;
}

bool StoreWriter::applyInvitationSend(const QJsonObject& payload)
{
    const QUuid accountId = ops::payloadId(payload, u"account_id"_s);
    const QUuid contactId = ops::payloadId(payload, u"contact_id"_s);
    StoreReader reader(m_db);
    const std::optional<qint64> accountRid = reader.accountRid(accountId);
    const std::optional<qint64> contactRid = reader.contactRid(contactId);
    if (!accountRid || !contactRid)
        return true;
    m_changes.invitations = true;
    // Inviting gives portal access (R-INV-1…3); the contact is pending until it activates.
    return run(u"INSERT OR IGNORE INTO invitations(id, account_id, contact_id, email, status,"
               " send_count) SELECT ?, ?, ?, email, 'queued', 0 FROM contacts WHERE rid = ?"_s,
               {text(payload, u"id"_s), core::toWireId(accountId), core::toWireId(contactId),
                *contactRid}) &&
           run(u"UPDATE account_contacts SET login = 1, portal_status = max(portal_status, ?)"
               " WHERE account_rid = ? AND contact_rid = ?"_s,
               {int(core::PortalStatus::Pending), *accountRid, *contactRid}) &&
           refreshPortalStatus(*accountRid);
}

// --- The change feed: the server's state ---

bool StoreWriter::applyChange(const core::Change& change)
{
    const QString& e = change.entity;
    if (e == u"account")
        return applyAccountChange(change);
    if (e == u"invitation")
        return applyInvitationChange(change);
    if (e == u"notification")
        return applyNotificationChange(change);
    if (e == u"contact") {
        if (change.deleted)
            return deleteContact(change.id);
        core::Violations ignored;
        core::Contact c = core::readContact(core::JsonReader(change.data, &ignored));
        c.id = change.id;
        return writeContact(c).has_value();
    }
    if (e == u"settings") {
        m_changes.referenceData = true;
        return setMeta(u"firm_settings"_s, toJsonText(change.data));
    }
    static const QHash<QString, QString> referenceTables = {
        {u"tag"_s, u"tags"_s},
        {u"team_member"_s, u"team_members"_s},
        {u"custom_field"_s, u"custom_fields"_s},
        {u"folder_template"_s, u"folder_templates"_s},
    };
    const auto table = referenceTables.constFind(e);
    if (table == referenceTables.cend()) {
        qCDebug(lcStore) << "ignoring change of unknown entity" << e;
        return true;
    }
    if (change.deleted) {
        m_changes.referenceData = true;
        return deleteRow(*table, change.id);
    }
    return writeReference(*table, change.id, text(change.data, u"name"_s), change.data);
}

bool StoreWriter::applyAccountChange(const core::Change& change)
{
    if (change.deleted)
        return deleteAccount(change.id);
    core::Violations ignored;
    core::Account a = core::readAccount(core::JsonReader(change.data, &ignored));
    a.id = change.id;
    if (a.name.trimmed().isEmpty())
        a.name = core::effectiveAccountName(a, StoreReader(m_db).firmSettings().nameFormat);
    const std::optional<qint64> rid = writeAccount(a);
    if (!rid)
        return false;
    if (!change.data.contains(u"contacts"_s))
        return true;
    // The server's links replace ours; contacts come with their data where the feed has it.
    QList<LinkRow> links;
    for (const core::AccountContact& entry : a.contacts) {
        const QUuid contactId = entry.existingContactId.value_or(entry.contact.id);
        if (contactId.isNull())
            continue;
        std::optional<qint64> contactRid;
        if (!entry.contact.firstName.isEmpty() || !entry.contact.lastName.isEmpty()) {
            core::Contact c = entry.contact;
            c.id = contactId;
            contactRid = writeContact(c);
        } else {
            contactRid = ensureContact(contactId);
        }
        if (!contactRid)
            return false;
        links.append({*contactRid, entry.switches, entry.portalStatus});
    }
    if (linksAre(*rid, links)) // the copy of what this computer sent, most often
        return true;
    // Links queued here for this account go on top of the server's (rebaseTouched), even when
    // the account's own columns were the same.
    m_touchedAccounts.insert(a.id);
    if (!removeLinks(*rid))
        return false;
    for (const LinkRow& l : std::as_const(links)) {
        if (!link(*rid, l.contactRid, l.switches, l.status))
            return false;
    }
    return true;
}

bool StoreWriter::applyInvitationChange(const core::Change& change)
{
    m_changes.invitations = true;
    if (change.deleted)
        return deleteRow(u"invitations"_s, change.id);
    const QJsonObject& d = change.data;
    return run(u"INSERT INTO invitations(id, account_id, contact_id, email, status, sent_at,"
               " expires_at, send_count) VALUES(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE"
               " SET account_id = excluded.account_id, contact_id = excluded.contact_id,"
               " email = excluded.email, status = excluded.status, sent_at = excluded.sent_at,"
               " expires_at = excluded.expires_at, send_count = excluded.send_count"_s,
               {core::toWireId(change.id), text(d, u"account_id"_s), text(d, u"contact_id"_s),
                text(d, u"email"_s), d.value(u"status"_s).toString(u"sent"_s),
                textOrNull(d, u"sent_at"_s), textOrNull(d, u"expires_at"_s),
                d.value(u"send_count"_s).toInt()});
}

bool StoreWriter::applyNotificationChange(const core::Change& change)
{
    m_changes.notifications = true;
    if (change.deleted)
        return deleteRow(u"notifications"_s, change.id);
    const QJsonObject& d = change.data;
    // A read mark made here and still in the outbox survives the server's older copy.
    return run(u"INSERT INTO notifications(id, kind, account_id, title, created_at, read_at, data)"
               " VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET kind = excluded.kind,"
               " account_id = excluded.account_id, title = excluded.title,"
               " created_at = excluded.created_at,"
               " read_at = coalesce(excluded.read_at, notifications.read_at),"
               " data = excluded.data"_s,
               {core::toWireId(change.id), text(d, u"kind"_s), textOrNull(d, u"account_id"_s),
                text(d, u"title"_s), text(d, u"created_at"_s), textOrNull(d, u"read_at"_s),
                toJsonText(d)});
}

bool StoreWriter::rebaseTouched()
{
    // Re-applying writes records too: a queued link that creates its contact writes the
    // queued copy of that contact again, so the changes queued for that contact go on top of
    // it in a next round. Each round looks only at records the rounds before did not.
    QSet<QUuid> accountsDone;
    QSet<QUuid> contactsDone;
    QSet<QUuid> singlesDone;
    for (;;) {
        const QSet<QUuid> accounts = m_touchedAccounts - accountsDone;
        const QSet<QUuid> contacts = m_touchedContacts - contactsDone;
        if (accounts.isEmpty() && contacts.isEmpty())
            return true;
        accountsDone.unite(accounts);
        contactsDone.unite(contacts);
        for (const core::Operation& op : StoreReader(m_db).outboxFor(accounts, contacts)) {
            // A pending create whose account arrived from the server was applied there already.
            if (op.kind == core::opkind::accountCreate)
                continue;
            if (op.kind == core::opkind::importBatch) {
                if (!applyOperation(itemsConcerning(op, accounts, contacts)))
                    return false;
            } else if (!singlesDone.contains(op.opId)) {
                singlesDone.insert(op.opId);
                if (!applyOperation(op))
                    return false;
            }
        }
    }
}

} // namespace kontor::app
