#include "portalstatusdelegate.h"

#include "app/accountlistmodel.h"

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

} // namespace kontor::ui
