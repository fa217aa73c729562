#pragma once

#include <QStyledItemDelegate>

namespace kontor::ui {

/// Colours the account list's portal status column (R-INV-7) with the colour the model gives
/// (green activated, amber pending, grey not activated) and sets "pending" in bold. The text
/// says the same, so the colour is never the only sign.
class PortalStatusDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Public so that the colouring can be checked without painting.
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

/// Marks failed and expired invitations in "Ausstehende Aktivierung" (R-INV-7) in red and bold
/// on their status column, so failures stand out where resending helps.
class InvitationStatusDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace kontor::ui
