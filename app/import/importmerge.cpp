#include "importmerge.h"

#include "app/operations.h"

#include "core/emailaddress.h"

namespace kontor::app {

namespace {

void unite(QStringList& into, const QStringList& more)
{
    for (const QString& item : more) {
        if (!into.contains(item, Qt::CaseInsensitive))
            into.append(item);
    }
}

void take(QString& into, const QString& value)
{
    if (!value.trimmed().isEmpty())
        into = value;
}

void takeAll(QJsonObject& into, const QJsonObject& values)
{
    for (auto it = values.begin(); it != values.end(); ++it)
        into.insert(it.key(), it.value());
}

} // namespace

core::Contact mergedContact(const core::Contact& stored, const core::Contact& file)
{
    core::Contact out = stored;
    take(out.middleName, file.middleName);
    if (core::normalizedEmail(file.email) != core::normalizedEmail(out.email))
        take(out.email, file.email); // "ANNA@…" is the address the contact has
    unite(out.tags, file.tags);
    const bool hasPrimary = std::any_of(out.phones.cbegin(), out.phones.cend(),
                                        [](const core::PhoneNumber& p) { return p.primary; });
    for (core::PhoneNumber phone : file.phones) {
        const bool known =
            std::any_of(out.phones.cbegin(), out.phones.cend(),
                        [&](const core::PhoneNumber& p) { return p.number == phone.number; });
        if (known)
            continue;
        phone.primary = phone.primary && !hasPrimary;
        out.phones.append(phone);
    }
    take(out.address.street, file.address.street);
    take(out.address.postalCode, file.address.postalCode);
    take(out.address.city, file.address.city);
    take(out.address.region, file.address.region);
    take(out.address.country, file.address.country);
    takeAll(out.customFields, file.customFields);
    return out;
}

core::Account mergedAccount(const core::Account& stored, const core::Account& file)
{
    core::Account out = stored;
    if (out.type == core::AccountType::Company)
        take(out.companyName, file.companyName);
    unite(out.tags, file.tags);
    for (const QUuid& member : file.teamMemberIds) {
        if (!out.teamMemberIds.contains(member))
            out.teamMemberIds.append(member);
    }
    takeAll(out.customFields, file.customFields);
    return out;
}

bool contactChangedBy(const core::Contact& stored, const core::Contact& file)
{
    return ops::contactFieldValues(stored) != ops::contactFieldValues(mergedContact(stored, file));
}

bool accountChangedBy(const core::Account& stored, const core::Account& file)
{
    return ops::accountFieldValues(stored) != ops::accountFieldValues(mergedAccount(stored, file));
}

} // namespace kontor::app
