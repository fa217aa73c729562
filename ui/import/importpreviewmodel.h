#pragma once

#include "app/import/importplan.h"

#include <QAbstractTableModel>

namespace kontor::ui {

/// The rows of an import plan as a table (row, action, account, contact, email, reason),
/// filtered by label; at most `limit` rows (a million-row file shows its first ones).
class ImportPreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RowColumn, LabelColumn, AccountColumn, ContactColumn, EmailColumn, ReasonColumn };
    static constexpr qsizetype limit = 10'000;

    using QAbstractTableModel::QAbstractTableModel;

    /// @p plan must outlive the model or be replaced before it goes.
    void setPlan(const app::ImportPlan* plan);
    /// RowLabel::None shows every row.
    void setFilter(app::RowLabel label);
    /// Re-reads the plan (after the duplicate choices changed).
    void refresh();

    qint64 sourceRow(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// "Anlegen", "Aktualisieren", … in the application's language.
    static QString labelText(app::RowLabel label);

private:
    const app::ImportPlan* m_plan = nullptr;
    app::RowLabel m_filter = app::RowLabel::None;
    QList<qint64> m_rows;
};

} // namespace kontor::ui
