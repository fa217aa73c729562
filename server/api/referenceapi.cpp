#include "requestcontext.h"
#include "routes.h"
#include "servercontext.h"

#include "core/wireformat.h"
#include "domain/entities.h"
#include "domain/firms.h"
#include "domain/reference.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;

namespace kontor::server {

using http::ApiError;
using http::Response;
namespace reference = domain::reference;

namespace {

template <typename T> Response items(const QList<T>& list)
{
    QJsonArray out;
    for (const T& item : list)
        out.append(core::toJson(item));
    return Response::json({{u"items"_s, out}});
}

// Firm-wide definitions are the owner's and admins' business.
const auth::Staff& requireAdmin(RequestContext& ctx)
{
    const auth::Staff& staff = ctx.staff();
    if (!staff.isOwnerOrAdmin())
        throw ApiError::forbidden();
    return staff;
}

// POST creates (a client-made id is ignored); PUT /{id} replaces.
template <typename T, typename Read, typename Save>
Response save(RequestContext& ctx, const auth::Staff& staff, Read read, Save saveFn, bool isNew)
{
    T value = ctx.decodeBody(read);
    value.id = isNew ? QUuid() : ctx.idParam(u"id"_s);
    const T saved =
        storage::transact(ctx.db(), storage::TxMode::Write, [&](storage::Transaction& tx) {
            return saveFn(tx, staff.firmId, value);
        });
    return Response::json(isNew ? 201 : 200, core::toJson(saved));
}

Response removeEntity(RequestContext& ctx, const QString& entity)
{
    const auth::Staff& staff = requireAdmin(ctx);
    const QUuid id = ctx.idParam(u"id"_s);
    const bool removed =
        storage::transact(ctx.db(), storage::TxMode::Write, [&](storage::Transaction& tx) {
            return reference::remove(tx, staff.firmId, entity, id);
        });
    if (!removed)
        throw ApiError::notFound();
    return Response::noContent();
}

Response getSettings(RequestContext& ctx)
{
    return Response::json(core::toJson(domain::firms::loadSettings(ctx.db(), ctx.staff().firmId)));
}

Response putSettings(RequestContext& ctx)
{
    const auth::Staff& staff = requireAdmin(ctx);
    const core::FirmSettings settings = ctx.decodeBody(core::readFirmSettings);
    storage::transact(ctx.db(), storage::TxMode::Write, [&](storage::Transaction& tx) {
        if (settings.defaultFolderTemplateId &&
            !reference::folderTemplate(tx.db(), staff.firmId, *settings.defaultFolderTemplateId)) {
            throw ApiError::invalid({core::Violation(
                u"default_folder_template_id"_s, core::code::notFound,
                QT_TRANSLATE_NOOP("Validation", "This folder template does not exist."))});
        }
        domain::firms::saveSettings(tx, staff.firmId, settings);
    });
    return Response::json(core::toJson(domain::firms::loadSettings(ctx.db(), staff.firmId)));
}

} // namespace

void addReferenceRoutes(ServerContext& server)
{
    http::Router& r = server.router;
    r.add("GET", u"/api/v1/settings"_s, getSettings);
    r.add("PUT", u"/api/v1/settings"_s, putSettings);
    r.add("GET", u"/api/v1/team-members"_s, [](RequestContext& ctx) {
        return items(domain::firms::teamMembers(ctx.db(), ctx.staff().firmId));
    });

    r.add("GET", u"/api/v1/tags"_s, [](RequestContext& ctx) {
        return items(reference::tagList(ctx.db(), ctx.staff().firmId));
    });
    // Tags are also made on the fly when records name them; whoever may edit accounts may
    // make and rename them.
    auto tagWriter = [](RequestContext& ctx) -> const auth::Staff& {
        const auth::Staff& staff = ctx.staff();
        if (!core::canManageAccounts(staff.member))
            throw ApiError::forbidden();
        return staff;
    };
    r.add("POST", u"/api/v1/tags"_s, [tagWriter](RequestContext& ctx) {
        return save<core::Tag>(ctx, tagWriter(ctx), core::readTag, reference::saveTag, true);
    });
    r.add("PUT", u"/api/v1/tags/{id}"_s, [tagWriter](RequestContext& ctx) {
        return save<core::Tag>(ctx, tagWriter(ctx), core::readTag, reference::saveTag, false);
    });

    r.add("GET", u"/api/v1/custom-fields"_s, [](RequestContext& ctx) {
        return items(reference::customFields(ctx.db(), ctx.staff().firmId));
    });
    r.add("POST", u"/api/v1/custom-fields"_s, [](RequestContext& ctx) {
        return save<core::CustomFieldDefinition>(ctx, requireAdmin(ctx),
                                                 core::readCustomFieldDefinition,
                                                 reference::saveCustomField, true);
    });
    r.add("PUT", u"/api/v1/custom-fields/{id}"_s, [](RequestContext& ctx) {
        return save<core::CustomFieldDefinition>(ctx, requireAdmin(ctx),
                                                 core::readCustomFieldDefinition,
                                                 reference::saveCustomField, false);
    });
    r.add("DELETE", u"/api/v1/custom-fields/{id}"_s,
          [](RequestContext& ctx) { return removeEntity(ctx, domain::entity::customField); });

    r.add("GET", u"/api/v1/folder-templates"_s, [](RequestContext& ctx) {
        return items(reference::folderTemplates(ctx.db(), ctx.staff().firmId));
    });
    r.add("POST", u"/api/v1/folder-templates"_s, [](RequestContext& ctx) {
        return save<core::FolderTemplate>(ctx, requireAdmin(ctx), core::readFolderTemplate,
                                          reference::saveFolderTemplate, true);
    });
    r.add("PUT", u"/api/v1/folder-templates/{id}"_s, [](RequestContext& ctx) {
        return save<core::FolderTemplate>(ctx, requireAdmin(ctx), core::readFolderTemplate,
                                          reference::saveFolderTemplate, false);
    });
    r.add("DELETE", u"/api/v1/folder-templates/{id}"_s,
          [](RequestContext& ctx) { return removeEntity(ctx, domain::entity::folderTemplate); });
}

} // namespace kontor::server
