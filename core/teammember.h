#pragma once

#include <QString>
#include <QUuid>

#include <optional>

namespace kontor::core {

/// R-ACC-1: Firmeninhaber, Administrator or Mitarbeiter.
enum class Role { Owner, Admin, Employee };

/// Permission flags of employees (owners and admins implicitly have all of them).
struct Permissions {
    bool manageAccounts = false;       ///< `manage_accounts`: create and edit accounts
    bool defaultAccountAccess = false; ///< `default_account_access`: sees every account

    bool operator==(const Permissions&) const = default;
};

/// Staff of a firm.
struct TeamMember {
    QUuid id;
    QString name;
    QString email;
    Role role = Role::Employee;
    Permissions permissions;

    bool operator==(const TeamMember&) const = default;
};

QString toWireName(Role role);
std::optional<Role> roleFromWireName(const QString& name);

/// R-ACC-1: owner, admins and employees with `manage_accounts` create and edit accounts.
bool canManageAccounts(const TeamMember& member);

/// R-ACC-7: owner and admins see everything; an employee sees an account when assigned to it,
/// when they created it, or with `default_account_access`.
bool canSeeAccount(const TeamMember& member, bool assigned, bool createdByMember);

/// R-ACC-7: members with the `default_account_access` flag are given access to every new
/// account (and, R-REG-2, are notified of self-registered clients).
bool hasDefaultAccountAccess(const TeamMember& member);

} // namespace kontor::core
