#pragma once

#include "rowinterpreter.h"

#include <QHash>
#include <QSet>

#include <array>

namespace kontor::core {

/// What the first pass over a file found out about one row, kept compactly for the second.
struct RowRelation {
    /// The first row of the row's account: this row when it opens the account. 0 when the
    /// row is not imported (it has issues or no data).
    qint32 accountRow = 0;
    /// The first row with the same contact: this row when it is the first.
    qint32 contactRow = 0;
    /// On an account's first row: the account's last row (so the second pass knows when the
    /// account is complete).
    qint32 lastRow = 0;
    /// The same contact already is on this account (a repeated row): nothing to add.
    bool duplicate = false;
    /// On a contact's first row: the contact is on other accounts too.
    bool shared = false;

    bool imported() const { return accountRow != 0; }
};

/// The first pass of an import (R-BULK-1), over interpreted rows in file order: groups rows
/// into accounts by InterpretedRow::accountKey and notices the same contact on several rows
/// (email address compared case-insensitively; or the same first and last name with the same
/// phone number, when one of the two rows has no email address). A contact seen again on
/// another account is linked to it; seen again on the same account it is a duplicate.
///
/// Adds issues to rows that contradict earlier rows of their account (another type, company
/// name or custom field value), that would give an account more than 100 contacts, or that use
/// an email address an earlier row gave a person of another name. Memory per row is a few
/// bytes plus hashed keys (64-bit, randomly seeded), so a million rows fit easily. Pure: it
/// knows nothing of stored data.
class ImportIndex {
public:
    /// @p interpreter places the issues in their columns; it must outlive the index.
    explicit ImportIndex(const RowInterpreter* interpreter);

    /// Registers @p row and adds its issues. Rows that are not ok() are only recorded.
    RowRelation add(InterpretedRow& row);
    /// What add() recorded for @p row (row numbers as in the file).
    RowRelation relation(qint64 row) const;

    qint64 accountCount() const { return m_accountCount; } ///< distinct accounts
    qint64 contactCount() const { return m_contactCount; } ///< distinct contacts
    qint64 linkCount() const { return m_linkCount; }       ///< rows linking a contact seen before
    qint64 duplicateCount() const { return m_duplicateCount; }

private:
    struct Group {
        qint32 firstRow = 0;
        qint32 contacts = 0;
        quint32 type = 0;    // 0: not given
        quint32 company = 0; // 0: not given
    };
    struct ContactEntry {
        qint32 firstRow = 0;
        quint32 name = 0;
        bool hasEmail = false;
    };

    quint64 hash(QStringView text) const;
    static quint64 combine(quint64 a, quint64 b);
    static quint64 linkKey(qint32 accountRow, qint32 contactRow); // exact, not a hash
    RowRelation& stored(qint64 row);

    const RowInterpreter* m_interpreter;
    std::array<unsigned char, 16> m_key; // crypto_shorthash_KEYBYTES
    QHash<quint64, Group> m_groups;
    QHash<quint64, quint64> m_customValues; // (account, field) → value
    QHash<quint64, ContactEntry> m_byEmail;
    QHash<quint64, ContactEntry> m_byNamePhone;
    QSet<quint64> m_links;          // (account's first row, contact's first row) of linked contacts
    QList<RowRelation> m_relations; // by row - 1
    qint64 m_accountCount = 0;
    qint64 m_contactCount = 0;
    qint64 m_linkCount = 0;
    qint64 m_duplicateCount = 0;
};

} // namespace kontor::core
