#include "accountfeed.h"

#include "importjson.h"
#include "plancache.h"

namespace kontor::app {

namespace {

// Accounts handed over at a time, and chunks waiting at most: enough to keep both threads
// busy, little memory.
constexpr size_t chunkAccounts = 64;
constexpr size_t chunksAhead = 16;

} // namespace

AccountFeed::AccountFeed(const ImportPlan& plan, core::NameFormat nameFormat)
    : m_plan(plan)
    , m_nameFormat(nameFormat)
    , m_thread([this] { produce(); })
{
}

AccountFeed::~AccountFeed()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

ContactTarget AccountFeed::target(qint64 row)
{
    ContactTarget t;
    if (const StoreMatch* match = m_plan.contactMatch(row)) {
        t.id = match->id;
        t.update = match->kind != StoreMatch::Kind::Imported &&
                   m_plan.choices().contacts == DuplicateChoice::Update &&
                   m_plan.contactChanges(row) && !m_updatedContacts.contains(t.id);
        if (t.update)
            m_updatedContacts.insert(t.id);
        return t;
    }
    const core::RowRelation relation = m_plan.index().relation(row);
    t.id = m_plan.recordId(u"contact", relation.contactRow);
    if (relation.contactRow == row && !relation.shared) {
        t.create = true;
    } else {
        // Whichever of its accounts comes first creates it; the others link it.
        t.create = !m_createdShared.contains(relation.contactRow);
        m_createdShared.insert(relation.contactRow);
    }
    return t;
}

void AccountFeed::prepareNew(FeedItem& item)
{
    const core::ImportedAccount& imported = item.imported;
    item.account = imported.account;
    item.account.contacts.clear();
    for (qsizetype i = 0; i < imported.rows.size(); ++i) {
        core::AccountContact entry = imported.account.contacts.at(i);
        const ContactTarget t = target(imported.rows.at(i));
        if (t.create) {
            entry.existingContactId.reset();
            entry.contact.id = t.id;
        } else {
            entry.existingContactId = t.id;
            entry.contact = core::Contact{};
            entry.contact.id = t.id;
        }
        item.targets.append(t);
        item.account.contacts.append(entry);
    }
    item.createOperation = importjson::accountCreate(item.account);
    item.undoCreated = importjson::createdIds(item.account);
    item.prepared = ImportWriter::prepare(item.account, m_nameFormat);
}

void AccountFeed::push(std::vector<FeedItem>& chunk, bool wait)
{
    std::vector<std::vector<FeedItem>> spent;
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || m_chunks.size() < chunksAhead; });
        if (!chunk.empty())
            m_chunks.push_back(std::move(chunk));
        chunk.clear();
        spent.swap(m_spent);
        m_held = wait;
        m_changed.notify_all();
        if (wait)
            m_changed.wait(lock, [this] { return m_stop || !m_held; });
    }
    // spent is freed here, on this thread, outside the lock.
}

void AccountFeed::produce()
{
    core::AccountAssembler assembler(&m_plan.index(), m_plan.importId(), m_plan.recordIds());
    PlanCache::Reader rows(*m_plan.cache());
    std::vector<FeedItem> chunk;
    qint64 read = 0;
    auto take = [&](QList<core::ImportedAccount> accounts) {
        for (core::ImportedAccount& imported : accounts) {
            FeedItem item;
            item.decision = m_plan.accountDecision(imported.rows.constFirst());
            item.imported = std::move(imported);
            item.rowsRead = read;
            if (item.decision == ImportPlan::AccountDecision::New)
                prepareNew(item);
            item.holdsFeed = item.decision == ImportPlan::AccountDecision::UpdateExisting;
            const bool hold = item.holdsFeed;
            chunk.push_back(std::move(item));
            if (hold || chunk.size() >= chunkAccounts)
                push(chunk, hold);
        }
    };
    core::InterpretedRow row;
    while (rows.next(row)) {
        ++read;
        take(assembler.add(row));
        if (m_stop)
            return;
    }
    take(assembler.finish());
    push(chunk, false);
    std::lock_guard lock(m_mutex);
    m_finished = true;
    m_changed.notify_all();
}

const FeedItem* AccountFeed::next()
{
    if (m_next >= m_current.size()) {
        std::unique_lock lock(m_mutex);
        if (!m_current.empty())
            m_spent.push_back(std::move(m_current));
        m_changed.wait(lock, [this] { return !m_chunks.empty() || m_finished; });
        if (m_chunks.empty()) {
            m_current.clear();
            m_next = 0;
            return nullptr;
        }
        m_current = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_next = 0;
        m_changed.notify_all();
    }
    return &m_current[m_next++];
}

void AccountFeed::handled()
{
    {
        std::lock_guard lock(m_mutex);
        m_held = false;
    }
    m_changed.notify_all();
}

} // namespace kontor::app
