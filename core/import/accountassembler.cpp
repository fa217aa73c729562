#include "accountassembler.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kontor::core {

QUuid importRecordId(const QUuid& importId, QStringView kind, qint64 row)
{
    return QUuid::createUuidV5(importId, kind.toString() + u':' + QString::number(row));
}

AccountAssembler::AccountAssembler(const ImportIndex* index, const QUuid& importId)
    : m_index(index)
    , m_importId(importId)
{
}

QList<ImportedAccount> AccountAssembler::add(const InterpretedRow& row)
{
    const RowRelation relation = m_index->relation(row.row);
    if (!row.ok() || !relation.imported() || relation.duplicate)
        return {};
    Open& open = m_open[relation.accountRow];
    Account& account = open.imported.account;
    if (open.imported.rows.isEmpty()) {
        account = row.account;
        account.contacts.clear();
        account.id = importRecordId(m_importId, u"account", relation.accountRow);
        open.type = row.givenType;
    } else {
        const Account& more = row.account;
        if (account.name.isEmpty())
            account.name = more.name;
        if (account.companyName.isEmpty())
            account.companyName = more.companyName;
        if (!open.type)
            open.type = row.givenType;
        for (const QString& tag : more.tags) {
            if (!account.tags.contains(tag, Qt::CaseInsensitive))
                account.tags.append(tag);
        }
        for (const QUuid& member : more.teamMemberIds) {
            if (!account.teamMemberIds.contains(member))
                account.teamMemberIds.append(member);
        }
        for (auto it = more.customFields.constBegin(); it != more.customFields.constEnd(); ++it) {
            if (!account.customFields.contains(it.key()))
                account.customFields.insert(it.key(), it.value());
        }
    }
    AccountContact entry = row.account.contacts.constFirst();
    entry.contact.id = importRecordId(m_importId, u"contact", relation.contactRow);
    account.contacts.append(entry);
    open.imported.rows.append(row.row);
    open.contactRows.append(relation.contactRow);
    if (m_index->relation(relation.accountRow).lastRow != row.row)
        return {};
    return {complete(m_open.take(relation.accountRow))};
}

QList<ImportedAccount> AccountAssembler::finish()
{
    QList<qint32> firstRows = m_open.keys();
    std::sort(firstRows.begin(), firstRows.end());
    QList<ImportedAccount> out;
    for (qint32 firstRow : firstRows)
        out.append(complete(m_open.take(firstRow)));
    return out;
}

ImportedAccount AccountAssembler::complete(Open open)
{
    Account& account = open.imported.account;
    account.type = open.type.value_or(AccountType::Individual);
    // Whichever account is handed out first creates a shared contact; later ones link it.
    for (qsizetype i = 0; i < account.contacts.size(); ++i) {
        const qint32 contactRow = open.contactRows.at(i);
        if (m_createdShared.contains(contactRow))
            account.contacts[i].existingContactId = account.contacts.at(i).contact.id;
        else if (m_index->relation(contactRow).shared)
            m_createdShared.insert(contactRow);
    }
    return std::move(open.imported);
}

} // namespace kontor::core
