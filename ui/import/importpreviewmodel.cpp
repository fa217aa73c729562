#include "importpreviewmodel.h"

#include <QBrush>
#include <QColor>

namespace kontor::ui {

void ImportPreviewModel::setPlan(const app::ImportPlan* plan)
{
    m_plan = plan;
    refresh();
}

void ImportPreviewModel::setFilter(app::RowLabel label)
{
    m_filter = label;
    refresh();
}

void ImportPreviewModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    if (m_plan && m_filter != app::RowLabel::None) {
        m_rows = m_plan->rowsLabelled(m_filter, limit);
    } else if (m_plan) {
        for (qint64 row = 1; row <= m_plan->lastRow() && m_rows.size() < limit; ++row) {
            if (m_plan->label(row) != app::RowLabel::None)
                m_rows.append(row);
        }
    }
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ReasonColumn + 1;
}

QString ImportPreviewModel::labelText(app::RowLabel label)
{
    switch (label) {
    case app::RowLabel::Create:
        return tr("Create");
    case app::RowLabel::Update:
        return tr("Update");
    case app::RowLabel::Link:
        return tr("Link");
    case app::RowLabel::Skip:
        return tr("Skip");
    case app::RowLabel::Error:
        return tr("Error");
    case app::RowLabel::None:
        break;
    }
    return {};
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!m_plan || !index.isValid() || index.row() >= m_rows.size())
        return {};
    const qint64 row = m_rows.at(index.row());
    const app::RowLabel label = m_plan->label(row);
    if (role == Qt::ForegroundRole && index.column() == LabelColumn &&
        label == app::RowLabel::Error) {
        return QBrush(QColor(0xb0, 0x00, 0x20));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const std::optional<app::RowDetail> detail = m_plan->detail(row);
    switch (index.column()) {
    case RowColumn:
        return row;
    case LabelColumn:
        return labelText(label);
    case AccountColumn:
        return detail ? detail->account : QString();
    case ContactColumn:
        return detail ? detail->contact : QString();
    case EmailColumn:
        return detail ? detail->email : QString();
    case ReasonColumn:
        return m_plan->outcome(row).reason;
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        return tr("Row");
    case LabelColumn:
        return tr("Action");
    case AccountColumn:
        return tr("Account");
    case ContactColumn:
        return tr("Contact");
    case EmailColumn:
        return tr("Email");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

} // namespace kontor::ui
