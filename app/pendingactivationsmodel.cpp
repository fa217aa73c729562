#include "pendingactivationsmodel.h"

#include "listdiff.h"
#include "localstore.h"

#include <QLocale>

namespace kontor::app {

PendingActivationsModel::PendingActivationsModel(LocalStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &LocalStore::changed, this, [this](const StoreChanges& c) {
        // Names of accounts and contacts show here too.
        if (c.invitations || !c.accounts.isEmpty() || !c.contacts.isEmpty() || c.referenceData)
            reload();
    });
    reload();
}

void PendingActivationsModel::reload()
{
    const int before = rowCount();
    updateRows(
        m_items, m_store->pendingActivations(),
        [](const PendingActivation& p) { return p.invitationId; },
        RowSignals{[this](int f, int l) { beginRemoveRows({}, f, l); }, [this] { endRemoveRows(); },
                   [this](int f, int l) { beginInsertRows({}, f, l); }, [this] { endInsertRows(); },
                   [this](int r) { Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1)); }});
    if (rowCount() != before)
        Q_EMIT countChanged();
}

int PendingActivationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PendingActivationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

InvitationStatus PendingActivationsModel::effectiveStatus(const PendingActivation& p) const
{
    if (p.status == InvitationStatus::Sent && p.expiresAt.isValid() &&
        p.expiresAt < QDateTime::currentDateTimeUtc()) {
        return InvitationStatus::Expired;
    }
    return p.status;
}

namespace {

QString statusText(InvitationStatus status)
{
    switch (status) {
    case InvitationStatus::Queued:
        return PendingActivationsModel::tr("waiting to be sent");
    case InvitationStatus::Sent:
        return PendingActivationsModel::tr("sent");
    case InvitationStatus::Failed:
        return PendingActivationsModel::tr("failed");
    case InvitationStatus::Expired:
        return PendingActivationsModel::tr("expired");
    }
    return {};
}

QString dateText(const QDateTime& when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

} // namespace

QVariant PendingActivationsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PendingActivation& p = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ContactColumn:
            return p.contactName;
        case AccountColumn:
            return p.accountName;
        case EmailColumn:
            return p.email;
        case StatusColumn:
            return statusText(effectiveStatus(p));
        case SentAtColumn:
            return dateText(p.sentAt);
        case ValidUntilColumn:
            return dateText(p.expiresAt);
        case SendCountColumn:
            return p.sendCount;
        default:
            return {};
        }
    case InvitationIdRole:
        return p.invitationId;
    case AccountIdRole:
        return p.accountId;
    case ContactIdRole:
        return p.contactId;
    case StatusRole:
        return int(effectiveStatus(p));
    case SentAtRole:
        return p.sentAt;
    case ExpiresAtRole:
        return p.expiresAt;
    case SendCountRole:
        return p.sendCount;
    default:
        return {};
    }
}

QVariant PendingActivationsModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ContactColumn:
        return tr("Contact");
    case AccountColumn:
        return tr("Account");
    case EmailColumn:
        return tr("Email");
    case StatusColumn:
        return tr("Status");
    case SentAtColumn:
        return tr("Sent at");
    case ValidUntilColumn:
        return tr("Valid until");
    case SendCountColumn:
        return tr("Times sent");
    default:
        return {};
    }
}

core::Violations PendingActivationsModel::resend(const QList<int>& rows)
{
    QList<QUuid> ids;
    for (int row : rows) {
        if (row >= 0 && row < rowCount() && !ids.contains(m_items.at(row).invitationId))
            ids.append(m_items.at(row).invitationId);
    }
    return m_store->resendInvitations(ids);
}

} // namespace kontor::app
