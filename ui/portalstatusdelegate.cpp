#include "portalstatusdelegate.h"

#include "app/accountlistmodel.h"
#include "app/pendingactivationsmodel.h"

namespace kontor::ui {

void PortalStatusDelegate::initStyleOption(QStyleOptionViewItem* option,
                                           const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != app::AccountListModel::PortalStatusColumn)
        return;
    const QColor colour =
        QColor::fromString(index.data(app::AccountListModel::PortalStatusColorRole).toString());
    if (colour.isValid())
        option->palette.setColor(QPalette::Text, colour);
    option->font.setBold(index.data(app::AccountListModel::PortalStatusRole).toInt() ==
                         int(core::PortalStatus::Pending));
}

void InvitationStatusDelegate::initStyleOption(QStyleOptionViewItem* option,
                                               const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != app::PendingActivationsModel::StatusColumn)
        return;
    const auto status = static_cast<app::InvitationStatus>(
        index.data(app::PendingActivationsModel::StatusRole).toInt());
    if (status == app::InvitationStatus::Failed || status == app::InvitationStatus::Expired) {
        option->palette.setColor(QPalette::Text, QColor(0xb0, 0x00, 0x20));
        option->font.setBold(true);
    }
}

} // namespace kontor::ui
