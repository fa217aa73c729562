#include "importwriter.h"

#include "importjson.h"

#include "app/searchtext.h"

#include "core/accountnaming.h"
#include "core/emailaddress.h"
#include "core/wireformat.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kontor::app {

namespace {

// As StoreWriter indexes a contact: its names, email and phone numbers, German ones also in
// the national form people type ("0351…"). The interpreter gave E.164 where it could.
QString contactSearchText(const core::Contact& c)
{
    QStringList parts{c.firstName, c.middleName, c.lastName, c.email};
    for (const core::PhoneNumber& p : c.phones) {
        parts.append(p.number);
        if (p.number.startsWith(u"+49"))
            parts.append(u'0' + p.number.mid(3));
    }
    return searchDocument(parts);
}

QString memberIdsText(const QList<QUuid>& ids)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            out += ',';
        importjson::appendString(out, core::toWireId(ids.at(i)));
    }
    return QString::fromUtf8(out + ']');
}

QString tagsText(const QStringList& tags)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < tags.size(); ++i) {
        if (i)
            out += ',';
        importjson::appendString(out, tags.at(i));
    }
    return QString::fromUtf8(out + ']');
}

} // namespace

struct ImportWriter::Statements {
    explicit Statements(QSqlDatabase& db)
        : account(db, "INSERT INTO accounts(id, type, name, company_name, sort_key, tags,"
                      " team_member_ids, folder_template_id, custom_fields, search_text)"
                      " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        , tag(db, "INSERT OR IGNORE INTO account_tags(tag_key, account_rid) VALUES(?, ?)")
        , member(db, "INSERT OR IGNORE INTO account_members(member_id, account_rid)"
                     " VALUES(?, ?)")
        , contact(db, "INSERT INTO contacts(id, first_name, middle_name, last_name, email,"
                      " email_key, name_key, data, search_text) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)")
        , contactSearch(db, "INSERT INTO contacts_fts(rowid, contact) VALUES(?, ?)")
        , existing(db, "SELECT rid, first_name, middle_name, last_name, search_text FROM contacts"
                       " WHERE id = ?")
        , link(db, "INSERT OR IGNORE INTO account_contacts(account_rid, contact_rid, position,"
                   " login, notify, email_sync) VALUES(?, ?, ?, ?, ?, ?)")
        , accountSearch(db, "INSERT INTO accounts_fts(rowid, account, contacts) VALUES(?, ?, ?)")
    {
    }
    SqliteStatement account;
    SqliteStatement tag;
    SqliteStatement member;
    SqliteStatement contact;
    SqliteStatement contactSearch;
    SqliteStatement existing;
    SqliteStatement link;
    SqliteStatement accountSearch;
};

ImportWriter::ImportWriter(Database& db, core::NameFormat nameFormat)
    : m_nameFormat(nameFormat)
    , m_q(std::make_unique<Statements>(db.db()))
{
}

ImportWriter::~ImportWriter() = default;

ImportWriter::Prepared ImportWriter::prepare(const core::Account& a, core::NameFormat nameFormat)
{
    Prepared p;
    bool linked = false;
    for (const core::AccountContact& entry : a.contacts) {
        if (entry.existingContactId) {
            linked = true;
            p.contacts.append(Prepared::Contact{});
            continue;
        }
        const core::Contact& c = entry.contact;
        p.contacts.append(
            Prepared::Contact{core::normalizedEmail(c.email),
                              foldText(c.firstName.trimmed() + u' ' + c.lastName.trimmed()),
                              contactSearchText(c), importjson::contactData(c)});
    }
    if (!linked) {
        p.name = core::effectiveAccountName(a, nameFormat);
        p.sortKey = sortKey(p.name);
        p.searchText = searchDocument({p.name, a.companyName});
    }
    p.tags = tagsText(a.tags);
    p.memberIds = memberIdsText(a.teamMemberIds);
    p.customFields = a.customFields.isEmpty()
                         ? QByteArray("{}")
                         : QJsonDocument(a.customFields).toJson(QJsonDocument::Compact);
    return p;
}

std::optional<qint64> ImportWriter::insertContact(const core::Contact& c,
                                                  const Prepared::Contact& prepared)
{
    SqliteStatement& q = m_q->contact;
    q.bind(1, core::toWireId(c.id))
        .bind(2, c.firstName)
        .bind(3, c.middleName)
        .bind(4, c.lastName)
        .bind(5, c.email)
        .bind(6, prepared.emailKey)
        .bind(7, prepared.nameKey)
        .bindUtf8(8, prepared.data)
        .bind(9, prepared.searchText);
    if (!q.exec())
        return std::nullopt;
    const qint64 rid = q.lastInsertRowId();
    if (!m_q->contactSearch.bind(1, rid).bind(2, prepared.searchText).exec())
        return std::nullopt;
    return rid;
}

bool ImportWriter::createAccount(const core::Account& input, const Prepared& prepared,
                                 StoreChanges& changes)
{
    // Linked contacts are known by id; the account's generated name uses their names, so an
    // account with linked contacts is copied to fill them in (most have none).
    std::optional<core::Account> withLinked;
    QList<std::pair<qint64, QString>> contactRows; // rid, search text
    for (qsizetype i = 0; i < input.contacts.size(); ++i) {
        if (!input.contacts.at(i).existingContactId)
            continue;
        if (!withLinked)
            withLinked = input;
        core::AccountContact& entry = withLinked->contacts[i];
        SqliteStatement& q = m_q->existing;
        q.bind(1, core::toWireId(*entry.existingContactId));
        if (!q.next()) {
            q.reset();
            return false;
        }
        contactRows.append({q.integer(0), q.text(4)});
        entry.contact.firstName = q.text(1);
        entry.contact.middleName = q.text(2);
        entry.contact.lastName = q.text(3);
        q.reset();
    }
    const core::Account& a = withLinked ? *withLinked : input;
    const bool named = contactRows.isEmpty();
    const QString name = named ? prepared.name : core::effectiveAccountName(a, m_nameFormat);
    SqliteStatement& q = m_q->account;
    q.bind(1, core::toWireId(a.id))
        .bind(2, qint64(a.type))
        .bind(3, name)
        .bind(4, a.companyName)
        .bind(5, named ? prepared.sortKey : sortKey(name))
        .bind(6, prepared.tags)
        .bind(7, prepared.memberIds);
    if (a.folderTemplateId)
        q.bind(8, core::toWireId(*a.folderTemplateId));
    else
        q.bindNull(8);
    q.bindUtf8(9, prepared.customFields);
    const QString accountText = named ? prepared.searchText : searchDocument({name, a.companyName});
    q.bind(10, accountText);
    if (!q.exec())
        return false;
    const qint64 rid = q.lastInsertRowId();
    changes.accounts.insert(rid);
    for (const QString& tag : std::as_const(a.tags)) {
        if (!m_q->tag.bind(1, tag.toCaseFolded()).bind(2, rid).exec())
            return false;
    }
    for (const QUuid& member : std::as_const(a.teamMemberIds)) {
        if (!m_q->member.bind(1, core::toWireId(member)).bind(2, rid).exec())
            return false;
    }
    QStringList contactTexts;
    qsizetype existingIndex = 0;
    for (qsizetype i = 0; i < a.contacts.size(); ++i) {
        const core::AccountContact& entry = a.contacts.at(i);
        qint64 contactRid = 0;
        if (entry.existingContactId) {
            const auto& [existingRid, text] = contactRows.at(existingIndex++);
            contactRid = existingRid;
            contactTexts.append(text);
        } else {
            const Prepared::Contact& contact = prepared.contacts.at(i);
            const std::optional<qint64> inserted = insertContact(entry.contact, contact);
            if (!inserted)
                return false;
            contactRid = *inserted;
            contactTexts.append(contact.searchText);
            changes.contacts.insert(entry.contact.id);
        }
        if (!m_q->link.bind(1, rid)
                 .bind(2, contactRid)
                 .bind(3, qint64(i))
                 .bind(4, qint64(entry.switches.login))
                 .bind(5, qint64(entry.switches.notify))
                 .bind(6, qint64(entry.switches.emailSync))
                 .exec()) {
            return false;
        }
    }
    return m_q->accountSearch.bind(1, rid)
        .bind(2, accountText)
        .bind(3, contactTexts.join(u' '))
        .exec();
}

} // namespace kontor::app
