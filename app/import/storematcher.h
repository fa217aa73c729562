#pragma once

#include "sqlitestatement.h"

#include "app/database.h"

#include "core/account.h"

#include <memory>
#include <optional>

namespace kontor::app {

/// Finds what an import row may duplicate in the local store: accounts by name, contacts by
/// email (case-insensitive) or by first and last name with a phone number in common, the
/// same way StoreReader::findDuplicateContacts does. The store holds synced records and the
/// local effect of every unsynced change (outbox, sync issues), so drafts are found too;
/// isUnsynced() tells them apart. Probes go through SQLite's own API, as a million rows ask
/// a few million questions.
class StoreMatcher {
public:
    struct Found {
        qint64 rid = 0;
        QUuid id;
        QString name; ///< the account's name, or the contact's "first last"
    };

    explicit StoreMatcher(Database& db);
    ~StoreMatcher();

    /// No accounts and no contacts: every probe would answer nothing.
    bool storeEmpty() const { return m_empty; }

    std::optional<Found> accountNamed(const QString& name);
    std::optional<Found> contactWithEmail(const QString& email);
    std::optional<Found> contactWithNameAndPhone(const core::Contact& contact);
    /// A contact of the account (by rid) with the same first and last name.
    std::optional<Found> contactOfAccountNamed(qint64 accountRid, const core::Contact& contact);
    /// An account named @p name that the contact (by rid) is linked to.
    std::optional<Found> accountOfContactNamed(qint64 contactRid, const QString& name);
    bool linked(qint64 accountRid, qint64 contactRid);
    std::optional<qint64> accountRid(const QUuid& id);
    std::optional<qint64> contactRid(const QUuid& id);
    /// The record has a change on its way to the server, or one the server rejected.
    bool isUnsynced(const QUuid& accountId, const QUuid& contactId);

private:
    struct Statements;
    std::optional<Found> contact(SqliteStatement& q);

    std::unique_ptr<Statements> m_q;
    bool m_empty = true;
};

} // namespace kontor::app
