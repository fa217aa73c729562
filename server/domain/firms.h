#pragma once

#include "core/firmsettings.h"
#include "core/teammember.h"
#include "storage/transaction.h"

#include <optional>

namespace kontor::server::domain {

/// Firms, their staff and their settings. Errors are thrown as http::ApiError (422 with field
/// errors, 409 for a name or address in use), which the command line prints and handlers answer.
namespace firms {

struct FirmRef {
    QUuid id;
    QString name;
};

std::optional<FirmRef> findByName(storage::Database& db, const QString& name);
QUuid create(storage::Transaction& tx, const QString& name);

/// Adds a team member with an Argon2id hash; the email must be unused across all firms
/// (sign-in names no firm).
QUuid addStaff(storage::Transaction& tx, const QUuid& firmId, const core::TeamMember& member,
               const QByteArray& passwordHash);

core::FirmSettings loadSettings(storage::Database& db, const QUuid& firmId);
void saveSettings(storage::Transaction& tx, const QUuid& firmId, const core::FirmSettings& s);

QList<core::TeamMember> teamMembers(storage::Database& db, const QUuid& firmId,
                                    const QList<QUuid>& only = {});

} // namespace firms
} // namespace kontor::server::domain
