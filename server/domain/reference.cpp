#include "reference.h"

#include "entities.h"
#include "tags.h"

#include "core/textlimits.h"
#include "core/textrules.h"
#include "core/wireformat.h"
#include "http/apierror.h"
#include "storage/query.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kontor::server::domain::reference {

using http::ApiError;
using storage::Query;

namespace {

// For a change (an id given): another firm's record, like a missing one, is a 404 before
// anything about the new values is said.
void requireExisting(storage::Transaction& tx, const QUuid& firmId, const QString& table,
                     const QString& idColumn, const QUuid& id)
{
    if (id.isNull())
        return;
    Query q(tx.db(), u"SELECT 1 FROM %1 WHERE firm_id = :f AND %2 = :id"_s.arg(table, idColumn));
    q.bind(u":f"_s, firmId).bind(u":id"_s, id).exec();
    if (!q.next())
        throw ApiError::notFound();
}

} // namespace

QList<core::Tag> tagList(storage::Database& db, const QUuid& firmId)
{
    Query q(db, u"SELECT tag_id, name, color FROM tags WHERE firm_id = :f ORDER BY name_key"_s);
    q.bind(u":f"_s, firmId).exec();
    QList<core::Tag> out;
    while (q.next())
        out.append({q.id(0), q.text(1), q.text(2)});
    return out;
}

core::Tag saveTag(storage::Transaction& tx, const QUuid& firmId, core::Tag tag)
{
    requireExisting(tx, firmId, u"tags"_s, u"tag_id"_s, tag.id);
    core::Violations v = core::checkTagNames({tag.name}, u"name"_s);
    for (core::Violation& e : v)
        e = core::Violation::received(u"name"_s, e.code(), e.message());
    static const QRegularExpression color(u"^(#[0-9a-fA-F]{6})?$"_s);
    if (!color.match(tag.color).hasMatch()) {
        v.append(core::Violation(u"color"_s, core::code::invalidValue,
                                 QT_TRANSLATE_NOOP("Validation", "“%1” is not a valid value "
                                                                 "here."),
                                 {tag.color}));
    }
    if (!v.isEmpty())
        throw ApiError::invalid(v);
    Query same(tx.db(), u"SELECT tag_id FROM tags WHERE firm_id = :f AND name_key = :k"_s);
    same.bind(u":f"_s, firmId).bind(u":k"_s, tags::key(tag.name)).exec();
    if (same.next() && same.id(0) != tag.id) {
        throw ApiError::invalid({core::Violation(u"name"_s, core::code::duplicate,
                                                 QT_TRANSLATE_NOOP("Validation", "A tag with "
                                                                                 "this name "
                                                                                 "exists."))});
    }
    const bool isNew = tag.id.isNull();
    if (isNew)
        tag.id = storage::newId();
    Query q(tx.db(), isNew ? u"INSERT INTO tags (firm_id, tag_id, name, name_key, color, "
                             "created_at) VALUES (:f, :id, :n, :k, :c, :t)"_s
                           : u"UPDATE tags SET name = :n, name_key = :k, color = :c WHERE "
                             "firm_id = :f AND tag_id = :id"_s);
    q.bind(u":f"_s, firmId)
        .bind(u":id"_s, tag.id)
        .bind(u":n"_s, tag.name.trimmed())
        .bind(u":k"_s, tags::key(tag.name))
        .bind(u":c"_s, tag.color);
    if (isNew)
        q.bind(u":t"_s, storage::nowMs());
    q.exec();
    if (!isNew && q.rowsAffected() == 0)
        throw ApiError::notFound();
    tx.touch(firmId, entity::tag, tag.id);
    return tag;
}

QList<core::CustomFieldDefinition> customFields(storage::Database& db, const QUuid& firmId)
{
    Query q(db, u"SELECT field_id, name, type, scope, options, required FROM custom_fields "
                "WHERE firm_id = :f ORDER BY position, field_id"_s);
    q.bind(u":f"_s, firmId).exec();
    QList<core::CustomFieldDefinition> out;
    while (q.next()) {
        core::CustomFieldDefinition d;
        d.id = q.id(0);
        d.name = q.text(1);
        d.type = core::customFieldTypeFromWireName(q.text(2)).value_or(d.type);
        d.scope = core::customFieldScopeFromWireName(q.text(3)).value_or(d.scope);
        for (const QJsonValue& o : q.jsonArray(4))
            d.options.append(o.toString());
        d.required = q.flag(5);
        out.append(d);
    }
    return out;
}

core::CustomFieldDefinition saveCustomField(storage::Transaction& tx, const QUuid& firmId,
                                            core::CustomFieldDefinition d)
{
    requireExisting(tx, firmId, u"custom_fields"_s, u"field_id"_s, d.id);
    const core::Violations v = core::checkCustomFieldDefinition(d, {});
    if (!v.isEmpty())
        throw ApiError::invalid(v);
    const bool isNew = d.id.isNull();
    if (isNew)
        d.id = storage::newId();
    Query q(tx.db(), isNew ? u"INSERT INTO custom_fields (firm_id, field_id, name, type, scope, "
                             "options, required, position) VALUES (:f, :id, :n, :type, :scope, "
                             ":o, :r, :t)"_s
                           : u"UPDATE custom_fields SET name = :n, type = :type, scope = :scope, "
                             "options = :o, required = :r WHERE firm_id = :f AND field_id = :id"_s);
    q.bind(u":f"_s, firmId)
        .bind(u":id"_s, d.id)
        .bind(u":n"_s, d.name.trimmed())
        .bind(u":type"_s, core::toWireName(d.type))
        .bind(u":scope"_s, core::toWireName(d.scope))
        .bind(u":o"_s, QJsonArray::fromStringList(d.options))
        .bind(u":r"_s, d.required);
    if (isNew)
        q.bind(u":t"_s, storage::nowMs()); // the position: definitions in creation order
    q.exec();
    if (!isNew && q.rowsAffected() == 0)
        throw ApiError::notFound();
    tx.touch(firmId, entity::customField, d.id);
    return d;
}

QList<core::FolderTemplate> folderTemplates(storage::Database& db, const QUuid& firmId)
{
    Query q(db, u"SELECT template_id, name, folders FROM folder_templates WHERE firm_id = :f "
                "ORDER BY name, template_id"_s);
    q.bind(u":f"_s, firmId).exec();
    QList<core::FolderTemplate> out;
    while (q.next()) {
        core::Violations ignored;
        const QJsonObject holder{{u"folders"_s, q.jsonArray(2)}};
        out.append({q.id(0), q.text(1),
                    core::readFolders(core::JsonReader(holder, &ignored), u"folders"_s)});
    }
    return out;
}

std::optional<core::FolderTemplate> folderTemplate(storage::Database& db, const QUuid& firmId,
                                                   const QUuid& id)
{
    for (const core::FolderTemplate& t : folderTemplates(db, firmId)) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

core::FolderTemplate saveFolderTemplate(storage::Transaction& tx, const QUuid& firmId,
                                        core::FolderTemplate t)
{
    requireExisting(tx, firmId, u"folder_templates"_s, u"template_id"_s, t.id);
    core::Violations v = core::checkRequired(t.name, u"name"_s);
    if (v.isEmpty())
        v = core::checkSingleLineText(t.name.trimmed(), u"name"_s, core::limits::folderName);
    v += core::checkFolderTree(t.folders, u"folders"_s);
    if (!v.isEmpty())
        throw ApiError::invalid(v);
    const bool isNew = t.id.isNull();
    if (isNew)
        t.id = storage::newId();
    Query q(tx.db(), isNew ? u"INSERT INTO folder_templates (firm_id, template_id, name, "
                             "folders, created_at) VALUES (:f, :id, :n, :folders, :t)"_s
                           : u"UPDATE folder_templates SET name = :n, folders = :folders WHERE "
                             "firm_id = :f AND template_id = :id"_s);
    q.bind(u":f"_s, firmId)
        .bind(u":id"_s, t.id)
        .bind(u":n"_s, t.name.trimmed())
        .bind(u":folders"_s, core::toJson(t.folders));
    if (isNew)
        q.bind(u":t"_s, storage::nowMs());
    q.exec();
    if (!isNew && q.rowsAffected() == 0)
        throw ApiError::notFound();
    tx.touch(firmId, entity::folderTemplate, t.id);
    return t;
}

bool remove(storage::Transaction& tx, const QUuid& firmId, const QString& entityName,
            const QUuid& id)
{
    QString sql;
    if (entityName == entity::customField)
        sql = u"DELETE FROM custom_fields WHERE firm_id = :f AND field_id = :id"_s;
    else if (entityName == entity::folderTemplate)
        sql = u"DELETE FROM folder_templates WHERE firm_id = :f AND template_id = :id"_s;
    else
        return false;
    Query q(tx.db(), sql);
    q.bind(u":f"_s, firmId).bind(u":id"_s, id).exec();
    if (q.rowsAffected() == 0)
        return false;
    tx.touch(firmId, entityName, id, true);
    return true;
}

} // namespace kontor::server::domain::reference
