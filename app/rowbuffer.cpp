#include "rowbuffer.h"

#include <algorithm>
#include <cstring>

namespace kontor::app {

void RowBuffer::assign(std::vector<qint64> rows)
{
    m_buf = std::move(rows);
    m_gapStart = m_gapEnd = m_buf.size();
}

void RowBuffer::moveGap(size_t pos)
{
    if (pos < m_gapStart) {
        const size_t n = m_gapStart - pos;
        std::memmove(m_buf.data() + m_gapEnd - n, m_buf.data() + pos, n * sizeof(qint64));
        m_gapStart -= n;
        m_gapEnd -= n;
    } else if (pos > m_gapStart) {
        const size_t n = pos - m_gapStart;
        std::memmove(m_buf.data() + m_gapStart, m_buf.data() + m_gapEnd, n * sizeof(qint64));
        m_gapStart += n;
        m_gapEnd += n;
    }
}

void RowBuffer::remove(qsizetype pos, qsizetype count)
{
    Q_ASSERT(pos >= 0 && count >= 0 && pos + count <= size());
    moveGap(size_t(pos));
    m_gapEnd += size_t(count);
}

void RowBuffer::insert(qsizetype pos, const std::vector<qint64>& rows)
{
    Q_ASSERT(pos >= 0 && pos <= size());
    if (gapSize() < rows.size()) {
        // Grow with a gap proportional to the size, so a batch of insertions rarely reallocates.
        const size_t oldSize = size_t(size());
        const size_t gap = std::max(rows.size(), oldSize / 8 + 64);
        std::vector<qint64> grown(oldSize + gap);
        std::copy(m_buf.begin(), m_buf.begin() + qsizetype(m_gapStart), grown.begin());
        std::copy(m_buf.begin() + qsizetype(m_gapEnd), m_buf.end(),
                  grown.begin() + qsizetype(m_gapStart + gap));
        m_gapEnd = m_gapStart + gap;
        m_buf = std::move(grown);
    }
    moveGap(size_t(pos));
    std::copy(rows.begin(), rows.end(), m_buf.begin() + qsizetype(m_gapStart));
    m_gapStart += rows.size();
}

} // namespace kontor::app
