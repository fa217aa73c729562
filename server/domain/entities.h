#pragma once

#include <QString>

namespace kontor::server::domain::entity {
// Entity names of the change feed (core/syncprotocol.h).
inline const QString account = QStringLiteral("account");
inline const QString contact = QStringLiteral("contact");
inline const QString tag = QStringLiteral("tag");
inline const QString customField = QStringLiteral("custom_field");
inline const QString folderTemplate = QStringLiteral("folder_template");
inline const QString teamMember = QStringLiteral("team_member");
inline const QString settings = QStringLiteral("settings");
inline const QString invitation = QStringLiteral("invitation");
inline const QString notification = QStringLiteral("notification");
} // namespace kontor::server::domain::entity
