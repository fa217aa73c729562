#include "teammember.h"

using namespace Qt::StringLiterals;

namespace kontor::core {

QString toWireName(Role role)
{
    switch (role) {
    case Role::Owner:
        return u"owner"_s;
    case Role::Admin:
        return u"admin"_s;
    case Role::Employee:
        break;
    }
    return u"employee"_s;
}

std::optional<Role> roleFromWireName(const QString& name)
{
    for (Role r : {Role::Owner, Role::Admin, Role::Employee}) {
        if (toWireName(r) == name)
            return r;
    }
    return std::nullopt;
}

bool canManageAccounts(const TeamMember& member)
{
    return member.role != Role::Employee || member.permissions.manageAccounts;
}

bool canSeeAccount(const TeamMember& member, bool assigned, bool createdByMember)
{
    return member.role != Role::Employee || assigned || createdByMember ||
           member.permissions.defaultAccountAccess;
}

bool hasDefaultAccountAccess(const TeamMember& member)
{
    // A flag for every role: owners and admins see everything anyway, but only those with the
    // flag are assigned (and notified) by default.
    return member.permissions.defaultAccountAccess;
}

} // namespace kontor::core
