#pragma once

#include "importindex.h"

namespace kontor::core {

/// One account of an import with all its contacts, ready to be planned or created.
struct ImportedAccount {
    /// Its id (importRecordId), the fields of its rows merged (the first row that gives a value
    /// wins; tags and team members are united) and one entry per contact in row order. A
    /// contact that an account assembled before already brought has existingContactId set:
    /// link it rather than create it. A contact on several accounts has the values of its first
    /// row in whichever account brings it first.
    Account account;
    QList<qint64> rows; ///< the data row of each entry of account.contacts
};

/// How an import makes the ids of its records. Both give the same ids for the same import, kind
/// and row, so a resumed or repeated run of an import makes the same ids again.
enum class RecordIds {
    /// UUID version 8: 60 bits of a name-based hash of the import's id and the kind, then the
    /// row number. One import's accounts (contacts) follow each other in row order, so the
    /// stores' id indexes grow at one end instead of at random places.
    Sequential,
    /// UUID version 5 of the import's id, the kind and the row: random order. Imports begun
    /// before Sequential ids keep these (app: ImportPlan).
    Hashed,
};

/// The id of what an import creates for @p row, of @p kind ("account", "contact").
QUuid importRecordId(const QUuid& importId, QStringView kind, qint64 row,
                     RecordIds scheme = RecordIds::Sequential);

/// A hash for sets of record ids. Qt 6.4's qHash(QUuid) folds the bytes with XOR, so one
/// import's sequential account and contact ids fall on the same run of buckets of a QHash and
/// every lookup probed through it: planning again 20,000 imported rows took 8.7 s.
struct RecordIdHash {
    size_t operator()(const QUuid& id) const noexcept { return qHashBits(&id, sizeof id); }
};

/// The second pass of an import: builds whole accounts from the interpreted rows, in file order
/// again, with what the first pass (ImportIndex) found. An account is complete at its last row
/// and handed out then, so only accounts whose rows are still to come are held in memory (for
/// a file sorted by account, one). Rows the index did not import, and duplicates, are skipped.
class AccountAssembler {
public:
    /// @p index must have seen the whole file and outlive the assembler.
    AccountAssembler(const ImportIndex* index, const QUuid& importId,
                     RecordIds ids = RecordIds::Sequential);

    /// Takes the next row; returns the accounts it completes (none or one).
    QList<ImportedAccount> add(const InterpretedRow& row);
    /// Accounts still open (only when the rows differed from the first pass), by first row.
    QList<ImportedAccount> finish();

private:
    struct Open {
        ImportedAccount imported;
        std::optional<AccountType> type;
        QList<qint32> contactRows;
    };

    ImportedAccount complete(Open open);
    /// The contact of data row @p row in an account still open, if there is one.
    const Contact* openContactAt(qint32 row) const;

    const ImportIndex* m_index;
    RecordIds m_ids;
    QUuid m_importId;
    QHash<qint32, Open> m_open;   // by the account's first row
    QSet<qint32> m_createdShared; // first rows of contacts on several accounts already created
};

} // namespace kontor::core
