#pragma once

#include "storetypes.h"

#include <QAbstractTableModel>

namespace kontor::app {

class LocalStore;

/// "Ausstehende Aktivierung" (R-INV-7): contacts invited to the portal who have not activated
/// yet, with when the invitation went out, until when its link is valid, how often it was sent
/// and whether delivery failed. Resending one or several goes through the outbox, so it works
/// offline too. UI thread only.
class PendingActivationsModel : public QAbstractTableModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Column {
        ContactColumn,
        AccountColumn,
        EmailColumn,
        StatusColumn,
        SentAtColumn,
        ValidUntilColumn,
        SendCountColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        InvitationIdRole = Qt::UserRole + 1,
        AccountIdRole,
        ContactIdRole,
        StatusRole,    ///< int(InvitationStatus); expired once the link's time is over
        SentAtRole,    ///< QDateTime (UTC)
        ExpiresAtRole, ///< QDateTime (UTC)
        SendCountRole,
    };
    Q_ENUM(Role)

    explicit PendingActivationsModel(LocalStore* store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int count() const { return rowCount(); }
    const PendingActivation& at(int row) const { return m_items.at(row); }
    /// Queues a resend for each of @p rows (R-INV-7: one or a multi-selection).
    core::Violations resend(const QList<int>& rows);

    void reload();

Q_SIGNALS:
    void countChanged();

private:
    InvitationStatus effectiveStatus(const PendingActivation& p) const;

    LocalStore* m_store;
    QList<PendingActivation> m_items;
};

} // namespace kontor::app
