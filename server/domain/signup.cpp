#include "signup.h"

#include "accounts.h"

#include "core/contactrules.h"
#include "core/emailaddress.h"
#include "storage/query.h"

using namespace Qt::StringLiterals;

namespace kontor::server::domain::signup {

core::Violations check(const Request& request)
{
    core::Contact c;
    c.firstName = request.firstName.trimmed();
    c.lastName = request.lastName.trimmed();
    c.email = request.email.trimmed();
    core::Violations v = core::checkContact(c, {}, {});
    if (c.email.isEmpty()) {
        v.append(core::Violation(u"email"_s, core::code::required,
                                 QT_TRANSLATE_NOOP("Validation", "This field is required.")));
    }
    return v;
}

void registerClient(storage::Transaction& tx, const QUuid& firmId, const Request& request,
                    const invitations::Options& options)
{
    storage::Query find(tx.db(), u"SELECT contact_id FROM contacts WHERE firm_id = :f AND "
                                 "email_key = :e ORDER BY created_at, contact_id LIMIT 1"_s);
    find.bind(u":f"_s, firmId).bind(u":e"_s, core::normalizedEmail(request.email)).exec();
    core::AccountContact entry;
    if (find.next()) {
        entry.existingContactId = find.id(0);
    } else {
        entry.contact.firstName = request.firstName.trimmed();
        entry.contact.lastName = request.lastName.trimmed();
        entry.contact.email = request.email.trimmed();
    }
    entry.switches = {true, true, false};
    core::Account account;
    account.type = core::AccountType::Individual;
    account.contacts = {entry};
    // The portal acts for the firm: no team member made this account (created_by stays empty);
    // with no team given, create() assigns everyone with default account access (R-ACC-7).
    auth::Staff portal;
    portal.firmId = firmId;
    portal.member.role = core::Role::Owner;
    const accounts::Stored stored = accounts::create(tx, portal, account, false);
    invitations::issueSignup(tx, firmId, stored.account.id,
                             stored.account.contacts.constFirst().contact.id, options);
}

} // namespace kontor::server::domain::signup
