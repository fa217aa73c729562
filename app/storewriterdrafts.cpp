// StoreWriter, part three (issue 6): the server's answers for pushed operations, drafts, what a
// refused account.create leaves behind, and conflicts resolved one field at a time.

#include "refusedcreate.h"
#include "storereader.h"
#include "storewriter.h"

#include "core/wireformat.h"

using namespace Qt::StringLiterals;

namespace kontor::app {

bool StoreWriter::saveDraft(const core::Account& account, const DraftPosition& position)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    m_changes.drafts = true;
    return run(u"INSERT INTO drafts(id, account, page, focus, created_at, updated_at)"
               " VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
               " account = excluded.account, page = excluded.page, focus = excluded.focus,"
               " updated_at = excluded.updated_at"_s,
               {core::toWireId(account.id), toJsonText(core::toJson(account)), position.page,
                position.focusPath.isNull() ? u""_s : position.focusPath, now, now});
}

bool StoreWriter::deleteDraft(const QUuid& id)
{
    Statement q(m_db, u"DELETE FROM drafts WHERE id = ?"_s);
    q->addBindValue(core::toWireId(id));
    if (!q.exec())
        return false;
    if (q->numRowsAffected() > 0)
        m_changes.drafts = true;
    return true;
}

bool StoreWriter::dropRefusedCreate(const RefusedCreate& refused)
{
    m_changes.drafts = true;
    for (const QUuid& opId : refused.issueOpIds) {
        if (!removeSyncIssue(opId))
            return false;
    }
    for (const QUuid& opId : refused.outboxOpIds) {
        if (!completeOperation(opId))
            return false;
    }
    StoreReader reader(m_db);
    if (const std::optional<qint64> rid = reader.accountRid(refused.account.id)) {
        if (!removeLinks(*rid))
            return false;
    }
    // Contacts made with the refused account exist only here; one linked elsewhere stays.
    for (const QUuid& contactId : refused.newContactIds) {
        if (!deleteContactIfUnlinked(contactId))
            return false;
    }
    return true;
}

bool StoreWriter::partOfRefusedCreate(const core::Operation& op)
{
    const QString id = op.payload.value(u"id"_s).toString();
    Statement q(m_db, op.kind == core::opkind::accountUpdate
                          ? u"SELECT 1 FROM sync_issues WHERE kind = ? AND status = 'rejected'"
                            " AND account_id = ? LIMIT 1"_s
                          : u"SELECT 1 FROM sync_issues s, json_each(s.payload, '$.contacts') c"
                            " WHERE s.kind = ? AND s.status = 'rejected'"
                            " AND json_extract(c.value, '$.id') = ? LIMIT 1"_s);
    q->addBindValue(QString(core::opkind::accountCreate));
    q->addBindValue(id);
    return q.exec() && q->next();
}

bool StoreWriter::setConflicts(const QUuid& opId, const QList<core::FieldConflict>& remaining)
{
    if (remaining.isEmpty())
        return removeSyncIssue(opId);
    QJsonArray conflicts;
    for (const core::FieldConflict& c : remaining) {
        conflicts.append(QJsonObject{{u"field"_s, c.field},
                                     {u"server_value"_s, c.serverValue},
                                     {u"client_value"_s, c.clientValue}});
    }
    m_changes.syncIssues = true;
    return run(u"UPDATE sync_issues SET conflicts = ? WHERE op_id = ?"_s,
               {toJsonText(conflicts), core::toWireId(opId)});
}

bool StoreWriter::settle(const core::Operation& op, const core::OperationResult& result)
{
    switch (result.status) {
    case core::OperationStatus::Applied:
        return completeOperation(op.opId);
    case core::OperationStatus::Replayed:
        // The first answer was lost (the connection broke after the server committed). The
        // server remembers the conflicts of that first time: they must not be lost with it.
        if (!result.conflicts.isEmpty()) {
            core::OperationResult asFirst = result;
            asFirst.status = core::OperationStatus::Conflict;
            return settle(op, asFirst);
        }
        return completeOperation(op.opId);
    case core::OperationStatus::Conflict: {
        // The server kept its values for these fields: the record shows them at once (the
        // changes queued after it stay on top), the issue keeps both.
        QJsonObject serverValues;
        for (const core::FieldConflict& c : result.conflicts)
            serverValues.insert(c.field, c.serverValue);
        return moveToSyncIssues(op.opId, result) && setServerValues(op, serverValues);
    }
    case core::OperationStatus::Rejected:
        // Nothing of it reached the server: the record shows the server's values again (the
        // changes queued after it stay on top), the issue keeps what the user wanted. A change
        // of an account the server refused to create is part of that draft: it stays in view,
        // or the user's next change, made on what is shown, would drop it from the draft.
        if (!moveToSyncIssues(op.opId, result))
            return false;
        return partOfRefusedCreate(op) || revertOperation(op);
    }
    return false;
}

} // namespace kontor::app
