#include "importjson.h"

#include "app/jsontext.h"

#include "core/wireformat.h"

#include <QJsonDocument>

namespace kontor::app::importjson {

using namespace jsontext;

namespace {

QStringList wireIds(const QList<QUuid>& ids)
{
    QStringList out;
    out.reserve(ids.size());
    for (const QUuid& id : ids)
        out.append(core::toWireId(id));
    return out;
}

} // namespace

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

} // namespace kontor::app::importjson
