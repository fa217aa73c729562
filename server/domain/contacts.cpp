#include "contacts.h"

#include "accounts.h"
#include "entities.h"
#include "keyset.h"
#include "tags.h"

#include "core/emailaddress.h"
#include "core/phonenumber.h"
#include "core/wireformat.h"
#include "storage/query.h"
#include "storage/searchtext.h"
#include "storage/sqlhelpers.h"

using namespace Qt::StringLiterals;

namespace kontor::server::domain::contacts {

using storage::Query;

namespace {

const QString columns =
    u"contact_id, first_name, middle_name, last_name, email, tags, phones, address, "
    "custom_fields"_s;

core::Contact read(const Query& q)
{
    core::Contact c;
    c.id = q.id(0);
    c.firstName = q.text(1);
    c.middleName = q.text(2);
    c.lastName = q.text(3);
    c.email = q.text(4);
    for (const QJsonValue& t : q.jsonArray(5))
        c.tags.append(t.toString());
    for (const QJsonValue& p : q.jsonArray(6)) {
        const QJsonObject o = p.toObject();
        c.phones.append({o.value(u"number"_s).toString(), o.value(u"primary"_s).toBool()});
    }
    const QJsonObject a = q.jsonObject(7);
    c.address = {a.value(u"street"_s).toString(), a.value(u"postal_code"_s).toString(),
                 a.value(u"city"_s).toString(), a.value(u"region"_s).toString(),
                 a.value(u"country"_s).toString()};
    c.customFields = q.jsonObject(8);
    return c;
}

QString personName(const core::Contact& c)
{
    return QStringList{c.firstName, c.middleName, c.lastName}.join(u' ').simplified();
}

QString sortName(const core::Contact& c)
{
    return storage::sortKey(c.lastName + u' ' + c.firstName + u' ' + c.middleName);
}

QString searchTextOf(const core::Contact& c)
{
    QStringList phones;
    for (const core::PhoneNumber& p : c.phones)
        phones.append(p.number);
    return storage::searchText({personName(c), c.email}, phones);
}

QJsonArray phonesJson(const core::Contact& c)
{
    QJsonArray out;
    for (const core::PhoneNumber& p : c.phones)
        out.append(core::toJson(p));
    return out;
}

void bindData(Query& q, const core::Contact& c, qint64 now)
{
    q.bind(u":first"_s, c.firstName.trimmed())
        .bind(u":middle"_s, c.middleName.trimmed())
        .bind(u":last"_s, c.lastName.trimmed())
        .bind(u":email"_s, c.email.trimmed())
        .bind(u":ekey"_s, core::normalizedEmail(c.email))
        .bind(u":tags"_s, QJsonArray::fromStringList(c.tags))
        .bind(u":phones"_s, phonesJson(c))
        .bind(u":address"_s, core::toJson(c.address))
        .bind(u":custom"_s, c.customFields)
        .bind(u":sort"_s, sortName(c))
        .bind(u":search"_s, searchTextOf(c))
        .bind(u":t"_s, now);
}

} // namespace

std::optional<core::Contact> load(storage::Database& db, const QUuid& firmId, const QUuid& id)
{
    Query q(db,
            u"SELECT "_s + columns + u" FROM contacts WHERE firm_id = :f AND contact_id = :id"_s);
    q.bind(u":f"_s, firmId).bind(u":id"_s, id).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

bool exists(storage::Database& db, const QUuid& firmId, const QUuid& id)
{
    Query q(db, u"SELECT 1 FROM contacts WHERE firm_id = :f AND contact_id = :id"_s);
    q.bind(u":f"_s, firmId).bind(u":id"_s, id).exec();
    return q.next();
}

QList<core::Contact> loadMany(storage::Database& db, const QUuid& firmId, const QList<QUuid>& ids)
{
    QList<core::Contact> out;
    if (ids.isEmpty())
        return out;
    Query q(db, u"SELECT "_s + columns +
                    u" FROM contacts WHERE firm_id = :f AND contact_id IN ("_s +
                    storage::idsFrom(db.dialect(), u":ids"_s) + u')');
    q.bind(u":f"_s, firmId).bind(u":ids"_s, storage::idArrayText(ids)).exec();
    while (q.next())
        out.append(read(q));
    return out;
}

core::Contact normalised(core::Contact contact)
{
    for (core::PhoneNumber& p : contact.phones)
        p.number = core::toE164(p.number).value_or(p.number);
    return contact;
}

std::optional<QUuid> insert(storage::Transaction& tx, const QUuid& firmId, core::Contact contact)
{
    contact = normalised(std::move(contact));
    if (contact.id.isNull())
        contact.id = storage::newId();
    tags::ensure(tx, firmId, contact.tags);
    const QString rowid = tx.db().isSqlite()
                              ? u"(SELECT COALESCE(MAX(search_rowid), 0) + 1 FROM contacts)"_s
                              : u"NULL"_s;
    Query q(tx.db(),
            u"INSERT INTO contacts (firm_id, contact_id, first_name, middle_name, last_name, "
            "email, email_key, tags, phones, address, custom_fields, sort_key, search_text, "
            "created_at, updated_at, search_rowid) VALUES (:f, :id, :first, :middle, :last, "
            ":email, :ekey, :tags, :phones, :address, :custom, :sort, :search, :created, :t, "_s +
                rowid + u") ON CONFLICT (firm_id, contact_id) DO NOTHING"_s);
    const qint64 now = storage::nowMs();
    bindData(q, contact, now);
    q.bind(u":f"_s, firmId).bind(u":id"_s, contact.id).bind(u":created"_s, now).exec();
    if (q.rowsAffected() == 0)
        return std::nullopt;
    tx.touch(firmId, entity::contact, contact.id);
    return contact.id;
}

void update(storage::Transaction& tx, const QUuid& firmId, core::Contact contact)
{
    contact = normalised(std::move(contact));
    tags::ensure(tx, firmId, contact.tags);
    Query q(tx.db(), u"UPDATE contacts SET first_name = :first, middle_name = :middle, "
                     "last_name = :last, email = :email, email_key = :ekey, tags = :tags, "
                     "phones = :phones, address = :address, custom_fields = :custom, "
                     "sort_key = :sort, search_text = :search, updated_at = :t "
                     "WHERE firm_id = :f AND contact_id = :id"_s);
    bindData(q, contact, storage::nowMs());
    q.bind(u":f"_s, firmId).bind(u":id"_s, contact.id).exec();
    tx.touch(firmId, entity::contact, contact.id);
    Query linked(tx.db(), u"SELECT account_id FROM account_contacts WHERE firm_id = :f AND "
                          "contact_id = :id"_s);
    linked.bind(u":f"_s, firmId).bind(u":id"_s, contact.id).exec();
    QList<QUuid> accountIds;
    while (linked.next())
        accountIds.append(linked.id(0));
    for (const QUuid& accountId : accountIds)
        accounts::refreshSearchText(tx, firmId, accountId);
}

const QStringList& updatableKeys()
{
    static const QStringList keys{u"first_name"_s, u"middle_name"_s,  u"last_name"_s,
                                  u"email"_s,      u"tags"_s,         u"phones"_s,
                                  u"address"_s,    u"custom_fields"_s};
    return keys;
}

Page search(storage::Database& db, const QUuid& firmId, const QString& query, const QString& after,
            int limit)
{
    const storage::SearchCondition search =
        storage::searchCondition(db.dialect(), u"contacts"_s, u"c"_s, storage::queryWords(query));
    const std::optional<Keyset> from = Keyset::decode(after);
    QString sql =
        u"SELECT "_s + columns + u", c.sort_key FROM "_s + search.from + u" WHERE c.firm_id = :f"_s;
    if (!search.sql.isEmpty())
        sql += u" AND "_s + search.sql;
    if (from)
        sql += u" AND (c.sort_key > :ak OR (c.sort_key = :ak AND c.contact_id > :aid))"_s;
    sql += u" ORDER BY c.sort_key, c.contact_id LIMIT :limit"_s;
    Query q(db, sql);
    q.bind(u":f"_s, firmId).bind(u":limit"_s, limit + 1);
    for (const auto& [name, value] : search.values)
        q.bind(name, value);
    if (from)
        q.bind(u":ak"_s, from->sortKey).bind(u":aid"_s, from->id);
    q.exec();
    Page page;
    QString lastKey;
    QUuid lastId;
    while (q.next()) {
        if (page.items.size() == limit) {
            page.next = Keyset{lastKey, lastId}.encode();
            break;
        }
        const core::Contact c = read(q);
        page.items.append(core::toJson(c));
        lastKey = q.text(9);
        lastId = c.id;
    }
    return page;
}

} // namespace kontor::server::domain::contacts
