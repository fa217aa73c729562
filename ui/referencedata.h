#pragma once

#include "core/customfield.h"
#include "core/foldertemplate.h"
#include "core/nameformat.h"
#include "core/tag.h"
#include "core/teammember.h"

#include <optional>

namespace kontor::ui {

/// What the forms need to know about the firm: filled from the local store, or in memory by
/// tests. Plain data, so every widget can be built and driven without a database.
struct ReferenceData {
    core::NameFormat nameFormat = core::NameFormat::FirstLast;
    QUuid currentUserId; ///< the signed-in team member: the creator of new accounts (R-ACC-7)
    QList<core::TeamMember> teamMembers;
    QList<core::Tag> tags;
    QList<core::FolderTemplate> folderTemplates;
    std::optional<QUuid> defaultFolderTemplateId;
    QList<core::CustomFieldDefinition> customFields; ///< both scopes

    QList<core::CustomFieldDefinition> customFieldsOf(core::CustomFieldScope scope) const
    {
        QList<core::CustomFieldDefinition> out;
        for (const core::CustomFieldDefinition& d : customFields) {
            if (d.scope == scope)
                out.append(d);
        }
        return out;
    }
};

} // namespace kontor::ui
