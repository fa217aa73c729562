#pragma once

#include "fielderrors.h"

#include "core/customfield.h"

#include <QJsonObject>
#include <QWidget>

namespace kontor::ui {

class CustomFieldEditor;

/// The firm's custom fields of one scope as a form, one fitting editor each, with each
/// field's error below it. Required fields are marked with "*".
class CustomFieldsForm : public QWidget {
    Q_OBJECT
public:
    CustomFieldsForm(const QList<core::CustomFieldDefinition>& definitions, QWidget* parent);

    bool isEmpty() const { return m_editors.isEmpty(); }
    /// Values keyed by field id; fields not set are left out.
    QJsonObject values() const;
    void setValues(const QJsonObject& values);
    /// @p errors relative to the record's `custom_fields`; returns those not shown.
    FieldErrors showErrors(const FieldErrors& errors);
    ErrorDisplay* errorDisplay() const { return m_errors; }

Q_SIGNALS:
    void changed();

private:
    QList<CustomFieldEditor*> m_editors;
    ErrorDisplay* m_errors;
};

} // namespace kontor::ui
