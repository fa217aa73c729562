#include "syncprotocol.h"

#include "wireformat.h"

using namespace Qt::StringLiterals;

namespace kontor::core {

namespace {
constexpr std::pair<OperationStatus, const char16_t*> statusNames[] = {
    {OperationStatus::Applied, u"applied"},
    {OperationStatus::Replayed, u"replayed"},
    {OperationStatus::Rejected, u"rejected"},
    {OperationStatus::Conflict, u"conflict"},
};
} // namespace

QString toWireName(OperationStatus status)
{
    for (const auto& [s, name] : statusNames) {
        if (s == status)
            return QString::fromUtf16(name);
    }
    return {};
}

std::optional<OperationStatus> operationStatusFromWireName(const QString& name)
{
    for (const auto& [s, wire] : statusNames) {
        if (name == QStringView(wire))
            return s;
    }
    return std::nullopt;
}

QJsonObject toJson(const Operation& op)
{
    return {{u"op_id"_s, toWireId(op.opId)}, {u"kind"_s, op.kind}, {u"payload"_s, op.payload}};
}

QJsonObject toJson(const OperationResult& r)
{
    QJsonObject o{{u"op_id"_s, toWireId(r.opId)}, {u"status"_s, toWireName(r.status)}};
    if (!r.errors.isEmpty())
        o.insert(u"errors"_s, toJson(r.errors));
    if (!r.conflicts.isEmpty()) {
        QJsonArray conflicts;
        for (const FieldConflict& c : r.conflicts) {
            conflicts.append(QJsonObject{{u"field"_s, c.field},
                                         {u"server_value"_s, c.serverValue},
                                         {u"client_value"_s, c.clientValue}});
        }
        o.insert(u"conflicts"_s, conflicts);
    }
    return o;
}

QJsonObject toJson(const Change& c)
{
    QJsonObject o{{u"entity"_s, c.entity},
                  {u"op"_s, c.deleted ? u"delete"_s : u"upsert"_s},
                  {u"id"_s, toWireId(c.id)}};
    if (!c.deleted)
        o.insert(u"data"_s, c.data);
    return o;
}

QJsonObject toJson(const ChangePage& page)
{
    QJsonArray changes;
    for (const Change& c : page.changes)
        changes.append(toJson(c));
    return {{u"changes"_s, changes}, {u"cursor"_s, page.cursor}, {u"more"_s, page.more}};
}

Operation readOperation(const JsonReader& r)
{
    Operation op;
    op.opId = r.id(u"op_id"_s).value_or(QUuid());
    if (op.opId.isNull() && !r.has(u"op_id"_s)) {
        r.addError(Violation(r.pathOf(u"op_id"_s), code::required,
                             QT_TRANSLATE_NOOP("Validation", "This field is required.")));
    }
    op.kind = r.text(u"kind"_s);
    if (op.kind.isEmpty()) {
        r.addError(Violation(r.pathOf(u"kind"_s), code::required,
                             QT_TRANSLATE_NOOP("Validation", "This field is required.")));
    }
    op.payload = r.rawObject(u"payload"_s);
    return op;
}

OperationResult readOperationResult(const JsonReader& r)
{
    OperationResult result;
    result.opId = r.id(u"op_id"_s).value_or(QUuid());
    result.status =
        operationStatusFromWireName(r.text(u"status"_s)).value_or(OperationStatus::Rejected);
    result.errors = readViolations(r.object().value(u"errors"_s).toArray());
    for (const JsonReader& c : r.objectList(u"conflicts"_s)) {
        result.conflicts.append(FieldConflict{c.text(u"field"_s),
                                              c.object().value(u"server_value"_s),
                                              c.object().value(u"client_value"_s)});
    }
    return result;
}

Change readChange(const JsonReader& r)
{
    Change c;
    c.entity = r.text(u"entity"_s);
    c.deleted = r.text(u"op"_s) == u"delete";
    c.id = r.id(u"id"_s).value_or(QUuid());
    c.data = r.rawObject(u"data"_s);
    return c;
}

ChangePage readChangePage(const JsonReader& r)
{
    ChangePage page;
    for (const JsonReader& c : r.objectList(u"changes"_s))
        page.changes.append(readChange(c));
    page.cursor = r.text(u"cursor"_s);
    page.more = r.boolean(u"more"_s);
    return page;
}

Decoded<QList<Operation>> decodeOperationBatch(const QByteArray& body)
{
    return decode<QList<Operation>>(body, [](const JsonReader& r) {
        QList<Operation> ops;
        const QList<JsonReader> items = r.objectList(u"ops"_s);
        if (!r.has(u"ops"_s)) {
            r.addError(Violation(u"ops"_s, code::required,
                                 QT_TRANSLATE_NOOP("Validation", "This field is required.")));
        }
        if (items.size() > maxOperationsPerPush) {
            r.addError(Violation(u"ops"_s, code::tooMany,
                                 QT_TRANSLATE_NOOP("Validation", "At most %1 entries are allowed."),
                                 {QString::number(maxOperationsPerPush)}));
            return ops;
        }
        for (const JsonReader& item : items)
            ops.append(readOperation(item));
        return ops;
    });
}

} // namespace kontor::core
