#pragma once

#include "core/customfield.h"
#include "core/foldertemplate.h"
#include "core/tag.h"
#include "storage/transaction.h"

#include <optional>

namespace kontor::server::domain::reference {

/// The firm's reference data: tags, custom field definitions (R-ACC-9, R-CON-3) and folder
/// templates (R-ACC-8). Checks throw http::ApiError (422 with field errors).

QList<core::Tag> tagList(storage::Database& db, const QUuid& firmId);
core::Tag saveTag(storage::Transaction& tx, const QUuid& firmId, core::Tag tag);

QList<core::CustomFieldDefinition> customFields(storage::Database& db, const QUuid& firmId);
core::CustomFieldDefinition saveCustomField(storage::Transaction& tx, const QUuid& firmId,
                                            core::CustomFieldDefinition definition);

QList<core::FolderTemplate> folderTemplates(storage::Database& db, const QUuid& firmId);
std::optional<core::FolderTemplate> folderTemplate(storage::Database& db, const QUuid& firmId,
                                                   const QUuid& id);
core::FolderTemplate saveFolderTemplate(storage::Transaction& tx, const QUuid& firmId,
                                        core::FolderTemplate folderTemplate);

/// Deletes a custom field definition or a folder template; false when unknown. (Tags stay:
/// records name them.)
bool remove(storage::Transaction& tx, const QUuid& firmId, const QString& entity, const QUuid& id);

} // namespace kontor::server::domain::reference
