#include "accountnaming.h"

namespace kontor::core {

QString generatedAccountName(const Account& account, NameFormat format)
{
    if (account.type == AccountType::Company)
        return account.companyName.trimmed();
    if (account.contacts.isEmpty())
        return {};
    const Contact& c = account.contacts.constFirst().contact;
    return formatPersonName(format, c.firstName.trimmed(), c.middleName.trimmed(),
                            c.lastName.trimmed());
}

QString effectiveAccountName(const Account& account, NameFormat format)
{
    const QString typed = account.name.trimmed();
    return typed.isEmpty() ? generatedAccountName(account, format) : typed;
}

} // namespace kontor::core
