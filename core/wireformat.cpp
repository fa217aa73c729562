#include "wireformat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kontor::core {

namespace {

// A missing id (a null QUuid or an empty optional) travels as JSON null.
QJsonValue idOrNull(const QUuid& id)
{
    return id.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(toWireId(id));
}

QJsonValue idOrNull(const std::optional<QUuid>& id)
{
    return id ? idOrNull(*id) : QJsonValue(QJsonValue::Null);
}

QJsonArray idArray(const QList<QUuid>& ids)
{
    QJsonArray out;
    for (const QUuid& id : ids)
        out.append(toWireId(id));
    return out;
}

// Reads an enumeration by its wire name; a wrong name is an `invalid_value`.
template <typename E, typename Parse>
E readEnum(const JsonReader& r, const QString& key, E fallback, Parse parse, bool required)
{
    const QString name = r.text(key);
    if (name.isEmpty()) {
        if (required && !r.has(key)) {
            r.addError(Violation(r.pathOf(key), code::required,
                                 QT_TRANSLATE_NOOP("Validation", "This field is required.")));
        }
        return fallback;
    }
    if (const std::optional<E> value = parse(name))
        return *value;
    r.addError(Violation(r.pathOf(key), code::invalidValue,
                         QT_TRANSLATE_NOOP("Validation", "“%1” is not a valid value here."),
                         {name}));
    return fallback;
}

QUuid readId(const JsonReader& r, const QString& key)
{
    return r.id(key).value_or(QUuid());
}

} // namespace

QJsonObject toJson(const PhoneNumber& phone)
{
    return {{u"number"_s, phone.number}, {u"primary"_s, phone.primary}};
}

QJsonObject toJson(const PostalAddress& a)
{
    return {{u"street"_s, a.street},
            {u"postal_code"_s, a.postalCode},
            {u"city"_s, a.city},
            {u"region"_s, a.region},
            {u"country"_s, a.country}};
}

QJsonObject toJson(const Contact& c)
{
    QJsonArray phones;
    for (const PhoneNumber& p : c.phones)
        phones.append(toJson(p));
    return {{u"id"_s, idOrNull(c.id)},
            {u"first_name"_s, c.firstName},
            {u"middle_name"_s, c.middleName},
            {u"last_name"_s, c.lastName},
            {u"email"_s, c.email},
            {u"tags"_s, QJsonArray::fromStringList(c.tags)},
            {u"phones"_s, phones},
            {u"address"_s, toJson(c.address)},
            {u"custom_fields"_s, c.customFields}};
}

QJsonObject toJson(const AccountContact& entry)
{
    QJsonObject o = toJson(entry.contact);
    o.remove(u"id"_s);
    o.insert(u"contact_id"_s, idOrNull(entry.contact.id));
    if (entry.existingContactId)
        o.insert(u"existing_contact_id"_s, idOrNull(entry.existingContactId));
    o.insert(u"login"_s, entry.switches.login);
    o.insert(u"notify"_s, entry.switches.notify);
    o.insert(u"email_sync"_s, entry.switches.emailSync);
    o.insert(u"portal_status"_s, toWireName(entry.portalStatus));
    return o;
}

QJsonObject toJson(const Account& a)
{
    QJsonArray contacts;
    for (const AccountContact& c : a.contacts)
        contacts.append(toJson(c));
    return {{u"id"_s, idOrNull(a.id)},
            {u"type"_s, toWireName(a.type)},
            {u"name"_s, a.name},
            {u"company_name"_s, a.companyName},
            {u"tags"_s, QJsonArray::fromStringList(a.tags)},
            {u"team_member_ids"_s, idArray(a.teamMemberIds)},
            {u"folder_template_id"_s, idOrNull(a.folderTemplateId)},
            {u"custom_fields"_s, a.customFields},
            {u"contacts"_s, contacts},
            {u"folders"_s, toJson(a.folders)},
            {u"portal_status"_s, toWireName(a.portalStatus)}};
}

QJsonArray toJson(const QList<FolderNode>& folders)
{
    QJsonArray out;
    for (const FolderNode& f : folders)
        out.append(QJsonObject{{u"name"_s, f.name}, {u"children"_s, toJson(f.children)}});
    return out;
}

QJsonObject toJson(const FolderTemplate& t)
{
    return {{u"id"_s, idOrNull(t.id)}, {u"name"_s, t.name}, {u"folders"_s, toJson(t.folders)}};
}

QJsonObject toJson(const Tag& tag)
{
    return {{u"id"_s, idOrNull(tag.id)}, {u"name"_s, tag.name}, {u"color"_s, tag.color}};
}

QJsonObject toJson(const CustomFieldDefinition& d)
{
    return {{u"id"_s, idOrNull(d.id)},
            {u"name"_s, d.name},
            {u"type"_s, toWireName(d.type)},
            {u"scope"_s, toWireName(d.scope)},
            {u"options"_s, QJsonArray::fromStringList(d.options)},
            {u"required"_s, d.required}};
}

QJsonObject toJson(const FirmSettings& s)
{
    return {{u"signup_enabled"_s, s.signupEnabled},
            {u"name_format"_s, toWireName(s.nameFormat)},
            {u"default_folder_template_id"_s, idOrNull(s.defaultFolderTemplateId)},
            {u"language"_s, s.language}};
}

QJsonObject toJson(const TeamMember& m)
{
    QJsonArray permissions;
    if (m.permissions.manageAccounts)
        permissions.append(u"manage_accounts"_s);
    if (m.permissions.defaultAccountAccess)
        permissions.append(u"default_account_access"_s);
    return {{u"id"_s, idOrNull(m.id)},
            {u"name"_s, m.name},
            {u"email"_s, m.email},
            {u"role"_s, toWireName(m.role)},
            {u"permissions"_s, permissions}};
}

QJsonObject toJson(const Violation& v, const QTranslator* translator)
{
    return {{u"path"_s, v.path()}, {u"code"_s, v.code()}, {u"message"_s, v.message(translator)}};
}

QJsonArray toJson(const Violations& violations, const QTranslator* translator)
{
    QJsonArray out;
    for (const Violation& v : violations)
        out.append(toJson(v, translator));
    return out;
}

Contact readContact(const JsonReader& r)
{
    Contact c;
    c.id = readId(r, r.has(u"contact_id"_s) ? u"contact_id"_s : u"id"_s);
    c.firstName = r.text(u"first_name"_s);
    c.middleName = r.text(u"middle_name"_s);
    c.lastName = r.text(u"last_name"_s);
    c.email = r.text(u"email"_s);
    c.tags = r.textList(u"tags"_s);
    for (const JsonReader& p : r.objectList(u"phones"_s))
        c.phones.append(PhoneNumber{p.text(u"number"_s), p.boolean(u"primary"_s)});
    const JsonReader a = r.child(u"address"_s);
    c.address = PostalAddress{a.text(u"street"_s), a.text(u"postal_code"_s), a.text(u"city"_s),
                              a.text(u"region"_s), a.text(u"country"_s)};
    c.customFields = r.rawObject(u"custom_fields"_s);
    return c;
}

AccountContact readAccountContact(const JsonReader& r)
{
    AccountContact entry;
    entry.existingContactId = r.id(u"existing_contact_id"_s);
    entry.contact = readContact(r);
    entry.switches =
        ContactSwitches{r.boolean(u"login"_s), r.boolean(u"notify"_s), r.boolean(u"email_sync"_s)};
    entry.portalStatus = readEnum(r, u"portal_status"_s, PortalStatus::NotActivated,
                                  portalStatusFromWireName, false);
    return entry;
}

Account readAccount(const JsonReader& r)
{
    Account a;
    a.id = readId(r, u"id"_s);
    a.type = readEnum(r, u"type"_s, AccountType::Individual, accountTypeFromWireName, true);
    a.name = r.text(u"name"_s);
    a.companyName = r.text(u"company_name"_s);
    a.tags = r.textList(u"tags"_s);
    a.teamMemberIds = r.idList(u"team_member_ids"_s);
    a.folderTemplateId = r.id(u"folder_template_id"_s);
    a.customFields = r.rawObject(u"custom_fields"_s);
    for (const JsonReader& c : r.objectList(u"contacts"_s))
        a.contacts.append(readAccountContact(c));
    a.folders = readFolders(r, u"folders"_s);
    a.portalStatus = readEnum(r, u"portal_status"_s, PortalStatus::NotActivated,
                              portalStatusFromWireName, false);
    return a;
}

QList<FolderNode> readFolders(const JsonReader& r, const QString& key)
{
    QList<FolderNode> out;
    for (const JsonReader& f : r.objectList(key))
        out.append(FolderNode{f.text(u"name"_s), readFolders(f, u"children"_s)});
    return out;
}

FolderTemplate readFolderTemplate(const JsonReader& r)
{
    return FolderTemplate{readId(r, u"id"_s), r.text(u"name"_s), readFolders(r, u"folders"_s)};
}

Tag readTag(const JsonReader& r)
{
    return Tag{readId(r, u"id"_s), r.text(u"name"_s), r.text(u"color"_s)};
}

CustomFieldDefinition readCustomFieldDefinition(const JsonReader& r)
{
    CustomFieldDefinition d;
    d.id = readId(r, u"id"_s);
    d.name = r.text(u"name"_s);
    d.type = readEnum(r, u"type"_s, CustomFieldType::Text, customFieldTypeFromWireName, true);
    d.scope =
        readEnum(r, u"scope"_s, CustomFieldScope::Account, customFieldScopeFromWireName, true);
    d.options = r.textList(u"options"_s);
    d.required = r.boolean(u"required"_s);
    return d;
}

FirmSettings readFirmSettings(const JsonReader& r)
{
    FirmSettings s;
    s.signupEnabled = r.boolean(u"signup_enabled"_s, s.signupEnabled);
    s.nameFormat = readEnum(r, u"name_format"_s, s.nameFormat, nameFormatFromWireName, false);
    s.defaultFolderTemplateId = r.id(u"default_folder_template_id"_s);
    s.language = readEnum(
        r, u"language"_s, s.language,
        [](const QString& l) {
            return l == u"de" || l == u"en" ? std::optional<QString>(l) : std::nullopt;
        },
        false);
    return s;
}

TeamMember readTeamMember(const JsonReader& r)
{
    TeamMember m;
    m.id = readId(r, u"id"_s);
    m.name = r.text(u"name"_s);
    m.email = r.text(u"email"_s);
    m.role = readEnum(r, u"role"_s, Role::Employee, roleFromWireName, true);
    const QStringList permissions = r.textList(u"permissions"_s);
    m.permissions.manageAccounts = permissions.contains(u"manage_accounts"_s);
    m.permissions.defaultAccountAccess = permissions.contains(u"default_account_access"_s);
    return m;
}

Violations readViolations(const QJsonArray& fields)
{
    Violations out;
    for (const QJsonValue& f : fields) {
        const QJsonObject o = f.toObject();
        out.append(Violation::received(o.value(u"path"_s).toString(), o.value(u"code"_s).toString(),
                                       o.value(u"message"_s).toString()));
    }
    return out;
}

} // namespace kontor::core
