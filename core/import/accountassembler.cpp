#include "accountassembler.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kontor::core {

QUuid importRecordId(const QUuid& importId, QStringView kind, qint64 row, RecordIds scheme)
{
    if (scheme == RecordIds::Hashed)
        return QUuid::createUuidV5(importId, kind.toString() + u':' + QString::number(row));
    // RFC 9562 layout: version 8 in the high nibble of data3, variant 10 in the top bits of
    // data4[0]; the row (below 2^62) fills the remaining 62 bits, most significant first, so
    // the text form sorts in row order.
    QUuid id = QUuid::createUuidV5(importId, kind.toString());
    id.data3 = ushort((id.data3 & 0x0fff) | 0x8000);
    const quint64 r = quint64(row) & ((quint64(1) << 62) - 1);
    id.data4[0] = uchar(0x80 | (r >> 56));
    for (int i = 1; i < 8; ++i)
        id.data4[i] = uchar(r >> (8 * (7 - i)));
    return id;
}

AccountAssembler::AccountAssembler(const ImportIndex* index, const QUuid& importId, RecordIds ids)
    : m_index(index)
    , m_ids(ids)
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
        account.id = importRecordId(m_importId, u"account", relation.accountRow, m_ids);
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
    entry.contact.id = importRecordId(m_importId, u"contact", relation.contactRow, m_ids);
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

const Contact* AccountAssembler::openContactAt(qint32 row) const
{
    const auto it = m_open.constFind(m_index->relation(row).accountRow);
    if (it == m_open.cend())
        return nullptr;
    const qsizetype i = it->imported.rows.indexOf(row);
    return i < 0 ? nullptr : &it->imported.account.contacts.at(i).contact;
}

ImportedAccount AccountAssembler::complete(Open open)
{
    Account& account = open.imported.account;
    account.type = open.type.value_or(AccountType::Individual);
    // Whichever account is handed out first creates a shared contact; later ones link it. It is
    // created from the contact's first row, as the plan labels it: when that row's account is
    // still open, its values replace this row's (the link's switches stay this row's).
    for (qsizetype i = 0; i < account.contacts.size(); ++i) {
        const qint32 contactRow = open.contactRows.at(i);
        if (m_createdShared.contains(contactRow)) {
            account.contacts[i].existingContactId = account.contacts.at(i).contact.id;
        } else if (m_index->relation(contactRow).shared) {
            m_createdShared.insert(contactRow);
            if (open.imported.rows.at(i) != contactRow) {
                if (const Contact* first = openContactAt(contactRow))
                    account.contacts[i].contact = *first; // same id: importRecordId(contactRow)
            }
        }
    }
    return std::move(open.imported);
}

} // namespace kontor::core
