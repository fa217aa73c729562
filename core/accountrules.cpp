#include "accountrules.h"

#include "accountnaming.h"
#include "contactrules.h"
#include "emailaddress.h"
#include "tag.h"
#include "textlimits.h"
#include "textrules.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace kontor::core {

namespace {

const QString nameKey = u"name"_s;
const QString companyNameKey = u"company_name"_s;

Violations checkContacts(const Account& account, const AccountRules& rules)
{
    const QString listPath = u"contacts"_s;
    if (account.contacts.isEmpty()) {
        return {Violation(listPath, code::required,
                          QT_TRANSLATE_NOOP("Validation", "An account needs at least one "
                                                          "contact."))};
    }
    if (account.contacts.size() > limits::contactsPerAccount) {
        return {Violation(listPath, code::tooMany,
                          QT_TRANSLATE_NOOP("Validation", "At most %1 entries are allowed."),
                          {QString::number(limits::contactsPerAccount)})};
    }
    Violations out;
    QSet<QUuid> existingSeen;
    QSet<QString> emailsSeen;
    for (qsizetype i = 0; i < account.contacts.size(); ++i) {
        const AccountContact& entry = account.contacts.at(i);
        const QString path = indexPath(listPath, i);
        QString email = entry.contact.email;
        if (entry.existingContactId) {
            const QString idPath = joinPath(path, u"existing_contact_id"_s);
            const std::optional<Contact> found =
                rules.findContact ? rules.findContact(*entry.existingContactId) : std::nullopt;
            if (!found) {
                out.append(Violation(idPath, code::notFound,
                                     QT_TRANSLATE_NOOP("Validation", "This contact does not "
                                                                     "exist (any more).")));
                continue;
            }
            if (existingSeen.contains(*entry.existingContactId)) {
                out.append(Violation(idPath, code::duplicate,
                                     QT_TRANSLATE_NOOP("Validation", "This contact is already "
                                                                     "linked to the account.")));
            }
            existingSeen.insert(*entry.existingContactId);
            email = found->email;
        } else {
            out += checkContact(entry.contact, rules.customFields, path);
            const QString normalized = normalizedEmail(email);
            if (!normalized.isEmpty() && emailsSeen.contains(normalized)) {
                out.append(Violation(joinPath(path, u"email"_s), code::duplicate,
                                     QT_TRANSLATE_NOOP("Validation", "Another contact of this "
                                                                     "account has the same email "
                                                                     "address.")));
            }
            if (!normalized.isEmpty())
                emailsSeen.insert(normalized);
        }
        out += checkSwitches(entry.switches, email, path);
    }
    return out;
}

} // namespace

Violations checkAccountFields(const Account& account, const AccountRules& rules)
{
    Violations out;
    const bool company = account.type == AccountType::Company;
    if (!company && !account.companyName.isEmpty()) {
        out.append(Violation(companyNameKey, code::notAllowed,
                             QT_TRANSLATE_NOOP("Validation", "Only company accounts have a "
                                                             "company name.")));
    }
    if (company) {
        if (Violations v = checkRequired(account.companyName, companyNameKey); !v.isEmpty())
            out += v;
        else
            out += checkSingleLineText(account.companyName, companyNameKey, limits::companyName);
    }
    if (!account.name.isEmpty()) {
        Violations v = checkLength(account.name, nameKey, limits::accountName);
        out += v.isEmpty() ? checkFolderSafeName(account.name, nameKey) : v;
    } else if (company && !account.companyName.isEmpty()) {
        // The company name becomes the account's (folder) name (R-ACC-5, R-NAME-1).
        out += checkFolderSafeName(account.companyName.trimmed(), companyNameKey);
    }
    out += checkTagNames(account.tags, u"tags"_s);
    if (account.teamMemberIds.size() > limits::teamMembersPerAccount) {
        out.append(Violation(u"team_member_ids"_s, code::tooMany,
                             QT_TRANSLATE_NOOP("Validation", "At most %1 entries are allowed."),
                             {QString::number(limits::teamMembersPerAccount)}));
    }
    out += checkCustomFieldValues(account.customFields, rules.customFields,
                                  CustomFieldScope::Account, u"custom_fields"_s);
    return out;
}

Violations checkNewAccount(const Account& account, const AccountRules& rules)
{
    Violations out = checkAccountFields(account, rules);
    out += checkContacts(account, rules);
    if (out.isEmpty() && account.name.isEmpty()) {
        // Parts are each valid; the composed name must still fit (R-ACC-4).
        Account resolved = account;
        if (resolved.contacts.constFirst().existingContactId && rules.findContact)
            resolved.contacts.first().contact =
                rules.findContact(*resolved.contacts.constFirst().existingContactId).value();
        const QString generated = generatedAccountName(resolved, rules.nameFormat);
        Violations v = checkRequired(generated, nameKey);
        if (v.isEmpty())
            v = checkLength(generated, nameKey, limits::accountName);
        if (v.isEmpty())
            v = checkFolderSafeName(generated, nameKey);
        out += v;
    }
    return out;
}

} // namespace kontor::core
