#pragma once

#include <QtGlobal>

#include <vector>

namespace kontor::app {

/// The visible rows of a list as local row ids, in a gap buffer: inserting or removing rows at
/// positions that move in one direction (as the list model does, from the bottom up) costs
/// O(rows + changes) for the whole batch, where a plain vector would move the tail every time.
class RowBuffer {
public:
    void assign(std::vector<qint64> rows);
    void clear() { assign({}); }

    qsizetype size() const { return qsizetype(m_buf.size() - gapSize()); }
    qint64 at(qsizetype i) const
    {
        const size_t n = size_t(i);
        return n < m_gapStart ? m_buf[n] : m_buf[n + gapSize()];
    }

    /// Removes @p count rows starting at @p pos.
    void remove(qsizetype pos, qsizetype count);
    /// Inserts @p rows before position @p pos.
    void insert(qsizetype pos, const std::vector<qint64>& rows);

    /// The first position whose row has a key not less than @p key (rows ascend by @p keyOf).
    template <typename KeyOf> qsizetype lowerBound(qint64 key, KeyOf keyOf) const
    {
        qsizetype lo = 0;
        qsizetype hi = size();
        while (lo < hi) {
            const qsizetype mid = lo + (hi - lo) / 2;
            if (keyOf(at(mid)) < key)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

private:
    size_t gapSize() const { return m_gapEnd - m_gapStart; }
    void moveGap(size_t pos);

    std::vector<qint64> m_buf;
    size_t m_gapStart = 0; ///< the gap is m_buf[m_gapStart, m_gapEnd)
    size_t m_gapEnd = 0;
};

} // namespace kontor::app
