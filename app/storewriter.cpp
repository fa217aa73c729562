#include "storewriter.h"

#include "jsontext.h"
#include "searchtext.h"
#include "storereader.h"

#include "core/emailaddress.h"
#include "core/phonenumber.h"
#include "core/wireformat.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kontor::app {

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Qt binds a null QString as SQL NULL; text columns hold '' instead.
QString text(const QString& value)
{
    return value.isNull() ? u""_s : value;
}

QVariant nullable(const QUuid& id)
{
    return id.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(core::toWireId(id));
}

QStringList phoneSearchForms(const QList<core::PhoneNumber>& phones)
{
    // E.164 digits and, for German numbers, the national form people type ("0351…").
    QStringList out;
    for (const core::PhoneNumber& p : phones) {
        const QString e164 = core::toE164(p.number).value_or(p.number);
        out.append(e164);
        if (e164.startsWith(u"+49"))
            out.append(u'0' + e164.mid(3));
    }
    return out;
}

} // namespace

StoreWriter::StoreWriter(Database& db, StoreChanges& changes)
    : m_db(db)
    , m_changes(changes)
{
}

bool StoreWriter::run(const QString& sql, const QVariantList& values)
{
    return m_db.run(sql, values);
}

QString StoreWriter::comparisonSql(const QString& table, const QStringList& columns)
{
    QString sql = u"SELECT rid"_s;
    for (const QString& column : columns)
        sql += u", "_s + column + u" IS ?"_s;
    return sql + u" FROM "_s + table + u" WHERE id = ?"_s;
}

std::optional<StoreWriter::StoredRow>
StoreWriter::compareStored(const QString& sql, const QUuid& id, const QVariantList& values)
{
    const std::optional<QList<qint64>> found =
        m_db.integers(sql, values + QVariantList{core::toWireId(id)});
    if (!found || found->size() != values.size() + 1)
        return std::nullopt;
    StoredRow row;
    row.rid = found->constFirst();
    for (qsizetype i = 0; i < values.size(); ++i)
        row.same.append(found->at(i + 1) == 1);
    return row;
}

bool StoreWriter::linksAre(qint64 accountRid, const QList<LinkRow>& wanted)
{
    // Row by row, as integers() reads them (switches are stored as 0 or 1).
    QList<qint64> expected;
    expected.reserve(wanted.size() * 5);
    for (const LinkRow& w : wanted) {
        expected << w.contactRid << qint64(w.switches.login) << qint64(w.switches.notify)
                 << qint64(w.switches.emailSync) << qint64(w.status);
    }
    return m_db.integers(u"SELECT contact_rid, login, notify, email_sync, portal_status"
                         " FROM account_contacts WHERE account_rid = ? ORDER BY position"_s,
                         {accountRid}) == expected;
}

void StoreWriter::accountChanged(qint64 rid)
{
    m_changes.accounts.insert(rid);
    m_searchDirty.insert(rid);
}

std::optional<qint64> StoreWriter::writeAccount(const core::Account& a)
{
    QJsonArray memberIds;
    for (const QUuid& m : a.teamMemberIds)
        memberIds.append(core::toWireId(m));
    static const QStringList columns = {
        u"type"_s,          u"name"_s,    u"company_name"_s,    u"sort_key"_s,
        u"portal_status"_s, u"tags"_s,    u"team_member_ids"_s, u"folder_template_id"_s,
        u"custom_fields"_s, u"folders"_s, u"search_text"_s};
    enum { Tags = 5, Members = 6, SearchText = 10 };
    const QVariantList values = {int(a.type),
                                 text(a.name),
                                 text(a.companyName),
                                 text(sortKey(a.name)),
                                 int(a.portalStatus),
                                 toJsonText(QJsonArray::fromStringList(a.tags)),
                                 toJsonText(memberIds),
                                 nullable(a.folderTemplateId.value_or(QUuid())),
                                 toJsonText(a.customFields),
                                 toJsonText(core::toJson(a.folders)),
                                 text(searchDocument({a.name, a.companyName}))};
    static const QString comparison = comparisonSql(u"accounts"_s, columns);
    const std::optional<StoredRow> stored = compareStored(comparison, a.id, values);
    if (stored && stored->allSame())
        return stored->rid;
    const bool ok =
        run(u"INSERT INTO accounts(id, type, name, company_name, sort_key, portal_status, tags,"
            " team_member_ids, folder_template_id, custom_fields, folders, search_text)"
            " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
            " type = excluded.type, name = excluded.name, company_name = excluded.company_name,"
            " sort_key = excluded.sort_key, portal_status = excluded.portal_status,"
            " tags = excluded.tags, team_member_ids = excluded.team_member_ids,"
            " folder_template_id = excluded.folder_template_id,"
            " custom_fields = excluded.custom_fields, folders = excluded.folders,"
            " search_text = excluded.search_text"_s,
            QVariantList{core::toWireId(a.id)} + values);
    const std::optional<qint64> rid = !ok      ? std::nullopt
                                      : stored ? stored->rid
                                               : StoreReader(m_db).accountRid(a.id);
    if (!rid)
        return std::nullopt;
    // The filter tables and the search entry follow their columns.
    if (!stored || !stored->same.at(Tags)) {
        if (!run(u"DELETE FROM account_tags WHERE account_rid = ?"_s, {*rid}))
            return std::nullopt;
        for (const QString& tag : a.tags) {
            if (!run(u"INSERT OR IGNORE INTO account_tags(tag_key, account_rid) VALUES(?, ?)"_s,
                     {tag.toCaseFolded(), *rid})) {
                return std::nullopt;
            }
        }
    }
    if (!stored || !stored->same.at(Members)) {
        if (!run(u"DELETE FROM account_members WHERE account_rid = ?"_s, {*rid}))
            return std::nullopt;
        for (const QUuid& m : a.teamMemberIds) {
            if (!run(u"INSERT OR IGNORE INTO account_members(member_id, account_rid)"
                     " VALUES(?, ?)"_s,
                     {core::toWireId(m), *rid})) {
                return std::nullopt;
            }
        }
    }
    if (!stored || !stored->same.at(SearchText))
        accountChanged(*rid);
    else
        m_changes.accounts.insert(*rid);
    m_touchedAccounts.insert(a.id);
    return rid;
}

QString contactDataText(const core::Contact& c)
{
    return QString::fromUtf8(jsontext::contactData(c));
}

std::optional<qint64> StoreWriter::writeContact(const core::Contact& c)
{
    const QString searchText = searchDocument(
        QStringList{c.firstName, c.middleName, c.lastName, c.email} + phoneSearchForms(c.phones));
    static const QStringList columns = {u"first_name"_s, u"middle_name"_s, u"last_name"_s,
                                        u"email"_s,      u"email_key"_s,   u"name_key"_s,
                                        u"data"_s,       u"search_text"_s};
    enum { SearchText = 7 };
    const QVariantList values = {
        text(c.firstName),
        text(c.middleName),
        text(c.lastName),
        text(c.email),
        text(core::normalizedEmail(c.email)),
        text(foldText(c.firstName.trimmed() + u' ' + c.lastName.trimmed())),
        contactDataText(c),
        text(searchText)};
    static const QString comparison = comparisonSql(u"contacts"_s, columns);
    const std::optional<StoredRow> stored = compareStored(comparison, c.id, values);
    if (stored && stored->allSame())
        return stored->rid;
    const bool ok =
        run(u"INSERT INTO contacts(id, first_name, middle_name, last_name, email, email_key,"
            " name_key, data, search_text) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET first_name = excluded.first_name,"
            " middle_name = excluded.middle_name, last_name = excluded.last_name,"
            " email = excluded.email, email_key = excluded.email_key,"
            " name_key = excluded.name_key, data = excluded.data,"
            " search_text = excluded.search_text"_s,
            QVariantList{core::toWireId(c.id)} + values);
    const std::optional<qint64> rid = !ok      ? std::nullopt
                                      : stored ? stored->rid
                                               : StoreReader(m_db).contactRid(c.id);
    if (!rid)
        return std::nullopt;
    const bool sameWords = stored && stored->same.at(SearchText);
    if (!sameWords && (!run(u"DELETE FROM contacts_fts WHERE rowid = ?"_s, {*rid}) ||
                       !run(u"INSERT INTO contacts_fts(rowid, contact) VALUES(?, ?)"_s,
                            {*rid, text(searchText)}))) {
        return std::nullopt;
    }
    m_changes.contacts.insert(c.id);
    m_touchedContacts.insert(c.id);
    // Linked accounts are found by this contact's names, emails and phones.
    for (qint64 accountRid : StoreReader(m_db).accountsOfContact(*rid)) {
        if (sameWords)
            m_changes.accounts.insert(accountRid);
        else
            accountChanged(accountRid);
    }
    return rid;
}

std::optional<qint64> StoreWriter::ensureContact(const QUuid& id)
{
    if (std::optional<qint64> rid = StoreReader(m_db).contactRid(id))
        return rid;
    // Known only by its id so far (its record follows in the change feed): keep the link.
    core::Contact placeholder;
    placeholder.id = id;
    return writeContact(placeholder);
}

bool StoreWriter::link(qint64 accountRid, qint64 contactRid, const core::ContactSwitches& s,
                       std::optional<core::PortalStatus> status)
{
    const QVariant statusValue =
        status ? QVariant(int(*status)) : QVariant(QMetaType::fromType<int>());
    accountChanged(accountRid);
    return run(u"INSERT INTO account_contacts(account_rid, contact_rid, position, login, notify,"
               " email_sync, portal_status) VALUES(?, ?, (SELECT coalesce(max(position) + 1, 0)"
               " FROM account_contacts WHERE account_rid = ?), ?, ?, ?, coalesce(?, 0))"
               " ON CONFLICT(account_rid, contact_rid) DO UPDATE SET login = excluded.login,"
               " notify = excluded.notify, email_sync = excluded.email_sync,"
               " portal_status = coalesce(?, portal_status)"_s,
               {accountRid, contactRid, accountRid, s.login, s.notify, s.emailSync, statusValue,
                statusValue});
}

bool StoreWriter::unlink(qint64 accountRid, qint64 contactRid)
{
    accountChanged(accountRid);
    return run(u"DELETE FROM account_contacts WHERE account_rid = ? AND contact_rid = ?"_s,
               {accountRid, contactRid});
}

bool StoreWriter::removeLinks(qint64 accountRid)
{
    accountChanged(accountRid);
    return run(u"DELETE FROM account_contacts WHERE account_rid = ?"_s, {accountRid});
}

bool StoreWriter::flushSearchIndex()
{
    // Every change of an account's entry goes here, deletes too. FTS5 keeps a transaction's
    // changes in memory, and writes them out as a segment of their own (merged later) at every
    // step back in rowid order and before every INSERT … SELECT into it. So the rows go in
    // ascending order, and their text is read first.
    QList<qint64> rids(m_searchDirty.cbegin(), m_searchDirty.cend());
    std::sort(rids.begin(), rids.end());
    for (qint64 rid : std::as_const(rids)) {
        Statement text(m_db, u"SELECT a.search_text, coalesce((SELECT group_concat(c.search_text,"
                             " ' ') FROM account_contacts l JOIN contacts c"
                             " ON c.rid = l.contact_rid WHERE l.account_rid = a.rid), '')"
                             " FROM accounts a WHERE a.rid = ?"_s);
        text->addBindValue(rid);
        if (!text.exec() || !run(u"DELETE FROM accounts_fts WHERE rowid = ?"_s, {rid}))
            return false;
        if (text->next() &&
            !run(u"INSERT INTO accounts_fts(rowid, account, contacts) VALUES(?, ?, ?)"_s,
                 {rid, text->value(0), text->value(1)})) {
            return false;
        }
    }
    m_searchDirty.clear();
    return true;
}

bool StoreWriter::rebuildSearchIndex()
{
    m_searchDirty.clear();
    return execSql(m_db.db(), u"DELETE FROM accounts_fts"_s) &&
           execSql(m_db.db(), u"INSERT INTO accounts_fts(rowid, account, contacts)"
                              " SELECT a.rid, a.search_text, coalesce((SELECT group_concat("
                              "c.search_text, ' ') FROM account_contacts l JOIN contacts c"
                              " ON c.rid = l.contact_rid WHERE l.account_rid = a.rid), '')"
                              " FROM accounts a"_s) &&
           execSql(m_db.db(), u"DELETE FROM contacts_fts"_s) &&
           execSql(m_db.db(), u"INSERT INTO contacts_fts(rowid, contact)"
                              " SELECT rid, search_text FROM contacts"_s) &&
           execSql(m_db.db(), u"INSERT INTO accounts_fts(accounts_fts) VALUES('optimize')"_s) &&
           execSql(m_db.db(), u"INSERT INTO contacts_fts(contacts_fts) VALUES('optimize')"_s);
}

bool StoreWriter::refreshPortalStatus(qint64 accountRid)
{
    // PortalStatus orders NotActivated < Pending < Activated, so the account's status (R-INV-7:
    // activated if any contact activated, else pending if any invited) is the maximum.
    m_changes.accounts.insert(accountRid);
    return run(u"UPDATE accounts SET portal_status = (SELECT coalesce(max(portal_status), 0)"
               " FROM account_contacts WHERE account_rid = ?) WHERE rid = ?"_s,
               {accountRid, accountRid});
}

bool StoreWriter::deleteAccount(const QUuid& id)
{
    const std::optional<qint64> rid = StoreReader(m_db).accountRid(id);
    if (!rid)
        return true;
    m_touchedAccounts.insert(id);
    accountChanged(*rid); // flushSearchIndex() finds no row and only takes the entry out
    return run(u"DELETE FROM accounts WHERE rid = ?"_s, {*rid});
}

bool StoreWriter::deleteContact(const QUuid& id)
{
    StoreReader reader(m_db);
    const std::optional<qint64> rid = reader.contactRid(id);
    return !rid || removeContact(*rid, id, reader.accountsOfContact(*rid));
}

bool StoreWriter::deleteContactIfUnlinked(const QUuid& id)
{
    StoreReader reader(m_db);
    const std::optional<qint64> rid = reader.contactRid(id);
    return !rid || !reader.accountsOfContact(*rid).isEmpty() || removeContact(*rid, id, {});
}

bool StoreWriter::removeContact(qint64 rid, const QUuid& id, const QList<qint64>& linkedAccounts)
{
    if (!run(u"DELETE FROM contacts_fts WHERE rowid = ?"_s, {rid}) ||
        !run(u"DELETE FROM contacts WHERE rid = ?"_s, {rid})) {
        return false;
    }
    m_changes.contacts.insert(id);
    ++m_contactsRemoved;
    for (qint64 accountRid : linkedAccounts) {
        accountChanged(accountRid);
        if (!refreshPortalStatus(accountRid))
            return false;
    }
    return true;
}

bool StoreWriter::writeReference(const QString& table, const QUuid& id, const QString& name,
                                 const QJsonObject& data)
{
    m_changes.referenceData = true;
    return run(u"INSERT INTO %1(id, name, data) VALUES(?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
               " name = excluded.name, data = excluded.data"_s.arg(table),
               {core::toWireId(id), text(name), toJsonText(data)});
}

bool StoreWriter::deleteRow(const QString& table, const QUuid& id)
{
    return run(u"DELETE FROM %1 WHERE id = ?"_s.arg(table), {core::toWireId(id)});
}

bool StoreWriter::setMeta(const QString& key, const QString& value)
{
    return run(u"INSERT INTO meta(key, value) VALUES(?, ?)"
               " ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
               {key, text(value)});
}

bool StoreWriter::setCurrentUser(const CurrentUser& u)
{
    QJsonArray permissions;
    if (u.permissions.manageAccounts)
        permissions.append(u"manage_accounts"_s);
    if (u.permissions.defaultAccountAccess)
        permissions.append(u"default_account_access"_s);
    m_changes.currentUser = true;
    return setMeta(u"current_user"_s,
                   toJsonText(QJsonObject{{u"id"_s, core::toWireId(u.id)},
                                          {u"name"_s, u.name},
                                          {u"email"_s, u.email},
                                          {u"role"_s, core::toWireName(u.role)},
                                          {u"permissions"_s, permissions},
                                          {u"firm_id"_s, core::toWireId(u.firmId)},
                                          {u"firm_name"_s, u.firmName}}));
}

bool StoreWriter::markNotificationRead(const QUuid& id, const QDateTime& when)
{
    m_changes.notifications = true;
    return run(u"UPDATE notifications SET read_at = ? WHERE id = ? AND read_at IS NULL"_s,
               {when.toUTC().toString(Qt::ISODateWithMs), core::toWireId(id)});
}

// --- The outbox ---

namespace {

// The account and contact an operation is about, for the outbox's lookup columns.
std::pair<QUuid, QUuid> operationSubjects(const core::Operation& op)
{
    const QJsonObject& p = op.payload;
    const auto id = [&](const QString& key) { return QUuid::fromString(p.value(key).toString()); };
    if (op.kind == core::opkind::accountCreate || op.kind == core::opkind::accountUpdate)
        return {id(u"id"_s), {}};
    if (op.kind == core::opkind::contactUpdate)
        return {{}, id(u"id"_s)};
    return {id(u"account_id"_s), id(u"contact_id"_s)};
}

} // namespace

bool StoreWriter::enqueue(const core::Operation& op)
{
    const auto [accountId, contactId] = operationSubjects(op);
    if (!run(u"INSERT INTO outbox(op_id, kind, payload, account_id, contact_id, created_at)"
             " VALUES(?, ?, ?, ?, ?, ?)"_s,
             {core::toWireId(op.opId), op.kind, toJsonText(op.payload), nullable(accountId),
              nullable(contactId), nowText()})) {
        return false;
    }
    m_changes.outbox = true;
    if (!accountId.isNull()) {
        if (std::optional<qint64> rid = StoreReader(m_db).accountRid(accountId))
            m_changes.accounts.insert(*rid); // its sync state changed
    }
    return true;
}

bool StoreWriter::deleteByOpId(const QString& table, const QUuid& opId)
{
    QString accountId;
    {
        Statement q(m_db, u"DELETE FROM %1 WHERE op_id = ? RETURNING account_id"_s.arg(table));
        q->addBindValue(core::toWireId(opId));
        if (!q.exec())
            return false;
        if (q->next())
            accountId = q->value(0).toString();
    }
    // The account's sync state (its list row) changed with it.
    if (!accountId.isEmpty()) {
        if (std::optional<qint64> rid = StoreReader(m_db).accountRid(QUuid::fromString(accountId)))
            m_changes.accounts.insert(*rid);
    }
    return true;
}

bool StoreWriter::batchAccountsChanged(const QUuid& opId, bool forget)
{
    // The accounts of an import batch (outbox_accounts): their rows' sync state changes with
    // the batch's operation.
    QStringList batchAccounts;
    {
        Statement q(m_db, forget ? u"DELETE FROM outbox_accounts WHERE op_id = ?"
                                   " RETURNING account_id"_s
                                 : u"SELECT account_id FROM outbox_accounts WHERE op_id = ?"_s);
        q->addBindValue(core::toWireId(opId));
        if (!q.exec())
            return false;
        while (q->next())
            batchAccounts.append(q->value(0).toString());
    }
    for (const QString& accountId : std::as_const(batchAccounts)) {
        if (std::optional<qint64> rid = StoreReader(m_db).accountRid(QUuid::fromString(accountId)))
            m_changes.accounts.insert(*rid);
    }
    return true;
}

bool StoreWriter::completeOperation(const QUuid& opId)
{
    m_changes.outbox = true;
    return batchAccountsChanged(opId, true) && deleteByOpId(u"outbox"_s, opId);
}

bool StoreWriter::moveToSyncIssues(const QUuid& opId, const core::OperationResult& result)
{
    QJsonArray conflicts;
    for (const core::FieldConflict& c : result.conflicts) {
        conflicts.append(QJsonObject{{u"field"_s, c.field},
                                     {u"server_value"_s, c.serverValue},
                                     {u"client_value"_s, c.clientValue}});
    }
    const bool conflict = result.status == core::OperationStatus::Conflict;
    m_changes.syncIssues = true;
    m_changes.outbox = true;
    // A refused import batch (all or nothing) keeps its accounts in outbox_accounts: none of
    // them is on the server, and the list shows that until the issue goes. A conflict is one
    // item's: the batch was applied.
    return run(u"INSERT OR REPLACE INTO sync_issues(op_id, status, kind, payload, account_id,"
               " contact_id, errors, conflicts, created_at, seq) SELECT op_id, ?, kind, payload,"
               " account_id, contact_id, ?, ?, ?, seq FROM outbox WHERE op_id = ?"_s,
               {conflict ? u"conflict"_s : u"rejected"_s, toJsonText(core::toJson(result.errors)),
                toJsonText(conflicts), nowText(), core::toWireId(opId)}) &&
           batchAccountsChanged(opId, conflict) && deleteByOpId(u"outbox"_s, opId);
}

bool StoreWriter::removeSyncIssue(const QUuid& opId)
{
    m_changes.syncIssues = true;
    // An import batch's accounts stayed listed with it: the issue was theirs.
    return batchAccountsChanged(opId, true) && deleteByOpId(u"sync_issues"_s, opId);
}

StoreTransaction::StoreTransaction(Database& db)
    : m_tx(db.db())
    , m_writer(db, m_changes)
{
}

bool StoreTransaction::commit()
{
    return m_tx.isActive() && m_writer.flushSearchIndex() && m_tx.commit();
}

} // namespace kontor::app
