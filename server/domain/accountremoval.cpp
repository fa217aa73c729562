#include "accountremoval.h"

#include "accounts.h"
#include "entities.h"
#include "invitations.h"

#include "core/teammember.h"
#include "http/apierror.h"
#include "storage/query.h"

using namespace Qt::StringLiterals;

namespace kontor::server::domain::accounts {

using http::ApiError;
using storage::Query;

namespace {

// Updates set updated_at (an account's also when its links change or a linked contact does);
// what the import created has it equal to created_at until then.
bool changedSinceCreated(storage::Database& db, const QString& table, const QString& idColumn,
                         const QUuid& firmId, const QUuid& id)
{
    Query q(db, u"SELECT updated_at > created_at FROM %1 WHERE firm_id = :f AND %2 = :id"_s.arg(
                    table, idColumn));
    q.bind(u":f"_s, firmId).bind(u":id"_s, id).exec();
    const bool changed = q.next() && q.flag(0);
    q.close();
    return changed;
}

} // namespace

void remove(storage::Transaction& tx, const auth::Staff& staff, const QUuid& id,
            const QList<QUuid>& contactIds, bool keepChanged)
{
    if (!core::canManageAccounts(staff.member))
        throw ApiError::forbidden();
    storage::Database& db = tx.db();
    switch (id.isNull() ? Visibility::Missing : visibility(db, staff, id)) {
    case Visibility::Missing:
        break; // deleted before: the contacts below may still be left
    case Visibility::Hidden:
        throw ApiError::notFound();
    case Visibility::Visible: {
        if (keepChanged &&
            changedSinceCreated(db, u"accounts"_s, u"account_id"_s, staff.firmId, id)) {
            tx.touch(staff.firmId, entity::account, id);
            break; // its contacts are still linked to it: they stay below
        }
        // Open invitations to this account stop working with it.
        QList<QUuid> linked;
        Query contacts(db, u"SELECT contact_id FROM account_contacts WHERE firm_id = :f AND "
                           "account_id = :id"_s);
        contacts.bind(u":f"_s, staff.firmId).bind(u":id"_s, id).exec();
        while (contacts.next())
            linked.append(contacts.id(0));
        for (const QUuid& contactId : std::as_const(linked))
            invitations::linkClosed(tx, staff.firmId, id, contactId);
        for (const QString& table :
             {u"account_contacts"_s, u"account_tags"_s, u"account_members"_s, u"accounts"_s}) {
            Query q(db, u"DELETE FROM %1 WHERE firm_id = :f AND account_id = :id"_s.arg(table));
            q.bind(u":f"_s, staff.firmId).bind(u":id"_s, id).exec();
        }
        tx.touch(staff.firmId, entity::account, id, true);
        break;
    }
    }
    for (const QUuid& contactId : contactIds) {
        Query linked(db, u"SELECT 1 FROM account_contacts WHERE firm_id = :f AND "
                         "contact_id = :c"_s);
        linked.bind(u":f"_s, staff.firmId).bind(u":c"_s, contactId).exec();
        if (linked.next())
            continue;
        linked.close();
        if (keepChanged &&
            changedSinceCreated(db, u"contacts"_s, u"contact_id"_s, staff.firmId, contactId)) {
            tx.touch(staff.firmId, entity::contact, contactId);
            continue;
        }
        Query q(db, u"DELETE FROM contacts WHERE firm_id = :f AND contact_id = :c"_s);
        q.bind(u":f"_s, staff.firmId).bind(u":c"_s, contactId).exec();
        if (q.rowsAffected() > 0)
            tx.touch(staff.firmId, entity::contact, contactId, true);
    }
}

} // namespace kontor::server::domain::accounts
