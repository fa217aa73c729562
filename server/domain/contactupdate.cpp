#include "contactupdate.h"

#include "contacts.h"
#include "invitations.h"
#include "reference.h"

#include "core/contactrules.h"
#include "core/emailaddress.h"
#include "core/wireformat.h"
#include "http/apierror.h"
#include "storage/query.h"
#include "storage/sqlhelpers.h"

using namespace Qt::StringLiterals;

namespace kontor::server::domain {

using http::ApiError;

ContactUpdateResult updateContact(storage::Transaction& tx, const auth::Staff& staff,
                                  const QUuid& id, const QJsonObject& fields,
                                  const QJsonObject& base, const QString& pathPrefix)
{
    storage::Database& db = tx.db();
    if (tx.dialect() == storage::Dialect::Postgres) {
        storage::Query lock(db, u"SELECT 1 FROM contacts WHERE firm_id = :f AND contact_id = "
                                ":id"_s +
                                    storage::forUpdate(tx.dialect()));
        lock.bind(u":f"_s, staff.firmId).bind(u":id"_s, id).exec();
    }
    const std::optional<core::Contact> current = contacts::load(db, staff.firmId, id);
    if (!current)
        throw ApiError::notFound();
    if (!core::canManageAccounts(staff.member))
        throw ApiError::forbidden();
    const QJsonObject now = core::toJson(*current);
    QJsonObject merged = now;
    core::Violations v;
    ContactUpdateResult result;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!contacts::updatableKeys().contains(it.key())) {
            v.append(core::Violation(core::joinPath(pathPrefix, it.key()), core::code::unknownField,
                                     QT_TRANSLATE_NOOP("Validation", "This field cannot be "
                                                                     "changed here.")));
            continue;
        }
        if (base.contains(it.key()) && base.value(it.key()) != now.value(it.key())) {
            result.conflicts.append({it.key(), now.value(it.key()), it.value()});
            continue;
        }
        merged.insert(it.key(), it.value());
    }
    core::Violations readErrors;
    core::Contact updated = core::readContact(core::JsonReader(merged, &readErrors, pathPrefix));
    updated.id = id;
    v += readErrors;
    v += core::checkContact(updated, reference::customFields(db, staff.firmId), pathPrefix);
    if (updated.email.trimmed().isEmpty()) {
        storage::Query login(db, u"SELECT 1 FROM account_contacts WHERE firm_id = :f AND "
                                 "contact_id = :id AND login = 1"_s);
        login.bind(u":f"_s, staff.firmId).bind(u":id"_s, id).exec();
        if (login.next()) {
            v.append(core::Violation(core::joinPath(pathPrefix, u"email"_s),
                                     core::code::loginRequiresEmail,
                                     QT_TRANSLATE_NOOP("Validation", "A contact with portal "
                                                                     "access needs an email "
                                                                     "address.")));
        }
    }
    if (!v.isEmpty())
        throw ApiError::invalid(v);
    contacts::update(tx, staff.firmId, updated);
    // A link sent to the old address must not work any more (R-INV-7).
    if (core::normalizedEmail(updated.email) != core::normalizedEmail(current->email))
        invitations::contactEmailChanged(tx, staff.firmId, id);
    result.contact = *contacts::load(db, staff.firmId, id);
    return result;
}

} // namespace kontor::server::domain
