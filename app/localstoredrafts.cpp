// LocalStore, drafts (issue 6): unfinished new-account input and accounts the server refused to
// create ("needs attention"). A refused create is a draft without a row of its own until the
// user changes it; then its row holds the user's fixes and sync_issues still says why.

#include "localstore.h"

#include "refusedcreate.h"
#include "storereader.h"
#include "storewriter.h"

#include "core/wireformat.h"

using namespace Qt::StringLiterals;

namespace kontor::app {

namespace {

struct DraftRow {
    QUuid id;
    core::Account account;
    DraftPosition position;
    QDateTime createdAt;
    QDateTime updatedAt;
};

QList<DraftRow> draftRows(Database& db, const std::optional<QUuid>& only = std::nullopt)
{
    QList<DraftRow> out;
    Statement q(db, only
                        ? u"SELECT id, account, page, focus, created_at, updated_at FROM drafts"
                          " WHERE id = ?"_s
                        : u"SELECT id, account, page, focus, created_at, updated_at FROM drafts"_s);
    if (only)
        q->addBindValue(core::toWireId(*only));
    if (!q.exec())
        return out;
    core::Violations ignored; // a draft may be incomplete: kept as typed
    while (q->next()) {
        DraftRow row;
        row.id = QUuid::fromString(q->value(0).toString());
        row.account = core::readAccount(
            core::JsonReader(jsonObjectFromText(q->value(1).toString()), &ignored));
        row.account.id = row.id;
        row.position = {q->value(2).toInt(), q->value(3).toString()};
        row.createdAt = QDateTime::fromString(q->value(4).toString(), Qt::ISODateWithMs);
        row.updatedAt = QDateTime::fromString(q->value(5).toString(), Qt::ISODateWithMs);
        out.append(row);
    }
    return out;
}

QString personName(const core::Contact& c)
{
    return QStringList{c.firstName.trimmed(), c.lastName.trimmed()}.join(u' ').trimmed();
}

// Existing contacts a new contact of the draft probably duplicates. A server error on the
// contact with code `duplicate` names the cause (an id or email already used); otherwise the
// contacts synced here are searched the way the wizard searches while typing.
QList<ContactMatch> contactMatches(const StoreReader& reader, const core::Account& account,
                                   const core::Violations& errors)
{
    QList<ContactMatch> out;
    for (int i = 0; i < account.contacts.size(); ++i) {
        const core::AccountContact& entry = account.contacts.at(i);
        if (entry.existingContactId)
            continue;
        const QString prefix = core::indexPath(u"contacts"_s, i);
        bool serverNamedIt = false;
        bool idTaken = false;
        for (const core::Violation& e : errors) {
            if (e.code() == core::code::duplicate &&
                (e.path() == prefix || e.path().startsWith(prefix + u'.'))) {
                serverNamedIt = true;
                idTaken |= e.path() == core::joinPath(prefix, u"id"_s);
            }
        }
        const auto add = [&](const core::Contact& existing) {
            out.append({i, existing.id, personName(existing), existing.email, serverNamedIt});
        };
        // "This id is already used": the very contact exists on the server.
        if (idTaken) {
            add(reader.contact(entry.contact.id).value_or(entry.contact));
            continue;
        }
        for (const core::Contact& existing : reader.findDuplicateContacts(entry.contact))
            add(existing);
    }
    return out;
}

} // namespace

bool LocalStore::saveDraft(core::Account& account, const DraftPosition& position)
{
    if (account.id.isNull())
        account.id = QUuid::createUuid();
    StoreTransaction tx(m_db);
    if (!tx.writer().saveDraft(account, position) || !tx.commit()) {
        storageFailure();
        return false;
    }
    notifyExternalChanges(tx.changes());
    return true;
}

QList<Draft> LocalStore::drafts() const
{
    QHash<QUuid, DraftRow> rows;
    for (const DraftRow& row : draftRows(m_db))
        rows.insert(row.id, row);
    QList<Draft> out;
    const StoreReader reader(m_db);
    const auto make = [&](const DraftRow* row, const std::optional<RefusedCreate>& refused) {
        Draft d;
        if (row) {
            d.id = row->id;
            d.account = row->account;
            d.position = row->position;
            d.createdAt = row->createdAt;
            d.updatedAt = row->updatedAt;
        }
        if (refused) {
            if (!row) {
                d.id = refused->account.id;
                d.account = refused->account;
                d.createdAt = d.updatedAt = refused->refusedAt;
            }
            d.needsAttention = true;
            d.rejectedOpId = refused->create.opId;
            d.errors = refused->errors;
            d.issueOpIds = refused->issueOpIds;
            d.existingContacts = contactMatches(reader, d.account, d.errors);
        }
        // Linked contacts are named in the create by id only: the wizard shows their names.
        for (core::AccountContact& e : d.account.contacts) {
            if (e.existingContactId && e.contact.firstName.isEmpty() &&
                e.contact.lastName.isEmpty()) {
                e.contact = reader.contact(*e.existingContactId).value_or(e.contact);
            }
        }
        out.append(d);
    };
    for (const QUuid& id : refusedCreateAccounts(m_db)) {
        const auto row = rows.constFind(id);
        make(row == rows.cend() ? nullptr : &*row, readRefusedCreate(m_db, id));
        rows.remove(id);
    }
    for (const DraftRow& row : std::as_const(rows))
        make(&row, std::nullopt);
    std::stable_sort(out.begin(), out.end(), [](const Draft& a, const Draft& b) {
        if (a.needsAttention != b.needsAttention)
            return a.needsAttention;
        return a.updatedAt > b.updatedAt;
    });
    return out;
}

std::optional<Draft> LocalStore::draft(const QUuid& id) const
{
    for (const Draft& d : drafts()) {
        if (d.id == id)
            return d;
    }
    return std::nullopt;
}

int LocalStore::draftCount() const
{
    Statement q(m_db, u"SELECT (SELECT count(*) FROM drafts) + (SELECT count(DISTINCT account_id)"
                      " FROM sync_issues WHERE kind = ? AND status = 'rejected'"
                      " AND account_id NOT IN (SELECT id FROM drafts))"_s);
    q->addBindValue(QString(core::opkind::accountCreate));
    return q.exec() && q->next() ? q->value(0).toInt() : 0;
}

bool LocalStore::discardDraft(const QUuid& id)
{
    StoreTransaction tx(m_db);
    if (!tx.isActive())
        return false;
    const std::optional<RefusedCreate> refused = readRefusedCreate(m_db, id);
    const bool written = (!refused || (tx.writer().dropRefusedCreate(*refused) &&
                                       tx.writer().deleteLocalAccount(id))) &&
                         tx.writer().deleteDraft(id) && tx.commit();
    if (!written) {
        storageFailure();
        return false;
    }
    notifyExternalChanges(tx.changes());
    return true;
}

} // namespace kontor::app
