#include "storereader.h"

#include "database.h"
#include "searchtext.h"

#include "core/emailaddress.h"
#include "core/nameformat.h"
#include "core/phonenumber.h"
#include "core/wireformat.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kontor::app {

QString toJsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString toJsonText(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObjectFromText(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonArray jsonArrayFromText(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

namespace {

QString placeholders(qsizetype count)
{
    QStringList marks(count, u"?"_s);
    return marks.join(u',');
}

QDateTime dateFromText(const QVariant& value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// The contact columns in the order contactFromRow() reads them, from offset @p at.
const QString contactColumns = u"c.id, c.first_name, c.middle_name, c.last_name, c.email, c.data"_s;

core::Contact contactFromRow(const QSqlQuery& q, int at)
{
    QJsonObject o = jsonObjectFromText(q.value(at + 5).toString());
    o.insert(u"id"_s, q.value(at).toString());
    o.insert(u"first_name"_s, q.value(at + 1).toString());
    o.insert(u"middle_name"_s, q.value(at + 2).toString());
    o.insert(u"last_name"_s, q.value(at + 3).toString());
    o.insert(u"email"_s, q.value(at + 4).toString());
    core::Violations ignored;
    return core::readContact(core::JsonReader(o, &ignored));
}

template <typename T, typename Read>
QList<T> readJsonRows(Database& db, const QString& sql, Read read)
{
    QList<T> out;
    Statement q(db, sql);
    if (!q.exec())
        return out;
    core::Violations ignored;
    while (q->next())
        out.append(read(core::JsonReader(jsonObjectFromText(q->value(0).toString()), &ignored)));
    return out;
}

std::optional<qint64> ridOf(Database& db, const QString& table, const QUuid& id)
{
    const std::optional<QList<qint64>> rid =
        db.integers(u"SELECT rid FROM %1 WHERE id = ?"_s.arg(table), {core::toWireId(id)});
    if (rid && !rid->isEmpty())
        return rid->constFirst();
    return std::nullopt;
}

} // namespace

std::optional<qint64> StoreReader::accountRid(const QUuid& id) const
{
    return ridOf(m_db, u"accounts"_s, id);
}

std::optional<qint64> StoreReader::contactRid(const QUuid& id) const
{
    return ridOf(m_db, u"contacts"_s, id);
}

std::optional<core::Account> StoreReader::account(const QUuid& id) const
{
    Statement q(m_db, u"SELECT rid, type, name, company_name, portal_status, tags, team_member_ids,"
                      " folder_template_id, custom_fields, folders FROM accounts WHERE id = ?"_s);
    q->addBindValue(core::toWireId(id));
    if (!q.exec() || !q->next())
        return std::nullopt;
    core::Account a;
    a.id = id;
    const qint64 rid = q->value(0).toLongLong();
    a.type = core::AccountType(q->value(1).toInt());
    a.name = q->value(2).toString();
    a.companyName = q->value(3).toString();
    a.portalStatus = core::PortalStatus(q->value(4).toInt());
    for (const QJsonValue& v : jsonArrayFromText(q->value(5).toString()))
        a.tags.append(v.toString());
    for (const QJsonValue& v : jsonArrayFromText(q->value(6).toString()))
        a.teamMemberIds.append(QUuid::fromString(v.toString()));
    if (!q->value(7).isNull())
        a.folderTemplateId = QUuid::fromString(q->value(7).toString());
    a.customFields = jsonObjectFromText(q->value(8).toString());
    core::Violations ignored;
    a.folders = core::readFolders(
        core::JsonReader(QJsonObject{{u"f"_s, jsonArrayFromText(q->value(9).toString())}},
                         &ignored),
        u"f"_s);

    Statement c(m_db,
                u"SELECT "_s + contactColumns +
                    u", l.login, l.notify, l.email_sync, l.portal_status FROM account_contacts l"
                    " JOIN contacts c ON c.rid = l.contact_rid WHERE l.account_rid = ?"
                    " ORDER BY l.position, c.rid"_s);
    c->addBindValue(rid);
    if (!c.exec())
        return std::nullopt;
    while (c->next()) {
        core::AccountContact entry;
        entry.contact = contactFromRow(*c, 0);
        entry.switches = {c->value(6).toBool(), c->value(7).toBool(), c->value(8).toBool()};
        entry.portalStatus = core::PortalStatus(c->value(9).toInt());
        a.contacts.append(entry);
    }
    return a;
}

std::optional<core::Contact> StoreReader::contact(const QUuid& id) const
{
    const QList<core::Contact> found = contactsWhere(u"c.id = ?"_s, {core::toWireId(id)}, 1);
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<qint64> StoreReader::accountsOfContact(qint64 contactRid) const
{
    return m_db
        .integers(u"SELECT account_rid FROM account_contacts WHERE contact_rid = ?"_s, {contactRid})
        .value_or(QList<qint64>{});
}

QList<QUuid> StoreReader::accountIdsOfContact(const QUuid& contactId) const
{
    QList<QUuid> out;
    Statement q(m_db,
                u"SELECT a.id FROM contacts c JOIN account_contacts l ON l.contact_rid = c.rid"
                " JOIN accounts a ON a.rid = l.account_rid WHERE c.id = ?"
                " ORDER BY l.account_rid"_s);
    q->addBindValue(core::toWireId(contactId));
    if (q.exec()) {
        while (q->next())
            out.append(QUuid::fromString(q->value(0).toString()));
    }
    return out;
}

QList<core::Contact> StoreReader::contactsWhere(const QString& condition,
                                                const QVariantList& values, int limit) const
{
    QList<core::Contact> out;
    QString sql = u"SELECT "_s + contactColumns + u" FROM contacts c WHERE "_s + condition +
                  u" ORDER BY c.name_key, c.rid"_s;
    if (limit >= 0)
        sql += u" LIMIT %1"_s.arg(limit);
    Statement q(m_db, sql);
    for (const QVariant& v : values)
        q->addBindValue(v);
    if (!q.exec())
        return out;
    while (q->next())
        out.append(contactFromRow(*q, 0));
    return out;
}

QList<core::Tag> StoreReader::tags() const
{
    return readJsonRows<core::Tag>(m_db, u"SELECT data FROM tags ORDER BY name"_s, core::readTag);
}

QList<core::TeamMember> StoreReader::teamMembers() const
{
    return readJsonRows<core::TeamMember>(m_db, u"SELECT data FROM team_members ORDER BY name"_s,
                                          core::readTeamMember);
}

QList<core::CustomFieldDefinition> StoreReader::customFields() const
{
    return readJsonRows<core::CustomFieldDefinition>(
        m_db, u"SELECT data FROM custom_fields ORDER BY name"_s, core::readCustomFieldDefinition);
}

QList<core::FolderTemplate> StoreReader::folderTemplates() const
{
    return readJsonRows<core::FolderTemplate>(
        m_db, u"SELECT data FROM folder_templates ORDER BY name"_s, core::readFolderTemplate);
}

QString StoreReader::meta(const QString& key) const
{
    Statement q(m_db, u"SELECT value FROM meta WHERE key = ?"_s);
    q->addBindValue(key);
    if (q.exec() && q->next())
        return q->value(0).toString();
    return {};
}

core::FirmSettings StoreReader::firmSettings() const
{
    core::Violations ignored;
    return core::readFirmSettings(
        core::JsonReader(jsonObjectFromText(meta(u"firm_settings"_s)), &ignored));
}

CurrentUser StoreReader::currentUser() const
{
    const QJsonObject o = jsonObjectFromText(meta(u"current_user"_s));
    CurrentUser u;
    u.id = QUuid::fromString(o.value(u"id"_s).toString());
    u.name = o.value(u"name"_s).toString();
    u.email = o.value(u"email"_s).toString();
    u.role = core::roleFromWireName(o.value(u"role"_s).toString()).value_or(core::Role::Employee);
    const QJsonArray permissions = o.value(u"permissions"_s).toArray();
    u.permissions.manageAccounts = permissions.contains(u"manage_accounts"_s);
    u.permissions.defaultAccountAccess = permissions.contains(u"default_account_access"_s);
    u.firmId = QUuid::fromString(o.value(u"firm_id"_s).toString());
    u.firmName = o.value(u"firm_name"_s).toString();
    return u;
}

QList<core::Contact> StoreReader::findContacts(const QString& text, int limit) const
{
    const QString match = ftsMatchExpression(text);
    if (match.isEmpty())
        return {};
    return contactsWhere(
        u"c.rid IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ? LIMIT %1)"_s.arg(
            limit),
        {match}, limit);
}

QList<core::Contact> StoreReader::findDuplicateContacts(const core::Contact& contact) const
{
    QList<core::Contact> out;
    const auto add = [&](const core::Contact& c) {
        if (c.id == contact.id && !contact.id.isNull())
            return;
        for (const core::Contact& seen : out) {
            if (seen.id == c.id)
                return;
        }
        out.append(c);
    };
    const QString email = core::normalizedEmail(contact.email);
    if (!email.isEmpty()) {
        for (const core::Contact& c : contactsWhere(u"c.email_key = ?"_s, {email}, 20))
            add(c);
    }
    QSet<QString> phones;
    for (const core::PhoneNumber& p : contact.phones)
        phones.insert(core::toE164(p.number).value_or(p.number));
    const QString nameKey =
        foldText(contact.firstName.trimmed() + u' ' + contact.lastName.trimmed());
    if (!phones.isEmpty() && !contact.firstName.trimmed().isEmpty() &&
        !contact.lastName.trimmed().isEmpty()) {
        for (const core::Contact& c : contactsWhere(u"c.name_key = ?"_s, {nameKey}, 200)) {
            for (const core::PhoneNumber& p : c.phones) {
                if (phones.contains(core::toE164(p.number).value_or(p.number))) {
                    add(c);
                    break;
                }
            }
        }
    }
    return out;
}

QList<core::Operation> StoreReader::outbox(int limit, qint64 maxBytes) const
{
    QList<core::Operation> out;
    Statement q(m_db, u"SELECT op_id, kind, payload, length(payload) FROM outbox ORDER BY seq"
                      " LIMIT ?"_s);
    q->addBindValue(limit);
    if (!q.exec())
        return out;
    qint64 bytes = 0;
    while (q->next()) {
        // Stop before the text of the operations read grows past maxBytes (one at least):
        // an import's batches are large, and parsing what is not sent costs time.
        bytes += q->value(3).toLongLong();
        if (maxBytes >= 0 && bytes > maxBytes && !out.isEmpty())
            break;
        out.append({QUuid::fromString(q->value(0).toString()), q->value(1).toString(),
                    jsonObjectFromText(q->value(2).toString())});
    }
    return out;
}

int StoreReader::outboxCount() const
{
    Statement q(m_db, u"SELECT count(*) FROM outbox"_s);
    if (q.exec() && q->next())
        return q->value(0).toInt();
    return 0;
}

QList<core::Operation> StoreReader::outboxFor(const QSet<QUuid>& accountIds,
                                              const QSet<QUuid>& contactIds) const
{
    QList<core::Operation> out;
    if (accountIds.isEmpty() && contactIds.isEmpty())
        return out;
    // An import batch has no single account: outbox_accounts names the accounts it creates or
    // changes, the accounts of a contact are found through its links.
    const QString accounts = placeholders(qMax<qsizetype>(accountIds.size(), 1));
    const QString contacts = placeholders(qMax<qsizetype>(contactIds.size(), 1));
    Statement q(m_db, u"SELECT op_id, kind, payload FROM outbox WHERE account_id IN (%1)"
                      " OR contact_id IN (%2) OR op_id IN (SELECT op_id FROM outbox_accounts"
                      " WHERE account_id IN (%1) OR account_id IN (SELECT a.id FROM contacts c"
                      " JOIN account_contacts l ON l.contact_rid = c.rid"
                      " JOIN accounts a ON a.rid = l.account_rid WHERE c.id IN (%2)))"
                      " ORDER BY seq"_s.arg(accounts, contacts));
    QStringList accountTexts;
    for (const QUuid& id : accountIds)
        accountTexts.append(core::toWireId(id));
    if (accountTexts.isEmpty())
        accountTexts.append(QString());
    QStringList contactTexts;
    for (const QUuid& id : contactIds)
        contactTexts.append(core::toWireId(id));
    if (contactTexts.isEmpty())
        contactTexts.append(QString());
    for (const QStringList& values : {accountTexts, contactTexts, accountTexts, contactTexts}) {
        for (const QString& v : values)
            q->addBindValue(v);
    }
    if (!q.exec())
        return out;
    while (q->next()) {
        out.append({QUuid::fromString(q->value(0).toString()), q->value(1).toString(),
                    jsonObjectFromText(q->value(2).toString())});
    }
    return out;
}

QList<SyncIssue> StoreReader::syncIssues() const
{
    QList<SyncIssue> out;
    Statement q(m_db,
                u"SELECT op_id, status, kind, payload, account_id, contact_id, errors, conflicts,"
                " created_at FROM sync_issues ORDER BY created_at, op_id"_s);
    if (!q.exec()) {
        return out;
    }
    while (q->next()) {
        SyncIssue issue;
        issue.kind = q->value(1).toString() == u"conflict" ? SyncIssue::Kind::Conflict
                                                           : SyncIssue::Kind::Rejected;
        issue.operation = {QUuid::fromString(q->value(0).toString()), q->value(2).toString(),
                           jsonObjectFromText(q->value(3).toString())};
        issue.accountId = QUuid::fromString(q->value(4).toString());
        issue.contactId = QUuid::fromString(q->value(5).toString());
        issue.errors = core::readViolations(jsonArrayFromText(q->value(6).toString()));
        for (const QJsonValue& v : jsonArrayFromText(q->value(7).toString())) {
            const QJsonObject c = v.toObject();
            issue.conflicts.append({c.value(u"field"_s).toString(), c.value(u"server_value"_s),
                                    c.value(u"client_value"_s)});
        }
        issue.createdAt = dateFromText(q->value(8));
        out.append(issue);
    }
    return out;
}

QList<PendingActivation> StoreReader::pendingActivations() const
{
    QList<PendingActivation> out;
    const core::NameFormat format = firmSettings().nameFormat;
    Statement q(m_db,
                u"SELECT i.id, i.account_id, i.contact_id, i.email, i.status, i.sent_at,"
                " i.expires_at, i.send_count, a.name, c.first_name, c.middle_name, c.last_name"
                " FROM invitations i LEFT JOIN accounts a ON a.id = i.account_id"
                " LEFT JOIN contacts c ON c.id = i.contact_id"
                " WHERE i.status IN ('queued', 'pending', 'sent', 'failed', 'expired')"
                " ORDER BY coalesce(i.sent_at, '9999') DESC, i.id"_s);
    if (!q.exec()) {
        return out;
    }
    while (q->next()) {
        PendingActivation p;
        p.invitationId = QUuid::fromString(q->value(0).toString());
        p.accountId = QUuid::fromString(q->value(1).toString());
        p.contactId = QUuid::fromString(q->value(2).toString());
        p.email = q->value(3).toString();
        p.status = invitationStatusFromWireName(q->value(4).toString());
        p.sentAt = dateFromText(q->value(5));
        p.expiresAt = dateFromText(q->value(6));
        p.sendCount = q->value(7).toInt();
        p.accountName = q->value(8).toString();
        p.contactName = core::formatPersonName(format, q->value(9).toString(),
                                               q->value(10).toString(), q->value(11).toString());
        out.append(p);
    }
    return out;
}

QList<Notification> StoreReader::notifications() const
{
    QList<Notification> out;
    Statement q(m_db, u"SELECT id, kind, account_id, title, created_at, read_at, data"
                      " FROM notifications ORDER BY created_at DESC, id"_s);
    if (!q.exec()) {
        return out;
    }
    while (q->next()) {
        Notification n;
        n.id = QUuid::fromString(q->value(0).toString());
        n.kind = q->value(1).toString();
        n.accountId = QUuid::fromString(q->value(2).toString());
        n.title = q->value(3).toString();
        n.createdAt = dateFromText(q->value(4));
        n.readAt = dateFromText(q->value(5));
        n.desktopLink = jsonObjectFromText(q->value(6).toString())
                            .value(u"links"_s)
                            .toObject()
                            .value(u"desktop"_s)
                            .toString();
        if (n.desktopLink.isEmpty() && !n.accountId.isNull())
            n.desktopLink = u"kontor://account/"_s + core::toWireId(n.accountId);
        out.append(n);
    }
    return out;
}

} // namespace kontor::app
