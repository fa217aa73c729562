#pragma once

#include "core/teammember.h"

namespace kontor::server::auth {

/// A signed-in team member and the firm they work for: what every staff handler acts as.
struct Staff {
    QUuid firmId;
    QString firmName;
    core::TeamMember member;

    const QUuid& id() const { return member.id; }
    bool isOwnerOrAdmin() const { return member.role != core::Role::Employee; }
};

} // namespace kontor::server::auth
