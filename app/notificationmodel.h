#pragma once

#include "storetypes.h"

#include <QAbstractListModel>

namespace kontor::app {

class LocalStore;

/// The inbox ("Inbox+", R-REG-2/3): notifications newest first and the unread count for the
/// main window. "Gehe zu …" uses AccountIdRole (or LinkRole, `kontor://account/<id>`).
/// Marking read goes through the outbox. UI thread only.
class NotificationModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY unreadCountChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,
        AccountIdRole,
        TitleRole,
        CreatedAtRole, ///< QDateTime (UTC)
        ReadRole,      ///< bool
        LinkRole,      ///< kontor://account/<id>
    };
    Q_ENUM(Role)

    explicit NotificationModel(LocalStore* store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return rowCount(); }
    int unreadCount() const { return m_unread; }
    const Notification& at(int row) const { return m_items.at(row); }
    Q_INVOKABLE bool markRead(int row);
    Q_INVOKABLE bool markAllRead();

    void reload();

Q_SIGNALS:
    void unreadCountChanged();
    void countChanged();

private:
    LocalStore* m_store;
    QList<Notification> m_items;
    int m_unread = 0;
};

} // namespace kontor::app
