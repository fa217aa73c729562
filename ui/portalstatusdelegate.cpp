#include "portalstatusdelegate.h"

#include "modelroles.h"

#include "core/account.h"

namespace kontor::ui {

void PortalStatusDelegate::initStyleOption(QStyleOptionViewItem* option,
                                           const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant status = index.data(roles::PortalStatus);
    if (!status.isValid())
        return;
    QColor colour;
    switch (static_cast<core::PortalStatus>(status.toInt())) {
    case core::PortalStatus::Activated:
        colour = QColor(0x1b, 0x7f, 0x3b);
        break;
    case core::PortalStatus::Pending:
        colour = QColor(0xa8, 0x5d, 0x00);
        break;
    case core::PortalStatus::NotActivated:
        colour = QColor(0x6b, 0x6b, 0x6b);
        break;
    }
    option->palette.setColor(QPalette::Text, colour);
    option->font.setBold(static_cast<core::PortalStatus>(status.toInt()) ==
                         core::PortalStatus::Pending);
}

} // namespace kontor::ui
