#pragma once

#include <QList>

#include <functional>

namespace kontor::app {

/// The signals a list model emits while its rows change (its protected begin/end calls).
struct RowSignals {
    std::function<void(int first, int last)> beginRemove;
    std::function<void()> endRemove;
    std::function<void(int first, int last)> beginInsert;
    std::function<void()> endInsert;
    std::function<void(int row)> changed;
};

/// Turns @p items into @p next with incremental signals (never a reset): rows whose key is
/// gone are removed, new or moved ones inserted at their place, changed ones reported. For the
/// short lists of the inbox and pending activations (quadratic in the worst case).
template <typename T, typename KeyOf>
void updateRows(QList<T>& items, const QList<T>& next, KeyOf keyOf, const RowSignals& s)
{
    QSet<decltype(keyOf(next.first()))> wanted;
    for (const T& item : next)
        wanted.insert(keyOf(item));
    for (int i = int(items.size()) - 1; i >= 0; --i) {
        if (!wanted.contains(keyOf(items.at(i)))) {
            s.beginRemove(i, i);
            items.removeAt(i);
            s.endRemove();
        }
    }
    for (int i = 0; i < int(next.size()); ++i) {
        const T& item = next.at(i);
        if (i < items.size() && keyOf(items.at(i)) == keyOf(item)) {
            if (!(items.at(i) == item)) {
                items[i] = item;
                s.changed(i);
            }
            continue;
        }
        // Moved here from further down: take it out there first.
        for (int j = i + 1; j < int(items.size()); ++j) {
            if (keyOf(items.at(j)) == keyOf(item)) {
                s.beginRemove(j, j);
                items.removeAt(j);
                s.endRemove();
                break;
            }
        }
        s.beginInsert(i, i);
        items.insert(i, item);
        s.endInsert();
    }
}

} // namespace kontor::app
