#include "operations.h"

#include "core/wireformat.h"

using namespace Qt::StringLiterals;

namespace kontor::app::ops {

namespace {

const QStringList accountFieldKeys = {
    u"name"_s,         u"company_name"_s, u"tags"_s, u"team_member_ids"_s, u"folder_template_id"_s,
    u"custom_fields"_s};
const QStringList contactFieldKeys = {u"first_name"_s, u"middle_name"_s,  u"last_name"_s,
                                      u"email"_s,      u"tags"_s,         u"phones"_s,
                                      u"address"_s,    u"custom_fields"_s};

QJsonObject pick(const QJsonObject& from, const QStringList& keys)
{
    QJsonObject out;
    for (const QString& k : keys)
        out.insert(k, from.value(k));
    return out;
}

QJsonObject overlay(QJsonObject base, const QJsonObject& fields, const QStringList& keys)
{
    for (const QString& k : keys) {
        if (fields.contains(k))
            base.insert(k, fields.value(k));
    }
    return base;
}

} // namespace

core::Operation make(QLatin1StringView kind, QJsonObject payload)
{
    return core::Operation{QUuid::createUuid(), QString(kind), std::move(payload)};
}

QJsonObject accountCreatePayload(const core::Account& account)
{
    QJsonObject o = core::toJson(account);
    o.remove(u"folders"_s);
    o.remove(u"portal_status"_s);
    if (account.folderTemplateId == std::nullopt)
        o.remove(u"folder_template_id"_s);
    if (account.type != core::AccountType::Company)
        o.remove(u"company_name"_s);
    QJsonArray contacts;
    for (const core::AccountContact& entry : account.contacts) {
        QJsonObject c;
        if (entry.existingContactId) {
            c.insert(u"existing_contact_id"_s, core::toWireId(*entry.existingContactId));
        } else {
            c = core::toJson(entry.contact);
            c.insert(u"id"_s, core::toWireId(entry.contact.id));
        }
        c.insert(u"login"_s, entry.switches.login);
        c.insert(u"notify"_s, entry.switches.notify);
        c.insert(u"email_sync"_s, entry.switches.emailSync);
        contacts.append(c);
    }
    o.insert(u"contacts"_s, contacts);
    return o;
}

QJsonObject accountFieldValues(const core::Account& account)
{
    return pick(core::toJson(account), accountFieldKeys);
}

void applyAccountFields(core::Account& account, const QJsonObject& fields)
{
    // Through the wire form, so every field is read exactly as the server reads it.
    core::Violations ignored;
    const QList<core::AccountContact> contacts = account.contacts;
    account = core::readAccount(
        core::JsonReader(overlay(core::toJson(account), fields, accountFieldKeys), &ignored));
    account.contacts = contacts;
}

QJsonObject contactFieldValues(const core::Contact& contact)
{
    return pick(core::toJson(contact), contactFieldKeys);
}

void applyContactFields(core::Contact& contact, const QJsonObject& fields)
{
    core::Violations ignored;
    contact = core::readContact(
        core::JsonReader(overlay(core::toJson(contact), fields, contactFieldKeys), &ignored));
}

QJsonObject updatePayload(const QUuid& id, const QJsonObject& before, const QJsonObject& after)
{
    QJsonObject fields;
    QJsonObject base;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) != it.value()) {
            fields.insert(it.key(), it.value());
            base.insert(it.key(), before.value(it.key()));
        }
    }
    return {{u"id"_s, core::toWireId(id)}, {u"fields"_s, fields}, {u"base"_s, base}};
}

QJsonObject linkSetPayload(const QUuid& accountId, const QUuid& contactId, bool linked,
                           const core::ContactSwitches& switches,
                           const std::optional<core::Contact>& newContact)
{
    QJsonObject o{{u"account_id"_s, core::toWireId(accountId)},
                  {u"contact_id"_s, core::toWireId(contactId)},
                  {u"linked"_s, linked},
                  {u"login"_s, switches.login},
                  {u"notify"_s, switches.notify},
                  {u"email_sync"_s, switches.emailSync}};
    if (newContact)
        o.insert(u"contact"_s, core::toJson(*newContact));
    return o;
}

QJsonObject invitationPayload(const QUuid& invitationId, const QUuid& accountId,
                              const QUuid& contactId, const QString& message)
{
    return {{u"id"_s, core::toWireId(invitationId)},
            {u"account_id"_s, core::toWireId(accountId)},
            {u"contact_id"_s, core::toWireId(contactId)},
            {u"message"_s, message}};
}

QUuid payloadId(const QJsonObject& payload, const QString& key)
{
    return QUuid::fromString(payload.value(key).toString());
}

} // namespace kontor::app::ops
