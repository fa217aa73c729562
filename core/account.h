#pragma once

#include "contact.h"
#include "foldertemplate.h"

#include <optional>

namespace kontor::core {

/// R-ACC-3: "Einzelperson" (individual or family) or "Unternehmen" (company).
enum class AccountType { Individual, Company };

/// R-INV-7: whether a contact (or any contact of an account) uses the client portal.
enum class PortalStatus { NotActivated, Pending, Activated };

/// The per-contact switches on an account (R-SW-1…3).
struct ContactSwitches {
    bool login = false;     ///< may sign in to the portal for this account (needs an email)
    bool notify = false;    ///< receives the account's notifications and emails
    bool emailSync = false; ///< mail with this address shows on the account's email tab

    bool operator==(const ContactSwitches&) const = default;
};

/// A contact as linked to one account. In a create request a contact is either new (its data
/// in `contact`) or an existing one (`existingContactId`; then `contact` holds what is known).
struct AccountContact {
    std::optional<QUuid> existingContactId;
    Contact contact;
    ContactSwitches switches;
    PortalStatus portalStatus = PortalStatus::NotActivated;

    bool operator==(const AccountContact&) const = default;
};

/// The unit a firm works with (R-ACC-*): its own fields and its linked contacts. The same type
/// is the payload of a create request and the stored record the server answers with.
struct Account {
    QUuid id;
    AccountType type = AccountType::Individual;
    QString name; ///< empty in a request means "generate it" (R-ACC-4)
    QString companyName;
    QStringList tags;
    QList<QUuid> teamMemberIds;
    std::optional<QUuid> folderTemplateId;
    QJsonObject customFields;
    QList<AccountContact> contacts;
    QList<FolderNode> folders; ///< the account's folder tree, filled in by the server
    PortalStatus portalStatus = PortalStatus::NotActivated;

    bool operator==(const Account&) const = default;
};

QString toWireName(AccountType type);
std::optional<AccountType> accountTypeFromWireName(const QString& name);
QString toWireName(PortalStatus status);
std::optional<PortalStatus> portalStatusFromWireName(const QString& name);

/// An account's status: activated if any contact activated, else pending if any was invited.
PortalStatus accountPortalStatus(const QList<AccountContact>& contacts);

} // namespace kontor::core
