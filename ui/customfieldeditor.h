#pragma once

#include "core/customfield.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;

namespace kontor::ui {

/// One editor for a firm-defined field (R-ACC-9, R-CON-3), fitting its type: a line for text,
/// email and URL, a number line that reads German and English decimals, a date field with
/// calendar, a drop-down for single choice, a check list for multiple choice, a checkbox.
/// Values are JSON as core/customfield.h describes; "not set" is null.
class CustomFieldEditor : public QWidget {
    Q_OBJECT
public:
    explicit CustomFieldEditor(core::CustomFieldDefinition definition, QWidget* parent = nullptr);

    const core::CustomFieldDefinition& definition() const { return m_definition; }
    QJsonValue value() const;
    void setValue(const QJsonValue& value);
    /// The widget that takes focus and carries the accessible name.
    QWidget* input() const { return m_input; }

Q_SIGNALS:
    void changed();

private:
    core::CustomFieldDefinition m_definition;
    QWidget* m_input = nullptr;
    QLineEdit* m_line = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_combo = nullptr;
    QListWidget* m_list = nullptr;
    QCheckBox* m_check = nullptr;
};

} // namespace kontor::ui
