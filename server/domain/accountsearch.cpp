#include "accountsearch.h"

#include "entities.h"

#include "storage/query.h"

#include <QLoggingCategory>

#include <algorithm>
#include <cstring>
#include <mutex>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

using namespace Qt::StringLiterals;

namespace kontor::server::domain {

namespace {

// The first three UTF-16 units of a word. A word starting with a query word of three or more
// units has the query word's key, so the accounts under a key are a superset of the matches.
quint64 keyOf(QStringView word)
{
    return (quint64(word[0].unicode()) << 32) | (quint64(word[1].unicode()) << 16) |
           quint64(word[2].unicode());
}

std::vector<quint64> keysOf(const QStringList& words)
{
    std::vector<quint64> keys;
    for (const QString& w : words) {
        if (w.size() >= 3)
            keys.push_back(keyOf(w));
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

// search_text is " word word …" (storage::searchText).
std::vector<quint64> keysOfText(const QString& searchText)
{
    std::vector<quint64> keys;
    for (const QStringView w : QStringView(searchText).split(u' ', Qt::SkipEmptyParts)) {
        if (w.size() >= 3)
            keys.push_back(keyOf(w));
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

// The order of ids as text (lower-case hex with dashes at fixed places), as SQL compares them.
bool idLess(const QUuid& a, const QUuid& b)
{
    if (a.data1 != b.data1)
        return a.data1 < b.data1;
    if (a.data2 != b.data2)
        return a.data2 < b.data2;
    if (a.data3 != b.data3)
        return a.data3 < b.data3;
    return std::memcmp(a.data4, b.data4, sizeof(a.data4)) < 0;
}

} // namespace

struct AccountSearch::FirmIndex {
    struct Doc {
        QByteArray sortKey;
        QUuid id; ///< null: a free slot
        std::vector<quint64> keys;
    };

    std::shared_mutex mutex; // guards everything below but the atomics
    qint64 seq = -1;         // the firm's change_seq this index reflects; -1: not loaded
    std::vector<Doc> docs;
    std::vector<quint32> freeSlots;
    QHash<QUuid, quint32> slotOf;
    QHash<quint64, std::vector<quint32>> postings; // key → slots, ascending
    std::atomic<quint64> lastUse{0};
    std::atomic<qsizetype> count{0};

    void remove(const QUuid& id)
    {
        const auto it = slotOf.constFind(id);
        if (it == slotOf.cend())
            return;
        const quint32 slot = *it;
        slotOf.erase(it);
        Doc& doc = docs[slot];
        for (const quint64 key : doc.keys) {
            const auto list = postings.find(key);
            if (list == postings.end())
                continue;
            const auto at = std::lower_bound(list->begin(), list->end(), slot);
            if (at != list->end() && *at == slot)
                list->erase(at);
            if (list->empty())
                postings.erase(list);
        }
        doc = Doc{};
        freeSlots.push_back(slot);
        --count;
    }

    void add(const QUuid& id, const QString& sortKey, const QString& searchText)
    {
        remove(id);
        quint32 slot = 0;
        if (!freeSlots.empty()) {
            slot = freeSlots.back();
            freeSlots.pop_back();
        } else {
            slot = quint32(docs.size());
            docs.emplace_back();
        }
        Doc& doc = docs[slot];
        doc.sortKey = sortKey.toUtf8();
        doc.id = id;
        doc.keys = keysOfText(searchText);
        for (const quint64 key : doc.keys) {
            std::vector<quint32>& list = postings[key];
            list.insert(std::lower_bound(list.begin(), list.end(), slot), slot);
        }
        slotOf.insert(id, slot);
        ++count;
    }
};

AccountSearch::AccountSearch(qsizetype maxAccounts)
    : m_maxAccounts(maxAccounts)
{
}

AccountSearch::~AccountSearch() = default;

QList<QUuid> AccountSearch::Matches::take(qsizetype count)
{
    const auto begin = m_items.begin() + m_taken;
    const auto end = m_items.begin() + std::min(qsizetype(m_items.size()), m_taken + count);
    std::partial_sort(begin, end, m_items.end(), [](const Item& a, const Item& b) {
        const int c = a.sortKey.compare(b.sortKey);
        return c != 0 ? c < 0 : idLess(a.id, b.id);
    });
    QList<QUuid> ids;
    ids.reserve(end - begin);
    for (auto it = begin; it != end; ++it)
        ids.append(it->id);
    m_taken += ids.size();
    return ids;
}

std::optional<AccountSearch::Matches> AccountSearch::find(storage::Database& db,
                                                          const QUuid& firmId,
                                                          const QStringList& words,
                                                          const std::optional<Keyset>& after)
{
    const std::vector<quint64> keys = keysOf(words);
    if (keys.empty())
        return std::nullopt;
    const std::shared_ptr<FirmIndex> index = refreshed(db, firmId);
    const QByteArray afterKey = after ? after->sortKey.toUtf8() : QByteArray();
    Matches matches;
    std::shared_lock lock(index->mutex);
    std::vector<const std::vector<quint32>*> lists;
    for (const quint64 key : keys) {
        const auto it = index->postings.constFind(key);
        if (it == index->postings.cend())
            return matches; // a word nobody has
        lists.push_back(&*it);
    }
    std::sort(lists.begin(), lists.end(), [](auto* a, auto* b) { return a->size() < b->size(); });
    std::vector<quint32> slots = *lists.front();
    for (std::size_t i = 1; i < lists.size() && !slots.empty(); ++i) {
        std::vector<quint32> both;
        std::set_intersection(slots.begin(), slots.end(), lists[i]->begin(), lists[i]->end(),
                              std::back_inserter(both));
        slots.swap(both);
    }
    matches.m_items.reserve(slots.size());
    for (const quint32 slot : slots) {
        const FirmIndex::Doc& doc = index->docs[slot];
        if (after) {
            const int c = doc.sortKey.compare(afterKey);
            if (c < 0 || (c == 0 && !idLess(after->id, doc.id)))
                continue;
        }
        matches.m_items.push_back({doc.sortKey, doc.id});
    }
    return matches;
}

std::shared_ptr<AccountSearch::FirmIndex> AccountSearch::refreshed(storage::Database& db,
                                                                   const QUuid& firmId)
{
    // The committed sequence first: whatever committed up to it is visible to the reads below.
    storage::Query seq(db, u"SELECT change_seq FROM firms WHERE firm_id = :f"_s);
    seq.bind(u":f"_s, firmId).exec();
    const qint64 committed = seq.next() ? seq.integer(0) : 0;

    std::shared_ptr<FirmIndex> index;
    {
        std::shared_lock lock(m_mutex);
        index = m_firms.value(firmId);
    }
    if (!index) {
        std::unique_lock lock(m_mutex);
        std::shared_ptr<FirmIndex>& slot = m_firms[firmId];
        if (!slot)
            slot = std::make_shared<FirmIndex>();
        index = slot;
    }
    index->lastUse = ++m_clock;
    {
        std::shared_lock lock(index->mutex);
        if (index->seq >= committed)
            return index;
    }
    {
        std::unique_lock lock(index->mutex);
        if (index->seq >= committed) // another thread was quicker
            return index;
        if (index->seq < 0) {
            storage::Query all(db, u"SELECT account_id, sort_key, search_text FROM accounts "
                                   "WHERE firm_id = :f"_s);
            all.bind(u":f"_s, firmId).exec();
            while (all.next())
                index->add(all.id(0), all.text(1), all.text(2));
        } else {
            // change_log keeps each record's newest sequence number: every account changed
            // since index->seq is among these rows (a newer change of it too, which is fine).
            storage::Query changed(
                db, u"SELECT c.entity_id, a.sort_key, a.search_text FROM change_log c "
                    "LEFT JOIN accounts a ON a.firm_id = c.firm_id AND a.account_id = c.entity_id "
                    "WHERE c.firm_id = :f AND c.seq > :s AND c.entity = :e"_s);
            changed.bind(u":f"_s, firmId)
                .bind(u":s"_s, index->seq)
                .bind(u":e"_s, entity::account)
                .exec();
            while (changed.next()) {
                if (changed.isNull(1))
                    index->remove(changed.id(0));
                else
                    index->add(changed.id(0), changed.text(1), changed.text(2));
            }
        }
        index->seq = committed;
    }
    evictFor(firmId);
    return index;
}

void AccountSearch::evictFor(const QUuid& keep)
{
    std::unique_lock lock(m_mutex);
    qsizetype total = 0;
    for (const auto& index : std::as_const(m_firms))
        total += index->count;
    while (total > m_maxAccounts && m_firms.size() > 1) {
        auto oldest = m_firms.end();
        for (auto it = m_firms.begin(); it != m_firms.end(); ++it) {
            if (it.key() != keep &&
                (oldest == m_firms.end() || it.value()->lastUse < oldest.value()->lastUse))
                oldest = it;
        }
        if (oldest == m_firms.end())
            break;
        qCInfo(lcStorage) << "account search: dropping a firm's index of" << oldest.value()->count
                          << "accounts (more than" << m_maxAccounts << "held)";
        total -= oldest.value()->count;
        m_firms.erase(oldest);
    }
}

qsizetype AccountSearch::size() const
{
    std::shared_lock lock(m_mutex);
    qsizetype total = 0;
    for (const auto& index : m_firms)
        total += index->count;
    return total;
}

} // namespace kontor::server::domain
