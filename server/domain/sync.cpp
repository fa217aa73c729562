#include "sync.h"

#include "accountremoval.h"
#include "accounts.h"
#include "contacts.h"
#include "contactupdate.h"
#include "entities.h"
#include "firms.h"
#include "notifications.h"
#include "reference.h"

#include "core/wireformat.h"
#include "http/apierror.h"
#include "storage/query.h"
#include "storage/sqlhelpers.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QSet>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace kontor::server::domain::sync {

using http::ApiError;
using storage::Query;

namespace {

QString payloadHash(const core::Operation& op)
{
    // QJsonObject keeps keys sorted, so equal payloads serialise equally.
    const QByteArray text =
        op.kind.toUtf8() + '\n' + QJsonDocument(op.payload).toJson(QJsonDocument::Compact);
    unsigned char out[32];
    crypto_generichash(out, sizeof(out), reinterpret_cast<const unsigned char*>(text.constData()),
                       quint64(text.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(out), 32).toHex());
}

core::Violations violationsOf(const ApiError& e, const QTranslator* translator)
{
    core::Violations out;
    for (const core::Violation& v : e.fields)
        out.append(core::Violation::received(v.path(), v.code(), v.message(translator)));
    if (out.isEmpty()) {
        out.append(core::Violation::received({}, e.code,
                                             http::renderMessage(e.message, e.args, translator)));
    }
    return out;
}

core::OperationResult rejected(const QUuid& opId, const QString& path, const QString& code,
                               const char* message, const QTranslator* translator)
{
    core::OperationResult r;
    r.opId = opId;
    r.status = core::OperationStatus::Rejected;
    r.errors.append(
        core::Violation::received(path, code, http::renderMessage(message, {}, translator)));
    return r;
}

QList<core::FieldConflict> readConflicts(const QJsonArray& array)
{
    QList<core::FieldConflict> out;
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        out.append({o.value(u"field"_s).toString(), o.value(u"server_value"_s),
                    o.value(u"client_value"_s)});
    }
    return out;
}

QJsonArray conflictsJson(const QList<core::FieldConflict>& conflicts)
{
    QJsonArray out;
    for (const core::FieldConflict& c : conflicts) {
        out.append(QJsonObject{{u"field"_s, c.field},
                               {u"server_value"_s, c.serverValue},
                               {u"client_value"_s, c.clientValue}});
    }
    return out;
}

// The payload's own shape errors, paths relative to the payload.
void throwIfInvalid(const core::Violations& errors)
{
    if (!errors.isEmpty())
        throw ApiError::invalid(errors);
}

QUuid requiredId(const core::JsonReader& r, const QString& key)
{
    const std::optional<QUuid> id = r.id(key);
    if (!id && !r.has(key)) {
        r.addError(core::Violation(key, core::code::required,
                                   QT_TRANSLATE_NOOP("Validation", "This field is required.")));
    }
    return id.value_or(QUuid());
}

// Applies one operation; its conflicts (field-level) when it applied only partly.
QList<core::FieldConflict> applyKind(storage::Transaction& tx, const auth::Staff& staff,
                                     const core::Operation& op,
                                     const invitations::Options& invitationOptions)
{
    core::Violations errors;
    const core::JsonReader r(op.payload, &errors);
    if (op.kind == core::opkind::accountCreate) {
        const core::Account account = core::readAccount(r);
        throwIfInvalid(errors);
        accounts::create(tx, staff, account);
        return {};
    }
    if (op.kind == core::opkind::accountUpdate || op.kind == core::opkind::contactUpdate) {
        const QUuid id = requiredId(r, u"id"_s);
        const QJsonObject fields = r.rawObject(u"fields"_s);
        const QJsonObject base = r.rawObject(u"base"_s);
        throwIfInvalid(errors);
        if (op.kind == core::opkind::accountUpdate)
            return accounts::update(tx, staff, id, fields, base, u"fields"_s).conflicts;
        return updateContact(tx, staff, id, fields, base, u"fields"_s).conflicts;
    }
    if (op.kind == core::opkind::linkSet) {
        accounts::LinkChange change;
        change.accountId = requiredId(r, u"account_id"_s);
        change.linked = r.boolean(u"linked"_s, true);
        change.keepChanged = r.boolean(u"keep_changed"_s, false);
        change.switches = {r.boolean(u"login"_s), r.boolean(u"notify"_s),
                           r.boolean(u"email_sync"_s)};
        if (r.has(u"contact"_s)) {
            change.newContact = core::readContact(r.child(u"contact"_s));
            change.contactId = r.id(u"contact_id"_s).value_or(QUuid());
        } else {
            change.contactId = requiredId(r, u"contact_id"_s);
        }
        throwIfInvalid(errors);
        accounts::setLink(tx, staff, change, {});
        return {};
    }
    if (op.kind == core::opkind::accountDelete) {
        const QUuid id = r.id(u"id"_s).value_or(QUuid()); // none: only the contacts
        const QList<QUuid> contactIds = r.idList(u"contact_ids"_s);
        const bool keepChanged = r.boolean(u"keep_changed"_s, false);
        throwIfInvalid(errors);
        accounts::remove(tx, staff, id, contactIds, keepChanged);
        return {};
    }
    if (op.kind == core::opkind::invitationSend) {
        invitations::InviteRequest request;
        request.id = r.id(u"id"_s);
        request.accountId = requiredId(r, u"account_id"_s);
        request.contactId = requiredId(r, u"contact_id"_s);
        request.message = r.text(u"message"_s);
        throwIfInvalid(errors);
        invitations::invite(tx, staff, request, invitationOptions);
        return {};
    }
    throw ApiError::invalid({core::Violation(u"kind"_s, core::code::invalidValue,
                                             QT_TRANSLATE_NOOP("Validation", "“%1” is not a "
                                                                             "valid value here."),
                                             {op.kind})});
}

// `import.batch`: the items in order, all or none (the caller's savepoint rolls back); an item's
// errors and conflicts carry its place (`items[3].payload.contacts[0].email`). With
// @p everyError (a push's pass with a savepoint per operation) a refused batch answers the
// errors of every item, not only of the first that failed, so that the rows can be corrected at
// once: the batch runs again item by item, each in a savepoint of its own.
QList<core::FieldConflict> applyBatch(storage::Transaction& tx, const auth::Staff& staff,
                                      const core::Operation& op, const QTranslator* translator,
                                      const invitations::Options& invitationOptions,
                                      bool everyError)
{
    core::Violations errors;
    const QList<core::JsonReader> items =
        core::JsonReader(op.payload, &errors).objectList(u"items"_s);
    throwIfInvalid(errors);
    QList<core::FieldConflict> conflicts;
    const auto applyItem = [&](qsizetype i) {
        const QString path = core::indexPath(u"items"_s, i);
        const core::Operation item{op.opId, items.at(i).text(u"kind"_s),
                                   items.at(i).rawObject(u"payload"_s)};
        if (item.kind == core::opkind::importBatch || item.kind == core::opkind::invitationSend) {
            throw ApiError::invalid({core::Violation(
                core::joinPath(path, u"kind"_s), core::code::invalidValue,
                QT_TRANSLATE_NOOP("Validation", "“%1” is not a valid value here."), {item.kind})});
        }
        try {
            for (core::FieldConflict c : applyKind(tx, staff, item, invitationOptions)) {
                c.field = core::joinPath(core::joinPath(path, u"payload"_s), c.field);
                conflicts.append(c);
            }
        } catch (const ApiError& e) {
            core::Violations placed;
            for (const core::Violation& v : violationsOf(e, translator))
                placed.append(v.prefixed(core::joinPath(path, u"payload"_s)));
            throw ApiError::invalid(placed);
        }
    };
    if (!everyError) {
        for (qsizetype i = 0; i < items.size(); ++i)
            applyItem(i);
        return conflicts;
    }
    core::Violations first;
    {
        storage::Transaction::Savepoint attempt(tx);
        try {
            for (qsizetype i = 0; i < items.size(); ++i)
                applyItem(i);
            attempt.release();
            return conflicts;
        } catch (const ApiError& e) {
            first = violationsOf(e, translator);
        } // the attempt rolls back
    }
    constexpr qsizetype maxErrors = 1000; // an answer of bounded size
    core::Violations all;
    for (qsizetype i = 0; i < items.size() && all.size() < maxErrors; ++i) {
        storage::Transaction::Savepoint one(tx);
        try {
            applyItem(i);
            one.release(); // the items after it may build on it (a contact linked again)
        } catch (const ApiError& e) {
            all += violationsOf(e, translator);
        }
    }
    throw ApiError::invalid(all.isEmpty() ? first : all);
}

QString resultJson(core::OperationStatus status, const QList<core::FieldConflict>& conflicts)
{
    return storage::jsonText(QJsonObject{{u"status"_s, core::toWireName(status)},
                                         {u"conflicts"_s, conflictsJson(conflicts)}});
}

core::OperationResult applyOne(storage::Transaction& tx, const auth::Staff& staff,
                               const core::Operation& op, const QTranslator* translator,
                               const invitations::Options& invitationOptions,
                               bool everyError = false)
{
    // The claim already holds the usual result (applied, no conflicts); only a conflict
    // writes it again. A rejected operation leaves no row: its savepoint or transaction rolls
    // back.
    static const QString applied = resultJson(core::OperationStatus::Applied, {});
    const QString hash = payloadHash(op);
    Query claim(tx.db(), u"INSERT INTO op_log (firm_id, op_id, user_id, kind, payload_hash, "
                         "result, created_at) VALUES (:f, :op, :u, :k, :h, :r, :t) "
                         "ON CONFLICT (firm_id, op_id) DO NOTHING"_s);
    claim.bind(u":f"_s, staff.firmId)
        .bind(u":op"_s, op.opId)
        .bind(u":u"_s, staff.id())
        .bind(u":k"_s, op.kind)
        .bind(u":h"_s, hash)
        .bind(u":r"_s, applied)
        .bind(u":t"_s, storage::nowMs())
        .exec();
    if (claim.rowsAffected() == 0) {
        Query seen(tx.db(), u"SELECT payload_hash, result FROM op_log WHERE firm_id = :f AND "
                            "op_id = :op"_s);
        seen.bind(u":f"_s, staff.firmId).bind(u":op"_s, op.opId).exec();
        seen.next();
        if (seen.text(0) != hash) {
            return rejected(op.opId, u"op_id"_s, u"op_id_reused"_s,
                            QT_TRANSLATE_NOOP("Server", "This op_id was used before for a "
                                                        "different operation."),
                            translator);
        }
        core::OperationResult r;
        r.opId = op.opId;
        r.status = core::OperationStatus::Replayed;
        r.conflicts = readConflicts(seen.jsonObject(1).value(u"conflicts"_s).toArray());
        return r;
    }
    core::OperationResult r;
    r.opId = op.opId;
    try {
        r.conflicts = op.kind == core::opkind::importBatch
                          ? applyBatch(tx, staff, op, translator, invitationOptions, everyError)
                          : applyKind(tx, staff, op, invitationOptions);
    } catch (const ApiError& e) {
        r.status = core::OperationStatus::Rejected;
        r.errors = violationsOf(e, translator);
        return r;
    }
    if (r.conflicts.isEmpty()) {
        r.status = core::OperationStatus::Applied;
        return r;
    }
    r.status = core::OperationStatus::Conflict;
    Query record(tx.db(), u"UPDATE op_log SET result = :r WHERE firm_id = :f AND op_id = :op"_s);
    record.bind(u":r"_s, resultJson(r.status, r.conflicts))
        .bind(u":f"_s, staff.firmId)
        .bind(u":op"_s, op.opId)
        .exec();
    return r;
}

qint64 parseCursor(const QString& cursor)
{
    if (cursor.isEmpty())
        return 0;
    bool ok = false;
    const qint64 value = cursor.toLongLong(&ok);
    if (!ok || value < 0) {
        throw ApiError::badRequest(u"invalid_cursor"_s,
                                   QT_TRANSLATE_NOOP("Server", "The change cursor is not valid."));
    }
    return value;
}

} // namespace

QList<core::OperationResult> apply(storage::Database& db, const auth::Staff& staff,
                                   const QList<core::Operation>& ops, const QTranslator* translator,
                                   const invitations::Options& invitationOptions)
{
    // Each operation applies or fails alone, which takes a savepoint per operation. But a
    // savepoint costs: SQLite's FTS5 writes its pending index entries out at every one, and
    // SAVEPOINT and RELEASE are two statements more per operation (together an eighth of a
    // push's server time). Pushes almost always apply every operation, so they first run in
    // one plain transaction; at the first rejection that one is rolled back (nothing of it
    // stays) and the push runs again with a savepoint per operation.
    struct Rejection {};
    try {
        return storage::transact(db, storage::TxMode::Write, [&](storage::Transaction& tx) {
            QList<core::OperationResult> results;
            results.reserve(ops.size());
            for (const core::Operation& op : ops) {
                core::OperationResult r = applyOne(tx, staff, op, translator, invitationOptions);
                if (r.status == core::OperationStatus::Rejected)
                    throw Rejection{};
                results.append(std::move(r));
            }
            return results;
        });
    } catch (const Rejection&) {
    }
    return storage::transact(db, storage::TxMode::Write, [&](storage::Transaction& tx) {
        QList<core::OperationResult> results;
        results.reserve(ops.size());
        for (const core::Operation& op : ops) {
            storage::Transaction::Savepoint savepoint(tx);
            core::OperationResult r = applyOne(tx, staff, op, translator, invitationOptions, true);
            if (r.status != core::OperationStatus::Rejected)
                savepoint.release(); // else its destructor rolls the operation back
            results.append(std::move(r));
        }
        return results;
    });
}

qint64 remainingChanges(storage::Database& db, const QUuid& firmId, const QString& cursor)
{
    Query q(db, u"SELECT count(*) FROM change_log WHERE firm_id = :f AND seq > :s"_s);
    q.bind(u":f"_s, firmId).bind(u":s"_s, parseCursor(cursor)).exec();
    return q.next() ? q.integer(0) : 0;
}

QString currentCursor(storage::Database& db, const QUuid& firmId)
{
    Query q(db, u"SELECT change_seq FROM firms WHERE firm_id = :f"_s);
    q.bind(u":f"_s, firmId).exec();
    return QString::number(q.next() ? q.integer(0) : 0);
}

core::ChangePage changes(storage::Database& db, const auth::Staff& staff, const QString& since,
                         int limit, const QString& publicUrl)
{
    const qint64 from = parseCursor(since);
    struct Row {
        qint64 seq;
        QString entity;
        QUuid id;
        bool deleted;
    };
    QList<Row> rows;
    // One snapshot for the page and the records it renders.
    storage::Transaction tx(db, storage::TxMode::Read);
    {
        Query q(db, u"SELECT seq, entity, entity_id, deleted FROM change_log WHERE firm_id = :f "
                    "AND seq > :s ORDER BY seq LIMIT :l"_s);
        q.bind(u":f"_s, staff.firmId).bind(u":s"_s, from).bind(u":l"_s, limit + 1).exec();
        while (q.next())
            rows.append({q.integer(0), q.text(1), q.id(2), q.flag(3)});
    }
    core::ChangePage page;
    page.more = rows.size() > limit;
    if (page.more)
        rows.resize(limit);
    page.cursor = QString::number(rows.isEmpty() ? from : rows.constLast().seq);

    QHash<QString, QList<QUuid>> wanted;
    for (const Row& row : rows) {
        if (!row.deleted)
            wanted[row.entity].append(row.id);
    }
    QHash<std::pair<QString, QUuid>, QJsonObject> data; // entity+id → rendered record
    QSet<std::pair<QString, QUuid>> skip;               // not for this reader at all
    const QUuid& firm = staff.firmId;
    for (const accounts::Stored& s : accounts::loadMany(db, firm, wanted.value(entity::account))) {
        const bool assigned = s.account.teamMemberIds.contains(staff.id());
        if (core::canSeeAccount(staff.member, assigned, s.createdBy == staff.id()))
            data.insert({entity::account, s.account.id}, accounts::toJson(s));
    }
    for (const core::Contact& c : contacts::loadMany(db, firm, wanted.value(entity::contact)))
        data.insert({entity::contact, c.id}, core::toJson(c));
    if (wanted.contains(entity::tag)) {
        for (const core::Tag& t : reference::tagList(db, firm))
            data.insert({entity::tag, t.id}, core::toJson(t));
    }
    if (wanted.contains(entity::customField)) {
        for (const core::CustomFieldDefinition& d : reference::customFields(db, firm))
            data.insert({entity::customField, d.id}, core::toJson(d));
    }
    if (wanted.contains(entity::folderTemplate)) {
        for (const core::FolderTemplate& t : reference::folderTemplates(db, firm))
            data.insert({entity::folderTemplate, t.id}, core::toJson(t));
    }
    for (const core::TeamMember& m : firms::teamMembers(db, firm, wanted.value(entity::teamMember)))
        data.insert({entity::teamMember, m.id}, core::toJson(m));
    if (wanted.contains(entity::settings)) {
        QJsonObject s = core::toJson(firms::loadSettings(db, firm));
        s.insert(u"id"_s, core::toWireId(firm));
        data.insert({entity::settings, firm}, s);
    }
    // Open invitations of accounts the reader may see; used or replaced ones leave the list.
    const qint64 now = storage::nowMs();
    for (const invitations::Invitation& i :
         invitations::loadMany(db, firm, wanted.value(entity::invitation))) {
        if (i.isOpen() &&
            accounts::visibility(db, staff, i.accountId) == accounts::Visibility::Visible)
            data.insert({entity::invitation, i.id}, invitations::toJson(i, now));
    }
    for (const QUuid& id : wanted.value(entity::notification)) {
        const std::optional<notifications::Notification> n = notifications::load(db, firm, id);
        if (n && n->userId != staff.id())
            skip.insert({entity::notification, id});
        else if (n)
            data.insert({entity::notification, id}, notifications::toJson(*n, publicUrl));
    }
    for (const Row& row : rows) {
        const std::pair<QString, QUuid> key{row.entity, row.id};
        if (skip.contains(key))
            continue;
        core::Change change;
        change.entity = row.entity;
        change.id = row.id;
        const auto it = data.constFind(key);
        change.deleted = row.deleted || it == data.cend();
        if (!change.deleted)
            change.data = *it;
        page.changes.append(change);
    }
    return page;
}

} // namespace kontor::server::domain::sync
