// LocalStore, conflicts and refused edits (issue 6). The server applies a change field by field:
// a field whose value changed there since this client read it keeps the server's value and
// comes back as a conflict with both values. The user who synced last chooses; either choice
// is one transaction that also settles the conflict.

#include "localstore.h"

#include "operations.h"
#include "storewriter.h"

#include "core/contactrules.h"
#include "core/wireformat.h"

using namespace Qt::StringLiterals;

namespace kontor::app {

namespace {

core::Violations notFound(const char* text)
{
    return {core::Violation(u"id"_s, core::code::notFound, text)};
}

// The server's paths are relative to the payload ("fields.tags[0]"); an editor's are the
// record's.
void relativeToRecord(core::Violations& errors)
{
    for (core::Violation& v : errors) {
        if (v.path().startsWith(u"fields."_s))
            v = core::Violation::received(v.path().mid(7), v.code(), v.message());
    }
}

std::optional<SyncIssue> issueOf(const QList<SyncIssue>& issues, const QUuid& opId,
                                 SyncIssue::Kind kind)
{
    for (const SyncIssue& issue : issues) {
        if (issue.operation.opId == opId && issue.kind == kind)
            return issue;
    }
    return std::nullopt;
}

} // namespace

QList<FieldConflictItem> LocalStore::conflicts() const
{
    QList<FieldConflictItem> out;
    for (const SyncIssue& issue : syncIssues()) {
        if (issue.kind != SyncIssue::Kind::Conflict)
            continue;
        const bool isContact = issue.operation.kind == core::opkind::contactUpdate;
        for (const core::FieldConflict& c : issue.conflicts) {
            out.append({issue.operation.opId, issue.operation.kind,
                        isContact ? QUuid() : issue.accountId,
                        isContact ? ops::payloadId(issue.operation.payload, u"id"_s) : QUuid(),
                        c.field, c.serverValue, c.clientValue, issue.createdAt});
        }
    }
    return out;
}

int LocalStore::conflictCount() const
{
    int n = 0;
    for (const SyncIssue& issue : syncIssues())
        n += int(issue.conflicts.size());
    return n;
}

core::Violations LocalStore::resolveConflict(const QUuid& opId, const QString& field,
                                             ConflictChoice choice)
{
    const std::optional<SyncIssue> issue = issueOf(syncIssues(), opId, SyncIssue::Kind::Conflict);
    if (!issue)
        return notFound(QT_TRANSLATE_NOOP("Validation", "This conflict was resolved already."));
    QList<core::FieldConflict> remaining = issue->conflicts;
    const qsizetype at =
        std::find_if(remaining.cbegin(), remaining.cend(),
                     [&](const core::FieldConflict& c) { return c.field == field; }) -
        remaining.cbegin();
    if (at == remaining.size())
        return notFound(QT_TRANSLATE_NOOP("Validation", "This conflict was resolved already."));
    const core::FieldConflict chosen = remaining.takeAt(at);
    const auto settle = [&](StoreWriter& w) { return w.setConflicts(opId, remaining); };
    if (choice == ConflictChoice::KeepServer)
        return commit({}, settle);

    // "Use mine": our value again, based on the server's, so the server applies it unless the
    // field changed there once more (then that is a new conflict).
    const QString& kind = issue->operation.kind;
    const QUuid id = ops::payloadId(issue->operation.payload, u"id"_s);
    const QJsonObject fields{{field, chosen.clientValue}};
    if (kind == core::opkind::accountUpdate) {
        std::optional<core::Account> a = account(id);
        if (!a)
            return notFound(QT_TRANSLATE_NOOP("Validation", "This account does not exist (any "
                                                            "more)."));
        ops::applyAccountFields(*a, fields);
        if (core::Violations v = core::checkAccountFields(*a, accountRules()); !v.isEmpty())
            return v;
    } else if (kind == core::opkind::contactUpdate) {
        std::optional<core::Contact> c = contact(id);
        if (!c)
            return notFound(QT_TRANSLATE_NOOP("Validation", "This contact does not exist (any "
                                                            "more)."));
        ops::applyContactFields(*c, fields);
        if (core::Violations v =
                core::checkContact(*c, customFields(core::CustomFieldScope::Contact), QString());
            !v.isEmpty()) {
            return v;
        }
    }
    const QJsonObject payload{{u"id"_s, core::toWireId(id)},
                              {u"fields"_s, fields},
                              {u"base"_s, QJsonObject{{field, chosen.serverValue}}}};
    return commit({core::Operation{QUuid::createUuid(), kind, payload}}, settle);
}

std::optional<RejectedEdit> LocalStore::rejectedEdit(const QUuid& opId) const
{
    const std::optional<SyncIssue> issue = issueOf(syncIssues(), opId, SyncIssue::Kind::Rejected);
    if (!issue)
        return std::nullopt;
    const QJsonObject& p = issue->operation.payload;
    const QJsonObject fields = p.value(u"fields"_s).toObject();
    RejectedEdit edit{opId, issue->operation.kind, {}, {}, issue->errors};
    if (edit.kind == core::opkind::accountUpdate) {
        std::optional<core::Account> a = account(ops::payloadId(p, u"id"_s));
        if (!a)
            return std::nullopt;
        ops::applyAccountFields(*a, fields);
        edit.account = *a;
        relativeToRecord(edit.errors);
        return edit;
    }
    if (edit.kind == core::opkind::contactUpdate) {
        std::optional<core::Contact> c = contact(ops::payloadId(p, u"id"_s));
        if (!c)
            return std::nullopt;
        ops::applyContactFields(*c, fields);
        edit.contact = *c;
        relativeToRecord(edit.errors);
        return edit;
    }
    return std::nullopt;
}

core::Violations LocalStore::resubmitEdit(const QUuid& opId, const core::Account& edited)
{
    const std::optional<RejectedEdit> edit = rejectedEdit(opId);
    if (!edit || edit->kind != core::opkind::accountUpdate)
        return notFound(QT_TRANSLATE_NOOP("Validation", "This change was resolved already."));
    // Based on the record as the server has it (the refused values were never applied).
    return updateAccountFields(account(edited.id).value_or(edited), edited, opId);
}

core::Violations LocalStore::resubmitEdit(const QUuid& opId, const core::Contact& edited)
{
    const std::optional<RejectedEdit> edit = rejectedEdit(opId);
    if (!edit || edit->kind != core::opkind::contactUpdate)
        return notFound(QT_TRANSLATE_NOOP("Validation", "This change was resolved already."));
    return updateContact(contact(edited.id).value_or(edited), edited, opId);
}

} // namespace kontor::app
