#pragma once

#include "fielderrors.h"

#include "core/phonenumber.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace kontor::ui {

/// A contact's phone numbers (R-CON-4): any number of rows, each with "Primär (SMS)" and a
/// remove button. The first number added starts as primary; marking a second one primary is
/// shown as an error at that row, as the rule says exactly one may be.
class PhoneListEditor : public QWidget {
    Q_OBJECT
public:
    explicit PhoneListEditor(QWidget* parent = nullptr);

    QList<core::PhoneNumber> phones() const;
    void setPhones(const QList<core::PhoneNumber>& phones);
    /// Adds an empty row and focuses it.
    void addRow();
    int rowCount() const { return static_cast<int>(m_rows.size()); }
    /// @p errors relative to the contact's `phones`.
    FieldErrors showErrors(const FieldErrors& errors);
    QPushButton* addButton() const { return m_addButton; }
    ErrorDisplay* errorDisplay() const { return m_errors; }

Q_SIGNALS:
    void changed();

private:
    struct Row {
        QWidget* container;
        QLineEdit* number;
        QCheckBox* primary;
        QPushButton* remove;
        QLabel* error;
    };
    void appendRow(const core::PhoneNumber& phone);
    void removeRow(QWidget* container);
    void renumber();

    QList<Row> m_rows;
    QVBoxLayout* m_rowsLayout;
    QPushButton* m_addButton;
    QLabel* m_listError;
    ErrorDisplay* m_errors;
};

} // namespace kontor::ui
