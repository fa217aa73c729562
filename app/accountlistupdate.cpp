// AccountListModel, part two: turning a batch of changed accounts into row insertions,
// removals and data changes, against the current contents of the store. It reads the state
// after the change, so batches that arrive late or coalesced still end in the right order.

#include "accountlistmodel.h"

#include <algorithm>

namespace kontor::app {

namespace {
// Beyond this many accounts to (re)place in one batch, reading the order again is cheaper.
constexpr size_t reloadThreshold = 5000;
} // namespace

bool AccountListModel::lessInOrder(const QByteArray& keyA, qint64 ridA, qint64 ridB)
{
    auto it = m_keyMemo.constFind(ridB);
    if (it == m_keyMemo.cend())
        it = m_keyMemo.insert(ridB, m_source->sortKey(ridB));
    const int c = keyA.compare(*it);
    return c < 0 || (c == 0 && ridA < ridB);
}

void AccountListModel::refreshMembership(const QList<qint64>& rids)
{
    for (FilterSet& set : m_filterSets) {
        const QSet<qint64> admitted = m_source->matchingAmong(set.criterion, rids);
        for (qint64 rid : rids)
            set.admits[size_t(rid)] = admitted.contains(rid);
    }
}

void AccountListModel::applyAccountChanges(const QSet<qint64>& changedSet)
{
    const int countBefore = rowCount();
    QList<qint64> changed(changedSet.cbegin(), changedSet.cend());
    std::sort(changed.begin(), changed.end());
    for (qint64 rid : changed)
        m_cache.remove(rid);
    m_keyMemo.clear();
    const QHash<qint64, QByteArray> keys = m_source->sortKeys(changed);
    if (!changed.isEmpty() && size_t(changed.last()) >= m_rank.size()) {
        m_rank.resize(size_t(changed.last()) + 1, -1);
        for (FilterSet& set : m_filterSets)
            set.admits.resize(m_rank.size());
    }
    const auto rankKey = [this](qint64 r) { return qint64(rankOf(r)); };
    const auto visiblePos = [&](qint64 rid) -> qsizetype {
        if (rankOf(rid) < 0)
            return -1;
        const qsizetype pos = m_rows.lowerBound(rankOf(rid), rankKey);
        return pos < m_rows.size() && m_rows.at(pos) == rid ? pos : -1;
    };

    // 1. Which changed accounts keep their place in the order? Those still between their old
    // neighbours, where both neighbours are unchanged (so the order stays sorted around them).
    QSet<qint64> stays;
    for (qint64 rid : changed) {
        const qint32 pos = rankOf(rid);
        if (pos < 0 || !keys.contains(rid))
            continue;
        const QByteArray& key = keys[rid];
        const bool hasPrev = pos > 0;
        const bool hasNext = size_t(pos) + 1 < m_base.size();
        const qint64 prev = hasPrev ? m_base[size_t(pos) - 1] : -1;
        const qint64 next = hasNext ? m_base[size_t(pos) + 1] : -1;
        if ((hasPrev && changedSet.contains(prev)) || (hasNext && changedSet.contains(next)))
            continue;
        const bool afterPrev = !hasPrev || !lessInOrder(key, rid, prev);
        const bool beforeNext = !hasNext || lessInOrder(key, rid, next);
        if (afterPrev && beforeNext)
            stays.insert(rid);
    }

    // 2. Where they are shown now (old order), then whether the filters admit them now.
    QHash<qint64, qsizetype> shownAt;
    for (qint64 rid : changed) {
        const qsizetype pos = visiblePos(rid);
        if (pos >= 0)
            shownAt.insert(rid, pos);
    }
    QList<qint64> existing;
    for (qint64 rid : changed) {
        if (keys.contains(rid))
            existing.append(rid);
    }
    refreshMembership(existing);

    // 3. Remove rows that are gone, moved or filtered out, from the bottom up.
    std::vector<qsizetype> removals;
    for (auto it = shownAt.cbegin(); it != shownAt.cend(); ++it) {
        if (!stays.contains(it.key()) || !matches(it.key()))
            removals.push_back(it.value());
    }
    std::sort(removals.begin(), removals.end(), std::greater<>());
    for (size_t i = 0; i < removals.size();) {
        const qsizetype last = removals[i];
        qsizetype first = last;
        size_t j = i + 1;
        while (j < removals.size() && removals[j] == first - 1) {
            --first;
            ++j;
        }
        beginRemoveRows({}, int(first), int(last));
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        i = j;
    }

    // 4. The new order: drop what left or moved, merge in what is new or moved.
    std::vector<qint64> toPlace;
    QSet<qint64> leaving;
    for (qint64 rid : changed) {
        if (stays.contains(rid))
            continue;
        if (rankOf(rid) >= 0)
            leaving.insert(rid);
        if (keys.contains(rid))
            toPlace.push_back(rid);
    }
    if (!leaving.isEmpty()) {
        std::erase_if(m_base, [&](qint64 rid) { return leaving.contains(rid); });
        for (qint64 rid : leaving)
            m_rank[size_t(rid)] = -1;
    }
    if (toPlace.size() > reloadThreshold) {
        m_base = m_source->orderedRids();
    } else if (!toPlace.empty()) {
        std::sort(toPlace.begin(), toPlace.end(), [&](qint64 a, qint64 b) {
            const int c = keys[a].compare(keys[b]);
            return c < 0 || (c == 0 && a < b);
        });
        std::vector<qint64> merged;
        merged.reserve(m_base.size() + toPlace.size());
        size_t from = 0;
        for (qint64 rid : toPlace) {
            size_t lo = from;
            size_t hi = m_base.size();
            while (lo < hi) {
                const size_t mid = lo + (hi - lo) / 2;
                if (lessInOrder(keys[rid], rid, m_base[mid]))
                    hi = mid;
                else
                    lo = mid + 1;
            }
            merged.insert(merged.end(), m_base.begin() + qsizetype(from),
                          m_base.begin() + qsizetype(lo));
            merged.push_back(rid);
            from = lo;
        }
        merged.insert(merged.end(), m_base.begin() + qsizetype(from), m_base.end());
        m_base = std::move(merged);
    }
    rebuildRanks();

    // 5. Insert rows that are admitted and not shown, from the bottom up (new order).
    std::vector<qint64> toShow;
    for (qint64 rid : existing) {
        if (matches(rid) && !(stays.contains(rid) && shownAt.contains(rid)))
            toShow.push_back(rid);
    }
    std::sort(toShow.begin(), toShow.end(),
              [this](qint64 a, qint64 b) { return rankOf(a) < rankOf(b); });
    std::vector<qsizetype> at(toShow.size());
    for (size_t i = 0; i < toShow.size(); ++i)
        at[i] = m_rows.lowerBound(rankOf(toShow[i]), rankKey);
    for (qsizetype j = qsizetype(toShow.size()) - 1; j >= 0;) {
        qsizetype first = j;
        while (first > 0 && at[size_t(first - 1)] == at[size_t(j)])
            --first;
        const qsizetype pos = at[size_t(j)];
        beginInsertRows({}, int(pos), int(pos + j - first));
        m_rows.insert(pos, std::vector<qint64>(toShow.begin() + first, toShow.begin() + j + 1));
        endInsertRows();
        j = first - 1;
    }

    // 6. Rows changed in place.
    std::vector<qsizetype> updated;
    for (qint64 rid : existing) {
        if (stays.contains(rid) && shownAt.contains(rid) && matches(rid))
            updated.push_back(visiblePos(rid));
    }
    std::sort(updated.begin(), updated.end());
    for (size_t i = 0; i < updated.size();) {
        size_t j = i + 1;
        while (j < updated.size() && updated[j] == updated[j - 1] + 1)
            ++j;
        Q_EMIT dataChanged(index(int(updated[i]), 0), index(int(updated[j - 1]), ColumnCount - 1));
        i = j;
    }
    m_keyMemo.clear();
    if (rowCount() != countBefore)
        Q_EMIT countChanged();
}

} // namespace kontor::app
