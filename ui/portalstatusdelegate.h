#pragma once

#include <QStyledItemDelegate>

namespace kontor::ui {

/// Colours the portal status (R-INV-7) where a row carries roles::PortalStatus: green for
/// activated, amber for pending, grey for not activated. The text says the same, so the
/// colour is never the only sign.
class PortalStatusDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace kontor::ui
