#include "notificationmodel.h"

#include "listdiff.h"
#include "localstore.h"

#include <QLocale>

namespace kontor::app {

NotificationModel::NotificationModel(LocalStore* store, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(store, &LocalStore::changed, this, [this](const StoreChanges& c) {
        if (c.notifications)
            reload();
    });
    reload();
}

void NotificationModel::reload()
{
    const int before = rowCount();
    updateRows(
        m_items, m_store->notifications(), [](const Notification& n) { return n.id; },
        RowSignals{[this](int f, int l) { beginRemoveRows({}, f, l); }, [this] { endRemoveRows(); },
                   [this](int f, int l) { beginInsertRows({}, f, l); }, [this] { endInsertRows(); },
                   [this](int r) { Q_EMIT dataChanged(index(r), index(r)); }});
    const int unread = int(std::count_if(m_items.cbegin(), m_items.cend(),
                                         [](const Notification& n) { return !n.isRead(); }));
    if (rowCount() != before)
        Q_EMIT countChanged();
    if (unread != m_unread) {
        m_unread = unread;
        Q_EMIT unreadCountChanged();
    }
}

int NotificationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant NotificationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Notification& n = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return n.title;
    case Qt::ToolTipRole:
        return n.createdAt.isValid()
                   ? QLocale().toString(n.createdAt.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    case IdRole:
        return n.id;
    case KindRole:
        return n.kind;
    case AccountIdRole:
        return n.accountId;
    case CreatedAtRole:
        return n.createdAt;
    case ReadRole:
        return n.isRead();
    case LinkRole:
        return n.desktopLink;
    default:
        return {};
    }
}

QHash<int, QByteArray> NotificationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "notificationId");
    names.insert(KindRole, "kind");
    names.insert(AccountIdRole, "accountId");
    names.insert(TitleRole, "title");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(ReadRole, "read");
    names.insert(LinkRole, "link");
    return names;
}

bool NotificationModel::markRead(int row)
{
    if (row < 0 || row >= rowCount() || m_items.at(row).isRead())
        return false;
    return m_store->markNotificationRead(m_items.at(row).id);
}

bool NotificationModel::markAllRead()
{
    bool ok = true;
    for (int row = 0; row < rowCount(); ++row) {
        if (!m_items.at(row).isRead())
            ok = m_store->markNotificationRead(m_items.at(row).id) && ok;
    }
    return ok;
}

} // namespace kontor::app
