#pragma once

#include "importplan.h"
#include "importwriter.h"

#include "core/import/accountassembler.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace kontor::app {

/// What the run does with a row's contact: create it (its first account), link it, or link and
/// update the stored contact it matched.
struct ContactTarget {
    QUuid id;
    bool create = false;
    bool update = false;
};

/// One account of the run, in file order, with what could be worked out before writing it.
struct FeedItem {
    core::ImportedAccount imported;
    ImportPlan::AccountDecision decision = ImportPlan::AccountDecision::New;
    /// New accounts: per row, and the account as it is created (contacts with their ids, the
    /// linked ones as existingContactId), its `account.create` operation and its text.
    QList<ContactTarget> targets;
    core::Account account;
    QByteArray createOperation;
    QByteArray undoCreated; ///< undo's entry: JSON array of the account's and new contacts' ids
    ImportWriter::Prepared prepared;
    /// Updates of a stored account: the feed stops until the run called handled(), and the run
    /// asks target() for the rows itself (what it finds in the store decides).
    bool holdsFeed = false;
    qint64 rowsRead = 0; ///< plan rows read up to this account (progress)
};

/// The run's second thread: reads the plan's rows back (PlanCache), assembles accounts, decides
/// for each row's contact and prepares the new accounts' operations and text, while the run
/// writes the accounts before. Writing (SQLite) is then most of what the run's own thread does.
class AccountFeed {
public:
    AccountFeed(const ImportPlan& plan, core::NameFormat nameFormat);
    /// Stops the thread (a cancelled or failed run).
    ~AccountFeed();

    /// The next account, valid until the next call; null after the last one.
    const FeedItem* next();
    /// For an item that holdsFeed, while the feed waits: what to do with the row's contact.
    ContactTarget target(qint64 row);
    /// The run is done with the item that holdsFeed: the feed goes on.
    void handled();

private:
    void produce();
    void prepareNew(FeedItem& item);
    void push(std::vector<FeedItem>& chunk, bool wait);

    const ImportPlan& m_plan;
    core::NameFormat m_nameFormat;
    QSet<qint32> m_createdShared;  // first rows of contacts on several rows, created already
    QSet<QUuid> m_updatedContacts; // stored contacts updated already

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<FeedItem>> m_chunks;
    // Chunks the run is done with. The producer frees them: memory goes back to the allocator
    // arena of the thread that allocated it, without the two threads taking turns on its lock.
    std::vector<std::vector<FeedItem>> m_spent;
    bool m_finished = false;         // the producer pushed its last chunk
    std::atomic_bool m_stop = false; // the run stopped: the producer ends
    bool m_held = false;             // the producer waits for handled()
    std::vector<FeedItem> m_current;
    size_t m_next = 0;
    std::thread m_thread;
};

} // namespace kontor::app
