#include "importjson.h"

#include "core/jsonescape.h"
#include "core/wireformat.h"

#include <QJsonDocument>

namespace kontor::app::importjson {

namespace {

void appendKey(QByteArray& out, const char* key)
{
    out += '"';
    out += key;
    out += "\":";
}

void appendStringList(QByteArray& out, const QStringList& items)
{
    out += '[';
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            out += ',';
        appendString(out, items.at(i));
    }
    out += ']';
}

QStringList wireIds(const QList<QUuid>& ids)
{
    QStringList out;
    out.reserve(ids.size());
    for (const QUuid& id : ids)
        out.append(core::toWireId(id));
    return out;
}

void appendObject(QByteArray& out, const QJsonObject& object)
{
    if (object.isEmpty())
        out += "{}";
    else
        out += QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void appendBool(QByteArray& out, const char* key, bool value)
{
    appendKey(out, key);
    out += value ? "true" : "false";
}

// Everything of a contact but its id and names: the store's data column and part of a create.
// Keys in order, as QJsonDocument writes them: the same bytes as contactDataText(), so a pulled
// copy of an imported contact is seen to be the same (StoreWriter::compareStored).
void appendContactData(QByteArray& out, const core::Contact& c)
{
    appendKey(out, "address");
    const core::PostalAddress& a = c.address;
    const std::pair<const char*, const QString*> parts[] = {{"city", &a.city},
                                                            {"country", &a.country},
                                                            {"postal_code", &a.postalCode},
                                                            {"region", &a.region},
                                                            {"street", &a.street}};
    out += '{';
    for (const auto& [key, value] : parts) {
        if (key != parts[0].first)
            out += ',';
        appendKey(out, key);
        appendString(out, *value);
    }
    out += "},";
    appendKey(out, "custom_fields");
    appendObject(out, c.customFields);
    out += ',';
    appendKey(out, "phones");
    out += '[';
    for (qsizetype i = 0; i < c.phones.size(); ++i) {
        out += i ? ",{" : "{";
        appendKey(out, "number");
        appendString(out, c.phones.at(i).number);
        out += ',';
        appendBool(out, "primary", c.phones.at(i).primary);
        out += '}';
    }
    out += "],";
    appendKey(out, "tags");
    appendStringList(out, c.tags);
}

} // namespace

void appendString(QByteArray& out, QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    out += '"';
    core::appendJsonEscaped(out, utf8);
    out += '"';
}

QByteArray stringArray(const QStringList& items)
{
    QByteArray out;
    appendStringList(out, items);
    return out;
}

QByteArray idArray(const QList<QUuid>& ids)
{
    return stringArray(wireIds(ids));
}

QByteArray createdIds(const core::Account& account)
{
    QList<QUuid> ids{account.id};
    for (const core::AccountContact& entry : account.contacts) {
        if (!entry.existingContactId) // a linked one: undo unlinks it and keeps it
            ids.append(entry.contact.id);
    }
    return idArray(ids);
}

QByteArray accountCreate(const core::Account& a)
{
    QByteArray out;
    out.reserve(512);
    out += '{';
    appendKey(out, "id");
    appendString(out, core::toWireId(a.id));
    out += ',';
    appendKey(out, "type");
    appendString(out, core::toWireName(a.type));
    out += ',';
    appendKey(out, "name");
    appendString(out, a.name);
    if (a.type == core::AccountType::Company) {
        out += ',';
        appendKey(out, "company_name");
        appendString(out, a.companyName);
    }
    out += ',';
    appendKey(out, "tags");
    appendStringList(out, a.tags);
    out += ',';
    appendKey(out, "team_member_ids");
    appendStringList(out, wireIds(a.teamMemberIds));
    if (a.folderTemplateId) {
        out += ',';
        appendKey(out, "folder_template_id");
        appendString(out, core::toWireId(*a.folderTemplateId));
    }
    out += ',';
    appendKey(out, "custom_fields");
    appendObject(out, a.customFields);
    out += ',';
    appendKey(out, "contacts");
    out += '[';
    for (qsizetype i = 0; i < a.contacts.size(); ++i) {
        const core::AccountContact& entry = a.contacts.at(i);
        out += i ? ",{" : "{";
        if (entry.existingContactId) {
            appendKey(out, "existing_contact_id");
            appendString(out, core::toWireId(*entry.existingContactId));
        } else {
            const core::Contact& c = entry.contact;
            appendKey(out, "id");
            appendString(out, core::toWireId(c.id));
            const std::pair<const char*, const QString*> names[] = {{"first_name", &c.firstName},
                                                                    {"middle_name", &c.middleName},
                                                                    {"last_name", &c.lastName},
                                                                    {"email", &c.email}};
            for (const auto& [key, value] : names) {
                out += ',';
                appendKey(out, key);
                appendString(out, *value);
            }
            out += ',';
            appendContactData(out, c);
        }
        out += ',';
        appendBool(out, "login", entry.switches.login);
        out += ',';
        appendBool(out, "notify", entry.switches.notify);
        out += ',';
        appendBool(out, "email_sync", entry.switches.emailSync);
        out += '}';
    }
    out += "]}";
    return out;
}

QByteArray contactData(const core::Contact& contact)
{
    QByteArray out;
    out.reserve(256);
    out += '{';
    appendContactData(out, contact);
    out += '}';
    return out;
}

} // namespace kontor::app::importjson
