#include "refusedcreate.h"

#include "operations.h"
#include "storereader.h"

#include "core/wireformat.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kontor::app {

namespace {

struct QueuedOp {
    qint64 seq = 0;
    bool issue = false; ///< in sync_issues (else still in the outbox)
    core::Operation op;
    QUuid accountId;
    QUuid contactId;
};

QList<QueuedOp> opsTouching(Database& db, const QUuid& accountId)
{
    // Everything about the account, and contact changes (which carry no account id); those
    // of contacts not made with this account are filtered out by the caller.
    QList<QueuedOp> out;
    for (const bool issue : {true, false}) {
        Statement q(db, u"SELECT seq, op_id, kind, payload, account_id, contact_id FROM %1"
                        " WHERE account_id = ? OR (account_id IS NULL AND kind = ?)"_s.arg(
                            issue ? u"sync_issues"_s : u"outbox"_s));
        q->addBindValue(core::toWireId(accountId));
        q->addBindValue(QString(core::opkind::contactUpdate));
        if (!q.exec())
            continue;
        while (q->next()) {
            out.append({q->value(0).toLongLong(),
                        issue,
                        {QUuid::fromString(q->value(1).toString()), q->value(2).toString(),
                         jsonObjectFromText(q->value(3).toString())},
                        QUuid::fromString(q->value(4).toString()),
                        QUuid::fromString(q->value(5).toString())});
        }
    }
    // In the order the user made them: sync issues keep their outbox position.
    std::stable_sort(out.begin(), out.end(),
                     [](const QueuedOp& a, const QueuedOp& b) { return a.seq < b.seq; });
    return out;
}

core::AccountContact* entryOf(core::Account& a, const QUuid& contactId)
{
    for (core::AccountContact& e : a.contacts) {
        if (e.existingContactId.value_or(e.contact.id) == contactId)
            return &e;
    }
    return nullptr;
}

} // namespace

core::Account foldChanges(const QJsonObject& createPayload, const QList<core::Operation>& later)
{
    core::Violations ignored;
    core::Account a = core::readAccount(core::JsonReader(createPayload, &ignored));
    for (const core::Operation& op : later) {
        const QJsonObject& p = op.payload;
        if (op.kind == core::opkind::accountUpdate && ops::payloadId(p, u"id"_s) == a.id) {
            ops::applyAccountFields(a, p.value(u"fields"_s).toObject());
        } else if (op.kind == core::opkind::contactUpdate) {
            core::AccountContact* e = entryOf(a, ops::payloadId(p, u"id"_s));
            if (e && !e->existingContactId)
                ops::applyContactFields(e->contact, p.value(u"fields"_s).toObject());
        } else if (op.kind == core::opkind::linkSet && ops::payloadId(p, u"account_id"_s) == a.id) {
            const QUuid contactId = ops::payloadId(p, u"contact_id"_s);
            if (!p.value(u"linked"_s).toBool(true)) {
                a.contacts.removeIf([&](const core::AccountContact& e) {
                    return e.existingContactId.value_or(e.contact.id) == contactId;
                });
                continue;
            }
            core::AccountContact* e = entryOf(a, contactId);
            if (!e) {
                core::AccountContact added;
                if (p.contains(u"contact"_s)) {
                    added.contact = core::readContact(
                        core::JsonReader(p.value(u"contact"_s).toObject(), &ignored));
                    added.contact.id = contactId;
                } else {
                    added.existingContactId = contactId;
                }
                a.contacts.append(added);
                e = &a.contacts.last();
            }
            e->switches = {p.value(u"login"_s).toBool(), p.value(u"notify"_s).toBool(),
                           p.value(u"email_sync"_s).toBool()};
        } else if (op.kind == core::opkind::invitationSend &&
                   ops::payloadId(p, u"account_id"_s) == a.id) {
            // The invitation itself is offered again after creating (R-INV-1); LOGIN stays.
            if (core::AccountContact* e = entryOf(a, ops::payloadId(p, u"contact_id"_s)))
                e->switches.login = true;
        }
    }
    return a;
}

std::optional<RefusedCreate> readRefusedCreate(Database& db, const QUuid& accountId)
{
    RefusedCreate r;
    {
        Statement q(db, u"SELECT op_id, payload, errors, created_at, seq FROM sync_issues"
                        " WHERE account_id = ? AND kind = ? AND status = 'rejected'"
                        " ORDER BY seq DESC LIMIT 1"_s);
        q->addBindValue(core::toWireId(accountId));
        q->addBindValue(QString(core::opkind::accountCreate));
        if (!q.exec() || !q->next())
            return std::nullopt;
        r.create = {QUuid::fromString(q->value(0).toString()), QString(core::opkind::accountCreate),
                    jsonObjectFromText(q->value(1).toString())};
        r.errors = core::readViolations(jsonArrayFromText(q->value(2).toString()));
        r.refusedAt = QDateTime::fromString(q->value(3).toString(), Qt::ISODateWithMs);
    }
    for (const QJsonValue& c : r.create.payload.value(u"contacts"_s).toArray()) {
        const QJsonObject o = c.toObject();
        if (!o.contains(u"existing_contact_id"_s))
            r.newContactIds.insert(QUuid::fromString(o.value(u"id"_s).toString()));
    }
    r.issueOpIds.append(r.create.opId);
    QList<core::Operation> later;
    for (const QueuedOp& q : opsTouching(db, accountId)) {
        if (q.op.opId == r.create.opId)
            continue;
        if (q.op.kind == core::opkind::accountCreate) // an older refusal, superseded
            continue;
        if (q.accountId.isNull() && !r.newContactIds.contains(q.contactId))
            continue; // a change of another contact
        if (q.op.kind == core::opkind::linkSet && q.op.payload.contains(u"contact"_s))
            r.newContactIds.insert(q.contactId);
        (q.issue ? r.issueOpIds : r.outboxOpIds).append(q.op.opId);
        later.append(q.op);
    }
    // Older refusals of the same account are part of this draft too.
    Statement older(db, u"SELECT op_id FROM sync_issues WHERE account_id = ? AND kind = ?"
                        " AND op_id <> ?"_s);
    older->addBindValue(core::toWireId(accountId));
    older->addBindValue(QString(core::opkind::accountCreate));
    older->addBindValue(core::toWireId(r.create.opId));
    if (older.exec()) {
        while (older->next())
            r.issueOpIds.append(QUuid::fromString(older->value(0).toString()));
    }
    r.account = foldChanges(r.create.payload, later);
    return r;
}

QList<QUuid> refusedCreateAccounts(Database& db)
{
    QList<QUuid> out;
    Statement q(db, u"SELECT account_id FROM sync_issues WHERE kind = ? AND status = 'rejected'"
                    " GROUP BY account_id ORDER BY min(created_at)"_s);
    q->addBindValue(QString(core::opkind::accountCreate));
    if (q.exec()) {
        while (q->next())
            out.append(QUuid::fromString(q->value(0).toString()));
    }
    return out;
}

} // namespace kontor::app
