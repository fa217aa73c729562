#include "account.h"

using namespace Qt::StringLiterals;

namespace kontor::core {

QString toWireName(AccountType type)
{
    return type == AccountType::Company ? u"company"_s : u"individual"_s;
}

std::optional<AccountType> accountTypeFromWireName(const QString& name)
{
    if (name == u"individual")
        return AccountType::Individual;
    if (name == u"company")
        return AccountType::Company;
    return std::nullopt;
}

QString toWireName(PortalStatus status)
{
    switch (status) {
    case PortalStatus::Activated:
        return u"activated"_s;
    case PortalStatus::Pending:
        return u"pending"_s;
    case PortalStatus::NotActivated:
        break;
    }
    return u"not_activated"_s;
}

std::optional<PortalStatus> portalStatusFromWireName(const QString& name)
{
    for (PortalStatus s :
         {PortalStatus::NotActivated, PortalStatus::Pending, PortalStatus::Activated}) {
        if (toWireName(s) == name)
            return s;
    }
    return std::nullopt;
}

PortalStatus accountPortalStatus(const QList<AccountContact>& contacts)
{
    PortalStatus result = PortalStatus::NotActivated;
    for (const AccountContact& c : contacts) {
        if (c.portalStatus == PortalStatus::Activated)
            return PortalStatus::Activated;
        if (c.portalStatus == PortalStatus::Pending)
            result = PortalStatus::Pending;
    }
    return result;
}

} // namespace kontor::core
