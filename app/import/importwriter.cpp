#include "importwriter.h"

#include "importjson.h"

#include "app/jsontext.h"
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

ImportWriter::Prepared::Naming namingOf(const core::Account& a, core::NameFormat nameFormat)
{
    const QString name = core::effectiveAccountName(a, nameFormat);
    return {name.toUtf8(), sortKey(name).toUtf8(), searchDocument({name, a.companyName}).toUtf8()};
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
        p.contacts.append(Prepared::Contact{
            core::toWireId(c.id).toUtf8(), c.firstName.toUtf8(), c.middleName.toUtf8(),
            c.lastName.toUtf8(), c.email.toUtf8(), core::normalizedEmail(c.email).toUtf8(),
            foldText(c.firstName.trimmed() + u' ' + c.lastName.trimmed()).toUtf8(),
            contactSearchText(c).toUtf8(), jsontext::contactData(c)});
    }
    p.id = core::toWireId(a.id).toUtf8();
    p.companyName = a.companyName.toUtf8();
    if (!linked)
        p.naming = namingOf(a, nameFormat);
    p.tags = importjson::stringArray(a.tags);
    p.memberIds = importjson::idArray(a.teamMemberIds);
    p.customFields = a.customFields.isEmpty()
                         ? QByteArray("{}")
                         : QJsonDocument(a.customFields).toJson(QJsonDocument::Compact);
    for (const QString& tag : a.tags)
        p.tagKeys.append(tag.toCaseFolded().toUtf8());
    for (const QUuid& member : a.teamMemberIds)
        p.memberKeys.append(core::toWireId(member).toUtf8());
    return p;
}

std::optional<qint64> ImportWriter::insertContact(const Prepared::Contact& c)
{
    SqliteStatement& q = m_q->contact;
    q.bindUtf8(1, c.id)
        .bindUtf8(2, c.firstName)
        .bindUtf8(3, c.middleName)
        .bindUtf8(4, c.lastName)
        .bindUtf8(5, c.email)
        .bindUtf8(6, c.emailKey)
        .bindUtf8(7, c.nameKey)
        .bindUtf8(8, c.data)
        .bindUtf8(9, c.searchText);
    if (!q.exec())
        return std::nullopt;
    const qint64 rid = q.lastInsertRowId();
    if (!m_q->contactSearch.bind(1, rid).bindUtf8(2, c.searchText).exec())
        return std::nullopt;
    return rid;
}

bool ImportWriter::createAccount(const core::Account& input, const Prepared& prepared,
                                 StoreChanges& changes)
{
    // Linked contacts are known by id; the account's generated name uses their names, so an
    // account with linked contacts is copied to fill them in (most have none).
    std::optional<core::Account> withLinked;
    QList<std::pair<qint64, QByteArray>> contactRows; // rid, search text
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
        contactRows.append({q.integer(0), q.utf8(4)});
        entry.contact.firstName = q.text(1);
        entry.contact.middleName = q.text(2);
        entry.contact.lastName = q.text(3);
        q.reset();
    }
    const core::Account& a = withLinked ? *withLinked : input;
    const Prepared::Naming naming = withLinked ? namingOf(a, m_nameFormat) : prepared.naming;
    SqliteStatement& q = m_q->account;
    q.bindUtf8(1, prepared.id)
        .bind(2, qint64(a.type))
        .bindUtf8(3, naming.name)
        .bindUtf8(4, prepared.companyName)
        .bindUtf8(5, naming.sortKey)
        .bindUtf8(6, prepared.tags)
        .bindUtf8(7, prepared.memberIds);
    if (a.folderTemplateId)
        q.bind(8, core::toWireId(*a.folderTemplateId));
    else
        q.bindNull(8);
    q.bindUtf8(9, prepared.customFields);
    q.bindUtf8(10, naming.searchText);
    if (!q.exec())
        return false;
    const qint64 rid = q.lastInsertRowId();
    changes.accounts.insert(rid);
    for (const QByteArray& tag : prepared.tagKeys) {
        if (!m_q->tag.bindUtf8(1, tag).bind(2, rid).exec())
            return false;
    }
    for (const QByteArray& member : prepared.memberKeys) {
        if (!m_q->member.bindUtf8(1, member).bind(2, rid).exec())
            return false;
    }
    QByteArray contactTexts;
    qsizetype existingIndex = 0;
    for (qsizetype i = 0; i < a.contacts.size(); ++i) {
        const core::AccountContact& entry = a.contacts.at(i);
        qint64 contactRid = 0;
        if (!contactTexts.isEmpty())
            contactTexts += ' ';
        if (entry.existingContactId) {
            const auto& [existingRid, text] = contactRows.at(existingIndex++);
            contactRid = existingRid;
            contactTexts += text;
        } else {
            const Prepared::Contact& contact = prepared.contacts.at(i);
            const std::optional<qint64> inserted = insertContact(contact);
            if (!inserted)
                return false;
            contactRid = *inserted;
            contactTexts += contact.searchText;
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
        .bindUtf8(2, naming.searchText)
        .bindUtf8(3, contactTexts)
        .exec();
}

} // namespace kontor::app
