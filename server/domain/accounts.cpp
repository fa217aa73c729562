#include "accounts.h"

#include "contacts.h"
#include "entities.h"
#include "firms.h"
#include "invitations.h"
#include "keyset.h"
#include "notifications.h"
#include "reference.h"
#include "tags.h"

#include "core/accountnaming.h"
#include "core/contactrules.h"
#include "core/wireformat.h"
#include "http/apierror.h"
#include "storage/query.h"
#include "storage/searchtext.h"
#include "storage/sqlhelpers.h"

#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace kontor::server::domain::accounts {

using http::ApiError;
using storage::Query;

namespace {

const QString accountColumns =
    u"a.account_id, a.type, a.name, a.company_name, a.folder_template_id, a.custom_fields, "
    "a.folders, a.tags, a.created_by, a.created_at, a.updated_at"_s;

const QString portalStatusRank =
    u"COALESCE((SELECT MAX(CASE ac.portal_status WHEN 'activated' THEN 2 WHEN 'pending' THEN 1 "
    "ELSE 0 END) FROM account_contacts ac WHERE ac.firm_id = a.firm_id AND ac.account_id = "
    "a.account_id), 0)"_s;

core::PortalStatus statusOfRank(qint64 rank)
{
    return rank == 2   ? core::PortalStatus::Activated
           : rank == 1 ? core::PortalStatus::Pending
                       : core::PortalStatus::NotActivated;
}

// The portal status of a page's rows in one query after the page (rows without a pending or
// activated contact keep NotActivated): cheaper than portalStatusRank as a subquery per row.
void readPortalStatus(storage::Database& db, const QUuid& firmId, QList<ListItem>& items)
{
    if (items.isEmpty())
        return;
    QByteArray ids = "[";
    QHash<QByteArray, qsizetype> rowOf;
    for (qsizetype i = 0; i < items.size(); ++i) {
        ids += (i == 0 ? "\"" : ",\"") + items.at(i).id + '"';
        rowOf.insert(items.at(i).id, i);
    }
    ids += ']';
    Query q(db, u"SELECT "_s + storage::utf8Column(db.dialect(), u"ac.account_id"_s) +
                    u", MAX(CASE ac.portal_status WHEN 'activated' THEN 2 ELSE 1 END) FROM "_s +
                    storage::idsTable(db.dialect(), u":ids"_s, u"j"_s) +
                    u" CROSS JOIN account_contacts ac WHERE ac.firm_id = :f AND ac.account_id = "
                    "j.value AND ac.portal_status IN ('activated', 'pending') GROUP BY "
                    "ac.account_id"_s);
    q.bind(u":ids"_s, QString::fromLatin1(ids)).bind(u":f"_s, firmId).exec();
    while (q.next()) {
        const auto row = rowOf.constFind(q.utf8(0));
        if (row != rowOf.cend())
            items[*row].portalStatus = statusOfRank(q.integer(1));
    }
}

QString searchTextOf(const core::Account& a)
{
    QStringList parts{a.name, a.companyName};
    QStringList phones;
    for (const core::AccountContact& c : a.contacts) {
        parts << c.contact.firstName << c.contact.middleName << c.contact.lastName
              << c.contact.email;
        for (const core::PhoneNumber& p : c.contact.phones)
            phones.append(p.number);
    }
    return storage::searchText(parts, phones);
}

// Firm data that operations on accounts do not change, read once per transaction.
const core::FirmSettings& settingsOf(storage::Transaction& tx, const QUuid& firmId)
{
    return tx.memo<core::FirmSettings>(u"settings"_s + firmId.toString(),
                                       [&] { return firms::loadSettings(tx.db(), firmId); });
}

const QList<core::TeamMember>& teamOf(storage::Transaction& tx, const QUuid& firmId)
{
    return tx.memo<QList<core::TeamMember>>(u"team"_s + firmId.toString(),
                                            [&] { return firms::teamMembers(tx.db(), firmId); });
}

const QList<core::FolderTemplate>& templatesOf(storage::Transaction& tx, const QUuid& firmId)
{
    return tx.memo<QList<core::FolderTemplate>>(u"templates"_s + firmId.toString(), [&] {
        return reference::folderTemplates(tx.db(), firmId);
    });
}

core::AccountRules rulesOf(storage::Transaction& tx, const QUuid& firmId)
{
    core::AccountRules r;
    r.nameFormat = settingsOf(tx, firmId).nameFormat;
    r.customFields = tx.memo<QList<core::CustomFieldDefinition>>(
        u"fields"_s + firmId.toString(), [&] { return reference::customFields(tx.db(), firmId); });
    storage::Database& db = tx.db();
    r.findContact = [&db, firmId](const QUuid& id) { return contacts::load(db, firmId, id); };
    return r;
}

std::optional<core::FolderTemplate> findTemplate(storage::Transaction& tx, const QUuid& firmId,
                                                 const std::optional<QUuid>& id)
{
    if (!id)
        return std::nullopt;
    for (const core::FolderTemplate& t : templatesOf(tx, firmId)) {
        if (t.id == *id)
            return t;
    }
    return std::nullopt;
}

// Team members and the folder template must be the firm's own.
core::Violations checkReferences(storage::Transaction& tx, const QUuid& firmId,
                                 const QList<QUuid>& teamMemberIds,
                                 const std::optional<QUuid>& folderTemplateId,
                                 const QString& prefix)
{
    core::Violations v;
    QSet<QUuid> known;
    for (const core::TeamMember& m : teamOf(tx, firmId))
        known.insert(m.id);
    for (qsizetype i = 0; i < teamMemberIds.size(); ++i) {
        if (!known.contains(teamMemberIds.at(i))) {
            v.append(core::Violation(
                core::indexPath(core::joinPath(prefix, u"team_member_ids"_s), i),
                core::code::notFound,
                QT_TRANSLATE_NOOP("Validation", "This team member does not exist.")));
        }
    }
    if (folderTemplateId && !findTemplate(tx, firmId, folderTemplateId)) {
        v.append(core::Violation(core::joinPath(prefix, u"folder_template_id"_s),
                                 core::code::notFound,
                                 QT_TRANSLATE_NOOP("Validation", "This folder template does "
                                                                 "not exist.")));
    }
    return v;
}

void writeTags(storage::Transaction& tx, const QUuid& firmId, const QUuid& accountId,
               const QStringList& names, bool replace)
{
    if (replace) {
        Query clear(tx.db(), u"DELETE FROM account_tags WHERE firm_id = :f AND account_id = :a"_s);
        clear.bind(u":f"_s, firmId).bind(u":a"_s, accountId).exec();
    }
    if (names.isEmpty())
        return;
    Query insert(tx.db(), u"INSERT INTO account_tags (firm_id, account_id, tag_id) VALUES "
                          "(:f, :a, :t) ON CONFLICT DO NOTHING"_s);
    for (const QUuid& tagId : tags::ensure(tx, firmId, names))
        insert.bind(u":f"_s, firmId).bind(u":a"_s, accountId).bind(u":t"_s, tagId).exec();
}

// Replaces the account's team members; the newly added ones (other than the actor) are
// notified (R-ACC-7).
void writeMembers(storage::Transaction& tx, const auth::Staff& actor, const QUuid& accountId,
                  const QString& accountName, const QList<QUuid>& before, const QList<QUuid>& after,
                  bool notifyAdded = true)
{
    const QUuid& firmId = actor.firmId;
    Query remove(tx.db(), u"DELETE FROM account_members WHERE firm_id = :f AND account_id = :a "
                          "AND user_id = :u"_s);
    for (const QUuid& id : before) {
        if (!after.contains(id))
            remove.bind(u":f"_s, firmId).bind(u":a"_s, accountId).bind(u":u"_s, id).exec();
    }
    Query add(tx.db(), u"INSERT INTO account_members (firm_id, account_id, user_id) VALUES "
                       "(:f, :a, :u) ON CONFLICT DO NOTHING"_s);
    QList<QUuid> notify;
    for (const QUuid& id : after) {
        if (before.contains(id))
            continue;
        add.bind(u":f"_s, firmId).bind(u":a"_s, accountId).bind(u":u"_s, id).exec();
        if (id != actor.id() && notifyAdded)
            notify.append(id);
    }
    notifications::accountAccess(tx, firmId, notify, accountId, accountName);
}

void writeLink(storage::Transaction& tx, const QUuid& firmId, const QUuid& accountId,
               const QUuid& contactId, const core::ContactSwitches& s)
{
    Query q(tx.db(),
            u"INSERT INTO account_contacts (firm_id, account_id, contact_id, position, login, "
            "notify, email_sync) VALUES (:f, :a, :c, (SELECT COALESCE(MAX(position), -1) + 1 "
            "FROM account_contacts WHERE firm_id = :f2 AND account_id = :a2), :login, :notify, "
            ":sync) ON CONFLICT (firm_id, account_id, contact_id) DO UPDATE SET login = "
            "excluded.login, notify = excluded.notify, email_sync = excluded.email_sync"_s);
    q.bind(u":f"_s, firmId)
        .bind(u":a"_s, accountId)
        .bind(u":f2"_s, firmId)
        .bind(u":a2"_s, accountId)
        .bind(u":c"_s, contactId)
        .bind(u":login"_s, s.login)
        .bind(u":notify"_s, s.notify)
        .bind(u":sync"_s, s.emailSync)
        .exec();
}

// The links of a new account, in the order given (writeLink finds the next position itself).
void writeNewLinks(storage::Transaction& tx, const QUuid& firmId, const QUuid& accountId,
                   const QList<core::AccountContact>& entries)
{
    Query q(tx.db(),
            u"INSERT INTO account_contacts (firm_id, account_id, contact_id, position, "
            "login, notify, email_sync) VALUES (:f, :a, :c, :p, :login, :notify, :sync)"_s);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const core::ContactSwitches& s = entries.at(i).switches;
        q.bind(u":f"_s, firmId)
            .bind(u":a"_s, accountId)
            .bind(u":c"_s, entries.at(i).contact.id)
            .bind(u":p"_s, qint64(i))
            .bind(u":login"_s, s.login)
            .bind(u":notify"_s, s.notify)
            .bind(u":sync"_s, s.emailSync)
            .exec();
    }
}

void touchAccount(storage::Transaction& tx, const QUuid& firmId, const QUuid& id)
{
    Query q(tx.db(), u"UPDATE accounts SET updated_at = :t WHERE firm_id = :f AND "
                     "account_id = :id"_s);
    q.bind(u":t"_s, storage::nowMs()).bind(u":f"_s, firmId).bind(u":id"_s, id).exec();
    tx.touch(firmId, entity::account, id);
}

Stored loadForWrite(storage::Transaction& tx, const auth::Staff& staff, const QUuid& id)
{
    if (tx.dialect() == storage::Dialect::Postgres) {
        // Serialises concurrent changes of one account (read-modify-write of its fields).
        Query lock(tx.db(), u"SELECT 1 FROM accounts WHERE firm_id = :f AND account_id = :id"_s +
                                storage::forUpdate(tx.dialect()));
        lock.bind(u":f"_s, staff.firmId).bind(u":id"_s, id).exec();
    }
    std::optional<Stored> stored = load(tx.db(), staff, id);
    if (!stored)
        throw ApiError::notFound();
    if (!core::canManageAccounts(staff.member))
        throw ApiError::forbidden();
    return *stored;
}

bool sameValue(const QString& key, const QJsonValue& a, const QJsonValue& b)
{
    if (key == u"tags" || key == u"team_member_ids") {
        auto asSet = [](const QJsonValue& v) {
            QSet<QString> out;
            for (const QJsonValue& item : v.toArray())
                out.insert(item.toString().trimmed().toCaseFolded());
            return out;
        };
        return asSet(a) == asSet(b);
    }
    if (key == u"folder_template_id" || key == u"name" || key == u"company_name") {
        // null and "" both mean "not set"
        return a.toString() == b.toString();
    }
    return a == b;
}

} // namespace

QString visibleCondition(const auth::Staff& staff)
{
    if (core::canSeeAccount(staff.member, false, false))
        return {};
    return u"(a.created_by = :me OR EXISTS (SELECT 1 FROM account_members m WHERE m.firm_id = "
           "a.firm_id AND m.account_id = a.account_id AND m.user_id = :me))"_s;
}

QJsonObject toJson(const Stored& s)
{
    QJsonObject o = core::toJson(s.account);
    o.insert(u"created_by"_s,
             s.createdBy ? QJsonValue(core::toWireId(*s.createdBy)) : QJsonValue(QJsonValue::Null));
    o.insert(u"created_at"_s, storage::toIsoTime(s.createdAt));
    o.insert(u"updated_at"_s, storage::toIsoTime(s.updatedAt));
    return o;
}

Stored create(storage::Transaction& tx, const auth::Staff& staff, core::Account a,
              bool notifyMembers)
{
    if (!core::canManageAccounts(staff.member))
        throw ApiError::forbidden();
    storage::Database& db = tx.db();
    const QUuid& firmId = staff.firmId;
    const core::FirmSettings& settings = settingsOf(tx, firmId);
    const core::AccountRules accountRules = rulesOf(tx, firmId);
    core::Violations v = core::checkNewAccount(a, accountRules);
    v += checkReferences(tx, firmId, a.teamMemberIds, a.folderTemplateId, {});
    // New contacts' ids must be unused. With other errors that is checked here, to answer
    // every error at once; else each contact's insert finds out (a statement less per contact).
    const auto usedIds = [&](qsizetype from) {
        core::Violations used;
        for (qsizetype i = from; i < a.contacts.size(); ++i) {
            const core::AccountContact& entry = a.contacts.at(i);
            if (!entry.existingContactId && !entry.contact.id.isNull() &&
                contacts::exists(db, firmId, entry.contact.id)) {
                used.append(
                    core::Violation(core::joinPath(core::indexPath(u"contacts"_s, i), u"id"_s),
                                    core::code::duplicate,
                                    QT_TRANSLATE_NOOP("Validation", "This id is already used.")));
            }
        }
        return used;
    };
    if (!v.isEmpty())
        throw ApiError::invalid(v + usedIds(0));
    if (a.id.isNull())
        a.id = storage::newId(); // else the insert below finds an account with this id

    for (qsizetype i = 0; i < a.contacts.size(); ++i) {
        core::AccountContact& entry = a.contacts[i];
        if (entry.existingContactId) {
            entry.contact = *contacts::load(db, firmId, *entry.existingContactId);
        } else {
            entry.contact = contacts::normalised(entry.contact);
            const std::optional<QUuid> id = contacts::insert(tx, firmId, entry.contact);
            if (!id) // this one's id is used; the ones before were inserted (and roll back)
                throw ApiError::invalid(usedIds(i));
            entry.contact.id = *id;
        }
        entry.portalStatus = core::PortalStatus::NotActivated;
    }
    a.name = core::effectiveAccountName(a, settings.nameFormat);
    a.companyName = a.companyName.trimmed();
    const std::optional<QUuid> templateId =
        a.folderTemplateId ? a.folderTemplateId : settings.defaultFolderTemplateId;
    const std::optional<core::FolderTemplate> folderTemplate = findTemplate(tx, firmId, templateId);
    a.folders = folderTemplate ? folderTemplate->folders : core::FolderTemplate::defaultFolders();
    a.folderTemplateId = folderTemplate ? std::optional<QUuid>(folderTemplate->id) : std::nullopt;
    // A push creates many accounts from one template: its tree's JSON once per transaction.
    const QString& foldersJson = tx.memo<QString>(
        u"folders"_s + (a.folderTemplateId ? a.folderTemplateId->toString() : QString()),
        [&] { return storage::jsonText(core::toJson(a.folders)); });
    if (a.teamMemberIds.isEmpty()) {
        // R-ACC-7: by default the creator and everyone with default account access.
        if (!staff.id().isNull())
            a.teamMemberIds.append(staff.id());
        for (const core::TeamMember& m : teamOf(tx, firmId)) {
            if (core::hasDefaultAccountAccess(m) && !a.teamMemberIds.contains(m.id))
                a.teamMemberIds.append(m.id);
        }
    }
    a.portalStatus = core::PortalStatus::NotActivated;

    const qint64 now = storage::nowMs();
    const QString rowid =
        db.isSqlite() ? u"(SELECT COALESCE(MAX(search_rowid), 0) + 1 FROM accounts)"_s : u"NULL"_s;
    Query insert(db, u"INSERT INTO accounts (firm_id, account_id, type, name, company_name, "
                     "sort_key, folder_template_id, custom_fields, folders, tags, created_by, "
                     "created_at, updated_at, search_text, search_rowid) VALUES (:f, :id, "
                     ":type, :name, :company, :sort, :tpl, :custom, :folders, :tags, :by, "
                     ":created, :t, :search, "_s +
                         rowid + u") ON CONFLICT (firm_id, account_id) DO NOTHING"_s);
    insert.bind(u":f"_s, firmId)
        .bind(u":id"_s, a.id)
        .bind(u":type"_s, core::toWireName(a.type))
        .bind(u":name"_s, a.name)
        .bind(u":company"_s, a.companyName)
        .bind(u":sort"_s, storage::sortKey(a.name))
        .bind(u":tpl"_s, a.folderTemplateId)
        .bind(u":custom"_s, a.customFields)
        .bind(u":folders"_s, foldersJson)
        .bind(u":tags"_s, QJsonArray::fromStringList(a.tags))
        .bind(u":by"_s, staff.id())
        .bind(u":created"_s, now)
        .bind(u":t"_s, now)
        .bind(u":search"_s, searchTextOf(a))
        .exec();
    if (insert.rowsAffected() == 0) { // what it did so far rolls back with the error
        throw ApiError::conflict(u"account_exists"_s,
                                 QT_TRANSLATE_NOOP("Server", "An account with this id exists."));
    }
    writeTags(tx, firmId, a.id, a.tags, false);
    writeNewLinks(tx, firmId, a.id, a.contacts);
    writeMembers(tx, staff, a.id, a.name, {}, a.teamMemberIds, notifyMembers);
    tx.touch(firmId, entity::account, a.id);
    // A contact that already uses the portal is "activated" here at once when LOGIN is on.
    bool statusChanged = false;
    for (const core::AccountContact& entry : a.contacts) {
        if (entry.switches.login)
            statusChanged |= invitations::refreshPortalStatus(tx, firmId, entry.contact.id, a.id);
    }
    if (statusChanged)
        return loadMany(db, firmId, {a.id}).constFirst();
    return Stored{a, staff.id().isNull() ? std::nullopt : std::optional<QUuid>(staff.id()), now,
                  now};
}

Visibility visibility(storage::Database& db, const auth::Staff& staff, const QUuid& id)
{
    Query q(db, u"SELECT a.created_by, EXISTS (SELECT 1 FROM account_members m WHERE m.firm_id "
                "= a.firm_id AND m.account_id = a.account_id AND m.user_id = :me) FROM "
                "accounts a WHERE a.firm_id = :f AND a.account_id = :id"_s);
    q.bind(u":me"_s, staff.id()).bind(u":f"_s, staff.firmId).bind(u":id"_s, id).exec();
    if (!q.next())
        return Visibility::Missing;
    const bool createdByMe = q.optionalId(0) == staff.id();
    return core::canSeeAccount(staff.member, q.flag(1), createdByMe) ? Visibility::Visible
                                                                     : Visibility::Hidden;
}

std::optional<Stored> load(storage::Database& db, const auth::Staff& staff, const QUuid& id)
{
    if (visibility(db, staff, id) != Visibility::Visible)
        return std::nullopt;
    QList<Stored> found = loadMany(db, staff.firmId, {id});
    return found.isEmpty() ? std::nullopt : std::optional<Stored>(found.takeFirst());
}

QList<Stored> loadMany(storage::Database& db, const QUuid& firmId, const QList<QUuid>& ids)
{
    QList<Stored> out;
    if (ids.isEmpty())
        return out;
    const QString idList = storage::idArrayText(ids);
    const QString in = storage::idsFrom(db.dialect(), u":ids"_s);
    QHash<QUuid, qsizetype> index;
    {
        Query q(db, u"SELECT "_s + accountColumns +
                        u" FROM accounts a WHERE a.firm_id = :f AND a.account_id IN ("_s + in +
                        u')');
        q.bind(u":f"_s, firmId).bind(u":ids"_s, idList).exec();
        while (q.next()) {
            Stored s;
            core::Account& a = s.account;
            a.id = q.id(0);
            a.type = core::accountTypeFromWireName(q.text(1)).value_or(a.type);
            a.name = q.text(2);
            a.companyName = q.text(3);
            a.folderTemplateId = q.optionalId(4);
            a.customFields = q.jsonObject(5);
            core::Violations ignored;
            a.folders = core::readFolders(
                core::JsonReader(QJsonObject{{u"f"_s, q.jsonArray(6)}}, &ignored), u"f"_s);
            for (const QJsonValue& t : q.jsonArray(7))
                a.tags.append(t.toString());
            s.createdBy = q.optionalId(8);
            s.createdAt = q.integer(9);
            s.updatedAt = q.integer(10);
            index.insert(a.id, out.size());
            out.append(s);
        }
    }
    {
        Query q(db, u"SELECT account_id, user_id FROM account_members WHERE firm_id = :f AND "
                    "account_id IN ("_s +
                        in + u") ORDER BY account_id, user_id"_s);
        q.bind(u":f"_s, firmId).bind(u":ids"_s, idList).exec();
        while (q.next())
            out[index.value(q.id(0))].account.teamMemberIds.append(q.id(1));
    }
    QList<std::pair<QUuid, core::AccountContact>> links;
    QList<QUuid> contactIds;
    {
        Query q(db, u"SELECT account_id, contact_id, login, notify, email_sync, portal_status "
                    "FROM account_contacts WHERE firm_id = :f AND account_id IN ("_s +
                        in + u") ORDER BY account_id, position"_s);
        q.bind(u":f"_s, firmId).bind(u":ids"_s, idList).exec();
        while (q.next()) {
            core::AccountContact entry;
            entry.contact.id = q.id(1);
            entry.switches = {q.flag(2), q.flag(3), q.flag(4)};
            entry.portalStatus = core::portalStatusFromWireName(q.text(5)).value_or(
                core::PortalStatus::NotActivated);
            links.append({q.id(0), entry});
            contactIds.append(entry.contact.id);
        }
    }
    QHash<QUuid, core::Contact> contactById;
    for (const core::Contact& c : contacts::loadMany(db, firmId, contactIds))
        contactById.insert(c.id, c);
    for (auto& [accountId, entry] : links) {
        entry.contact = contactById.value(entry.contact.id);
        out[index.value(accountId)].account.contacts.append(entry);
    }
    for (Stored& s : out)
        s.account.portalStatus = core::accountPortalStatus(s.account.contacts);
    return out;
}

Page list(storage::Database& db, const auth::Staff& staff, const Filter& filter,
          AccountSearch* search)
{
    const QUuid& firmId = staff.firmId;
    const std::optional<Keyset> from = Keyset::decode(filter.after);
    const QStringList words = storage::queryWords(filter.query);
    std::optional<AccountSearch::Matches> matches;
    if (search && !words.isEmpty())
        matches = search->find(db, firmId, words, from);
    if (matches && matches->size() == 0)
        return {};
    QStringList where{u"a.firm_id = :f"_s};
    QString tables = u"accounts a"_s;
    storage::SearchCondition condition;
    if (matches) {
        // The candidates by key, each checked exactly here with the other filters.
        tables = storage::idsTable(db.dialect(), u":ids"_s, u"j"_s) + u" CROSS JOIN accounts a"_s;
        where.append(u"a.account_id = j.value"_s);
        condition = storage::wordCondition(db.dialect(), u"a"_s, words);
    } else {
        condition = storage::searchCondition(db.dialect(), u"accounts"_s, u"a"_s, words);
        tables = condition.from;
    }
    if (!condition.sql.isEmpty())
        where.append(condition.sql);
    const QString visible = visibleCondition(staff);
    if (!visible.isEmpty())
        where.append(visible);
    std::optional<QUuid> tagId;
    if (!filter.tag.isEmpty()) {
        Query t(db, u"SELECT tag_id FROM tags WHERE firm_id = :f AND name_key = :k"_s);
        t.bind(u":f"_s, firmId).bind(u":k"_s, tags::key(filter.tag)).exec();
        if (!t.next())
            return {};
        tagId = t.id(0);
        where.append(u"EXISTS (SELECT 1 FROM account_tags t WHERE t.firm_id = a.firm_id AND "
                     "t.account_id = a.account_id AND t.tag_id = :tag)"_s);
    }
    if (filter.type)
        where.append(u"a.type = :type"_s);
    if (filter.access) {
        where.append(u"EXISTS (SELECT 1 FROM account_members am WHERE am.firm_id = a.firm_id "
                     "AND am.account_id = a.account_id AND am.user_id = :access)"_s);
    }
    if (filter.portalStatus)
        where.append(portalStatusRank + u" = :rank"_s);
    if (from)
        where.append(u"(a.sort_key > :ak OR (a.sort_key = :ak AND a.account_id > :aid))"_s);
    // Text as UTF-8 bytes (storage::utf8Column): the page is written as UTF-8, and SQLite's
    // conversion to UTF-16 for Qt cost a fifth of a list request.
    const auto utf8 = [&](const QString& column) {
        return storage::utf8Column(db.dialect(), column);
    };
    Query q(db, u"SELECT "_s + utf8(u"a.account_id"_s) + u", "_s + utf8(u"a.type"_s) + u", "_s +
                    utf8(u"a.name"_s) + u", "_s + utf8(u"a.company_name"_s) + u", "_s +
                    utf8(u"a.tags"_s) + u", a.updated_at, "_s + utf8(u"a.sort_key"_s) + u", "_s +
                    (filter.portalStatus ? portalStatusRank : u"0"_s) + u" FROM "_s + tables +
                    u" WHERE "_s + where.join(u" AND "_s) +
                    u" ORDER BY a.sort_key, a.account_id LIMIT :limit"_s);
    q.bind(u":f"_s, firmId);
    if (!visible.isEmpty())
        q.bind(u":me"_s, staff.id());
    for (const auto& [name, value] : condition.values)
        q.bind(name, value);
    if (tagId)
        q.bind(u":tag"_s, *tagId);
    if (filter.type)
        q.bind(u":type"_s, core::toWireName(*filter.type));
    if (filter.access)
        q.bind(u":access"_s, *filter.access);
    if (filter.portalStatus) {
        q.bind(u":rank"_s, *filter.portalStatus == core::PortalStatus::Activated ? 2
                           : *filter.portalStatus == core::PortalStatus::Pending ? 1
                                                                                 : 0);
    }
    if (from)
        q.bind(u":ak"_s, from->sortKey).bind(u":aid"_s, from->id);

    Page page;
    QByteArray lastSortKey, lastId;
    bool more = false;
    // limit + 1 rows tell whether there is a next page. Candidates go to SQL in their order,
    // as many as rows are missing, twice as many each further round (some fail the exact check
    // or a filter), so a page costs about one lookup per row, not one per candidate.
    qsizetype batch = filter.limit + 1;
    do {
        if (matches) {
            q.bind(u":ids"_s, storage::idArrayText(matches->take(batch)));
            batch *= 2;
        }
        q.bind(u":limit"_s, qint64(filter.limit + 1 - page.items.size())).exec();
        while (q.next()) {
            if (page.items.size() == filter.limit) {
                more = true;
                break;
            }
            ListItem item{q.utf8(0),
                          q.utf8(1),
                          q.utf8(2),
                          q.utf8(3),
                          {},
                          q.integer(5),
                          statusOfRank(q.integer(7))};
            const QByteArray tags = q.utf8(4);
            if (tags != "[]") // most accounts have no tag: no JSON parser for them
                for (const QJsonValue& t : QJsonDocument::fromJson(tags).array())
                    item.tags.append(t.toString());
            lastSortKey = q.utf8(6);
            lastId = item.id;
            page.items.append(std::move(item));
        }
    } while (!more && matches && !matches->atEnd());
    if (more) {
        page.next =
            Keyset{QString::fromUtf8(lastSortKey), QUuid::fromString(QLatin1StringView(lastId))}
                .encode();
    }
    if (!filter.portalStatus)
        readPortalStatus(db, firmId, page.items);
    return page;
}

const QStringList& updatableKeys()
{
    static const QStringList keys{u"name"_s,
                                  u"company_name"_s,
                                  u"tags"_s,
                                  u"team_member_ids"_s,
                                  u"folder_template_id"_s,
                                  u"custom_fields"_s};
    return keys;
}

UpdateResult update(storage::Transaction& tx, const auth::Staff& staff, const QUuid& id,
                    const QJsonObject& fields, const QJsonObject& base, const QString& pathPrefix)
{
    storage::Database& db = tx.db();
    const Stored current = loadForWrite(tx, staff, id);
    const QJsonObject now = core::toJson(current.account);
    core::Violations v;
    UpdateResult result;
    QJsonObject merged = now;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!updatableKeys().contains(it.key())) {
            v.append(core::Violation(core::joinPath(pathPrefix, it.key()), core::code::unknownField,
                                     QT_TRANSLATE_NOOP("Validation", "This field cannot be "
                                                                     "changed here.")));
            continue;
        }
        if (base.contains(it.key()) &&
            !sameValue(it.key(), now.value(it.key()), base.value(it.key()))) {
            result.conflicts.append({it.key(), now.value(it.key()), it.value()});
            continue;
        }
        merged.insert(it.key(), it.value());
    }
    core::Violations readErrors;
    core::Account updated = core::readAccount(core::JsonReader(merged, &readErrors, pathPrefix));
    updated.contacts = current.account.contacts;
    updated.folders = current.account.folders;
    v += readErrors;
    const core::AccountRules accountRules = rulesOf(tx, staff.firmId);
    for (const core::Violation& e : core::checkAccountFields(updated, accountRules))
        v.append(pathPrefix.isEmpty() ? e : e.prefixed(pathPrefix));
    v += checkReferences(tx, staff.firmId, updated.teamMemberIds, updated.folderTemplateId,
                         pathPrefix);
    if (!v.isEmpty())
        throw ApiError::invalid(v);

    updated.name = core::effectiveAccountName(updated, accountRules.nameFormat);
    updated.companyName = updated.companyName.trimmed();
    Query q(db, u"UPDATE accounts SET name = :name, company_name = :company, sort_key = :sort, "
                "folder_template_id = :tpl, custom_fields = :custom, tags = :tags, "
                "search_text = :search, updated_at = :t WHERE firm_id = :f AND account_id = :id"_s);
    q.bind(u":name"_s, updated.name)
        .bind(u":company"_s, updated.companyName)
        .bind(u":sort"_s, storage::sortKey(updated.name))
        .bind(u":tpl"_s, updated.folderTemplateId)
        .bind(u":custom"_s, updated.customFields)
        .bind(u":tags"_s, QJsonArray::fromStringList(updated.tags))
        .bind(u":search"_s, searchTextOf(updated))
        .bind(u":t"_s, storage::nowMs())
        .bind(u":f"_s, staff.firmId)
        .bind(u":id"_s, id)
        .exec();
    if (updated.tags != current.account.tags)
        writeTags(tx, staff.firmId, id, updated.tags, true);
    if (updated.teamMemberIds != current.account.teamMemberIds) {
        writeMembers(tx, staff, id, updated.name, current.account.teamMemberIds,
                     updated.teamMemberIds);
    }
    tx.touch(staff.firmId, entity::account, id);
    const std::optional<Stored> reloaded = load(db, staff, id); // gone if the actor left it
    result.account = reloaded ? *reloaded : current;
    return result;
}

void setLink(storage::Transaction& tx, const auth::Staff& staff, const LinkChange& change,
             const QString& pathPrefix)
{
    storage::Database& db = tx.db();
    const QUuid& firmId = staff.firmId;
    const bool skippable = change.keepChanged && !change.linked;
    if (skippable) {
        if (visibility(db, staff, change.accountId) != Visibility::Visible)
            return;
        if (!contacts::exists(db, firmId, change.contactId)) {
            tx.touch(firmId, entity::account, change.accountId);
            return;
        }
    }
    const Stored account = loadForWrite(tx, staff, change.accountId);
    core::Contact contact;
    if (change.newContact) {
        contact = *change.newContact;
        if (contact.id.isNull())
            contact.id = change.contactId.isNull() ? storage::newId() : change.contactId;
        core::Violations v = core::checkContact(contact, reference::customFields(db, firmId),
                                                core::joinPath(pathPrefix, u"contact"_s));
        const core::Violation used(core::joinPath(pathPrefix, u"contact_id"_s),
                                   core::code::duplicate,
                                   QT_TRANSLATE_NOOP("Validation", "This id is already used."));
        if (contacts::exists(db, firmId, contact.id))
            v.append(used);
        v += core::checkSwitches(change.switches, contact.email, pathPrefix);
        if (!v.isEmpty())
            throw ApiError::invalid(v);
        if (!contacts::insert(tx, firmId, contact)) // taken meanwhile (PostgreSQL)
            throw ApiError::invalid({used});
    } else {
        const std::optional<core::Contact> found = contacts::load(db, firmId, change.contactId);
        if (!found)
            throw ApiError::notFound();
        contact = *found;
    }
    const bool isLinked =
        std::any_of(account.account.contacts.begin(), account.account.contacts.end(),
                    [&](const core::AccountContact& c) { return c.contact.id == contact.id; });
    if (!change.linked) {
        if (!isLinked)
            return;
        if (account.account.contacts.size() == 1 && skippable) {
            tx.touch(firmId, entity::account, change.accountId);
            return;
        }
        if (account.account.contacts.size() == 1) {
            throw ApiError::conflict(u"last_contact"_s,
                                     QT_TRANSLATE_NOOP("Server", "An account needs at least one "
                                                                 "contact."));
        }
        Query q(db, u"DELETE FROM account_contacts WHERE firm_id = :f AND account_id = :a AND "
                    "contact_id = :c"_s);
        q.bind(u":f"_s, firmId).bind(u":a"_s, change.accountId).bind(u":c"_s, contact.id).exec();
    } else {
        const core::Violations v = core::checkSwitches(change.switches, contact.email, pathPrefix);
        if (!v.isEmpty())
            throw ApiError::invalid(v);
        writeLink(tx, firmId, change.accountId, contact.id, change.switches);
    }
    if (!change.linked || !change.switches.login)
        invitations::linkClosed(tx, firmId, change.accountId, contact.id);
    invitations::refreshPortalStatus(tx, firmId, contact.id, change.accountId);
    refreshSearchText(tx, firmId, change.accountId);
}

void refreshSearchText(storage::Transaction& tx, const QUuid& firmId, const QUuid& accountId)
{
    const QList<Stored> found = loadMany(tx.db(), firmId, {accountId});
    if (found.isEmpty())
        return;
    Query q(tx.db(), u"UPDATE accounts SET search_text = :s WHERE firm_id = :f AND "
                     "account_id = :id"_s);
    q.bind(u":s"_s, searchTextOf(found.constFirst().account))
        .bind(u":f"_s, firmId)
        .bind(u":id"_s, accountId)
        .exec();
    touchAccount(tx, firmId, accountId);
}

} // namespace kontor::server::domain::accounts
