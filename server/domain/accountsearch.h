#pragma once

#include "keyset.h"

#include "storage/database.h"

#include <QHash>
#include <QUuid>

#include <atomic>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <vector>

namespace kontor::server::domain {

/// Narrows an account search before SQL sees it. Intersecting the index entries of two common
/// words ("anna mül": 3,300 and 2,800 accounts of 100,000) costs FTS5 about 4 million
/// instructions, several times a whole request's budget; this in-memory index of word
/// beginnings does it in a few thousand.
///
/// It is a cache, never the source of truth, and holds nothing another server process needs:
/// before every search it reads the firm's change sequence (firms.change_seq, one indexed row)
/// and, when that moved, reloads the accounts the change feed names since its last look. So a
/// change committed through any process is searched by every process from its next request on.
/// This relies on the rule the change feed already needs: whoever changes an account's
/// search_text or sort_key touches the account in the same transaction.
///
/// It finds a superset: the accounts with, for every query word of three or more characters, a
/// word starting with that word's first three characters. The caller keeps the exact condition
/// (storage::wordCondition) in its SQL, with every other filter.
class AccountSearch {
public:
    /// At most @p maxAccounts accounts over all firms; the least recently searched firms are
    /// dropped beyond that (and loaded again when searched).
    explicit AccountSearch(qsizetype maxAccounts = 1'000'000);
    ~AccountSearch();
    AccountSearch(const AccountSearch&) = delete;
    AccountSearch& operator=(const AccountSearch&) = delete;

    /// The candidates after a keyset position, handed out in list order (sort_key, account_id).
    class Matches {
    public:
        /// The next @p count candidates in order (fewer at the end).
        QList<QUuid> take(qsizetype count);
        bool atEnd() const { return m_taken >= qsizetype(m_items.size()); }
        qsizetype size() const { return qsizetype(m_items.size()); }

    private:
        friend class AccountSearch;
        struct Item {
            QByteArray sortKey; ///< UTF-8: SQL orders TEXT by bytes (SQLite BINARY, PostgreSQL "C")
            QUuid id;
        };
        std::vector<Item> m_items;
        qsizetype m_taken = 0;
    };

    /// The candidates of @p words (folded, as storage::queryWords() makes them) among the
    /// firm's accounts, after @p after; nothing when no word has three characters (the caller
    /// searches in SQL alone then). Throws StorageError.
    std::optional<Matches> find(storage::Database& db, const QUuid& firmId,
                                const QStringList& words, const std::optional<Keyset>& after);

    /// Accounts held over all firms (for tests and logs).
    qsizetype size() const;

private:
    struct FirmIndex;
    std::shared_ptr<FirmIndex> refreshed(storage::Database& db, const QUuid& firmId);
    void evictFor(const QUuid& keep);

    const qsizetype m_maxAccounts;
    mutable std::shared_mutex m_mutex;
    QHash<QUuid, std::shared_ptr<FirmIndex>> m_firms;
    std::atomic<quint64> m_clock{0};
};

} // namespace kontor::server::domain
