#include "customfieldsform.h"

#include "customfieldeditor.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kontor::ui {

CustomFieldsForm::CustomFieldsForm(const QList<core::CustomFieldDefinition>& definitions,
                                   QWidget* parent)
    : QWidget(parent)
    , m_errors(new ErrorDisplay(this))
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    for (const core::CustomFieldDefinition& def : definitions) {
        auto* editor = new CustomFieldEditor(def, this);
        m_editors.append(editor);
        auto* cell = new QWidget(this);
        auto* column = new QVBoxLayout(cell);
        column->setContentsMargins(0, 0, 0, 0);
        column->addWidget(editor);
        QLabel* error = makeErrorLabel(editor->input(), cell);
        column->addWidget(error);
        const QString text = def.required ? def.name + u" *"_s : def.name;
        if (def.type == core::CustomFieldType::Checkbox) {
            form->addRow(QString(), cell);
        } else {
            auto* label = new QLabel(text, this);
            label->setBuddy(editor->input());
            form->addRow(label, cell);
        }
        m_errors->add(core::toWireId(def.id), editor->input(), error);
        connect(editor, &CustomFieldEditor::changed, this, &CustomFieldsForm::changed);
    }
}

QJsonObject CustomFieldsForm::values() const
{
    QJsonObject out;
    for (const CustomFieldEditor* editor : m_editors) {
        const QJsonValue value = editor->value();
        if (!value.isNull())
            out.insert(core::toWireId(editor->definition().id), value);
    }
    return out;
}

void CustomFieldsForm::setValues(const QJsonObject& values)
{
    for (CustomFieldEditor* editor : std::as_const(m_editors))
        editor->setValue(values.value(core::toWireId(editor->definition().id)));
}

FieldErrors CustomFieldsForm::showErrors(const FieldErrors& errors)
{
    return m_errors->show(errors);
}

} // namespace kontor::ui
