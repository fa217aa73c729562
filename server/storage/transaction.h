#pragma once

#include "database.h"

#include <QUuid>

#include <any>
#include <functional>

namespace kontor::server::storage {

enum class TxMode {
    Read, ///< a consistent snapshot for several reads
    Write ///< SQLite: BEGIN IMMEDIATE, so the write lock is taken up front (no upgrade deadlock)
};

/// One entry for the change feed, written when the transaction commits.
struct Touch {
    QUuid firmId;
    QString entity;
    QUuid id;
    bool deleted = false;
};

/// An SQL transaction that rolls back unless commit() is called. It collects the records it
/// changed (touch()) and writes them to the change feed in the same commit, with sequence
/// numbers taken at the very end so the firm's counter is locked only briefly.
class Transaction {
public:
    Transaction(Database& db, TxMode mode);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Database& db() { return m_db; }
    Dialect dialect() const { return m_db.dialect(); }

    void touch(const QUuid& firmId, const QString& entity, const QUuid& id, bool deleted = false);

    /// A value loaded once per transaction (firm settings, custom field definitions…), for
    /// data the transaction's own work does not change: a push of 1,000 operations reads the
    /// firm's rules once, not 1,000 times.
    template <typename T, typename Load> const T& memo(const QString& key, Load load)
    {
        auto it = m_memo.find(key);
        if (it == m_memo.end())
            it = m_memo.insert(key, std::any(T(load())));
        return std::any_cast<const T&>(*it);
    }
    /// Runs @p callback after a successful commit (e.g. wake the mail sender).
    void onCommitted(std::function<void()> callback);
    void commit();

    /// A nested unit that can fail alone (one operation in a push). Its touches and callbacks
    /// are dropped with it.
    class Savepoint {
    public:
        explicit Savepoint(Transaction& tx);
        ~Savepoint();
        void release();

    private:
        Transaction& m_tx;
        QString m_name;
        qsizetype m_touches;
        qsizetype m_callbacks;
        bool m_done = false;
    };

private:
    Database& m_db;
    bool m_open = false;
    int m_savepoints = 0;
    QList<Touch> m_touches;
    QList<std::function<void()>> m_callbacks;
    QHash<QString, std::any> m_memo;
};

/// Waits a little before the next attempt (and reconnects when the connection was lost).
void retryPause(Database& db, const StorageError& error, int attempt);

/// Runs @p work in a transaction and commits; on a retryable StorageError (busy, serialization
/// failure, deadlock, racing insert) rolls back and runs it again, a few times, with a short
/// random pause. Other exceptions roll back and propagate.
template <typename Work> auto transact(Database& db, TxMode mode, Work&& work)
{
    for (int attempt = 1;; ++attempt) {
        try {
            Transaction tx(db, mode);
            if constexpr (std::is_void_v<decltype(work(tx))>) {
                work(tx);
                tx.commit();
                return;
            } else {
                auto result = work(tx);
                tx.commit();
                return result;
            }
        } catch (const StorageError& e) {
            if (!e.retryable() || attempt >= 6)
                throw;
            retryPause(db, e, attempt);
        }
    }
}

} // namespace kontor::server::storage
