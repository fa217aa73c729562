#pragma once

#include "sqlitestatement.h"

#include "app/database.h"
#include "app/storetypes.h"

#include "core/nameformat.h"

#include <memory>

namespace kontor::app {

/// Writes the accounts an import creates into the local store: the same rows, filter tables
/// and full-text entries as StoreWriter::applyOperation(account.create), through prepared
/// statements of SQLite itself (a million rows in one import). Runs inside the caller's
/// transaction; changes() collects what the models need to hear.
class ImportWriter {
public:
    ImportWriter(Database& db, core::NameFormat nameFormat);
    ~ImportWriter();

    /// The text createAccount() writes that depends on the account alone, worked out ahead on
    /// the feed thread as the UTF-8 SQLite is given, so the writing thread only binds it.
    struct Prepared {
        struct Contact {
            QByteArray id, firstName, middleName, lastName, email;
            QByteArray emailKey, nameKey, searchText, data;
        };
        QByteArray id, companyName;
        /// The account's name as shown, sorted and searched.
        struct Naming {
            QByteArray name, sortKey, searchText;
        };
        Naming naming; ///< unset when linked contacts name the account
        QByteArray tags, memberIds, customFields;
        QList<QByteArray> tagKeys, memberKeys; ///< the filter tables' rows
        QList<Contact> contacts; ///< per entry of account.contacts; empty for linked ones
    };
    static Prepared prepare(const core::Account& account, core::NameFormat nameFormat);

    /// @p account with its contacts: new ones (with ids) and existing ones
    /// (existingContactId), and what prepare() made of it. Ids must be set. False on a storage
    /// error.
    bool createAccount(const core::Account& account, const Prepared& prepared,
                       StoreChanges& changes);

private:
    struct Statements;
    std::optional<qint64> insertContact(const Prepared::Contact& contact);

    core::NameFormat m_nameFormat;
    std::unique_ptr<Statements> m_q;
};

} // namespace kontor::app
