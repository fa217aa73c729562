#include "customfieldeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>

using namespace Qt::StringLiterals;

namespace kontor::ui {

namespace {
// QDateEdit cannot be empty: its minimum stands for "not set" and shows as a dash.
const QDate noDate(1900, 1, 1);

// QDateEdit moves between day, month and year with Tab and only lets Tab leave from the last
// section; with "not set" shown it never does. Tab leaves here at once; the arrow keys and
// typing still edit the sections.
class DateEdit : public QDateEdit {
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

std::optional<double> parseNumber(const QString& text)
{
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}
} // namespace

CustomFieldEditor::CustomFieldEditor(core::CustomFieldDefinition definition, QWidget* parent)
    : QWidget(parent)
    , m_definition(std::move(definition))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    switch (m_definition.type) {
    case core::CustomFieldType::Text:
    case core::CustomFieldType::Number:
    case core::CustomFieldType::Email:
    case core::CustomFieldType::Url:
        m_line = new QLineEdit(this);
        if (m_definition.type == core::CustomFieldType::Url)
            m_line->setPlaceholderText(u"https://…"_s);
        if (m_definition.type == core::CustomFieldType::Email)
            m_line->setPlaceholderText(tr("name@example.com"));
        connect(m_line, &QLineEdit::textChanged, this, &CustomFieldEditor::changed);
        m_input = m_line;
        break;
    case core::CustomFieldType::Date:
        m_date = new DateEdit(this);
        m_date->setCalendarPopup(true);
        m_date->setMinimumDate(noDate);
        m_date->setSpecialValueText(tr("—"));
        m_date->setDisplayFormat(u"dd.MM.yyyy"_s);
        m_date->setDate(noDate);
        connect(m_date, &QDateEdit::dateChanged, this, &CustomFieldEditor::changed);
        m_input = m_date;
        break;
    case core::CustomFieldType::SingleChoice:
        m_combo = new QComboBox(this);
        m_combo->addItem(tr("—"));
        m_combo->addItems(m_definition.options);
        connect(m_combo, &QComboBox::currentIndexChanged, this, &CustomFieldEditor::changed);
        m_input = m_combo;
        break;
    case core::CustomFieldType::MultipleChoice:
        m_list = new QListWidget(this);
        for (const QString& option : std::as_const(m_definition.options)) {
            auto* item = new QListWidgetItem(option, m_list);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        m_list->setMaximumHeight(m_list->sizeHintForRow(0) * std::min<int>(5, m_list->count()) +
                                 2 * m_list->frameWidth() + 4);
        connect(m_list, &QListWidget::itemChanged, this, &CustomFieldEditor::changed);
        m_input = m_list;
        break;
    case core::CustomFieldType::Checkbox:
        m_check = new QCheckBox(m_definition.name, this);
        connect(m_check, &QCheckBox::toggled, this, &CustomFieldEditor::changed);
        m_input = m_check;
        break;
    }
    m_input->setObjectName(u"customField_"_s + core::toWireId(m_definition.id));
    m_input->setAccessibleName(m_definition.name);
    layout->addWidget(m_input);
    setFocusProxy(m_input);
}

QJsonValue CustomFieldEditor::value() const
{
    switch (m_definition.type) {
    case core::CustomFieldType::Text:
    case core::CustomFieldType::Email:
    case core::CustomFieldType::Url: {
        const QString text = m_line->text().trimmed();
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    }
    case core::CustomFieldType::Number: {
        const QString text = m_line->text().trimmed();
        if (text.isEmpty())
            return {};
        // Text that is not a number goes to the rules as it is, so the form explains it.
        const std::optional<double> number = parseNumber(text);
        return number ? QJsonValue(*number) : QJsonValue(text);
    }
    case core::CustomFieldType::Date:
        if (m_date->date() == noDate)
            return {};
        return m_date->date().toString(Qt::ISODate);
    case core::CustomFieldType::SingleChoice:
        return m_combo->currentIndex() <= 0 ? QJsonValue() : QJsonValue(m_combo->currentText());
    case core::CustomFieldType::MultipleChoice: {
        QJsonArray chosen;
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->checkState() == Qt::Checked)
                chosen.append(m_list->item(i)->text());
        }
        return chosen.isEmpty() ? QJsonValue() : QJsonValue(chosen);
    }
    case core::CustomFieldType::Checkbox:
        return m_check->isChecked();
    }
    return {};
}

void CustomFieldEditor::setValue(const QJsonValue& value)
{
    switch (m_definition.type) {
    case core::CustomFieldType::Text:
    case core::CustomFieldType::Email:
    case core::CustomFieldType::Url:
        m_line->setText(value.toString());
        break;
    case core::CustomFieldType::Number:
        m_line->setText(value.isDouble() ? QLocale().toString(value.toDouble(), 'g', 15)
                                         : value.toString());
        break;
    case core::CustomFieldType::Date: {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        m_date->setDate(date.isValid() ? date : noDate);
        break;
    }
    case core::CustomFieldType::SingleChoice:
        m_combo->setCurrentIndex(std::max(0, m_combo->findText(value.toString())));
        break;
    case core::CustomFieldType::MultipleChoice: {
        QStringList chosen;
        for (const QJsonValue& v : value.toArray())
            chosen.append(v.toString());
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem* item = m_list->item(i);
            item->setCheckState(chosen.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
        }
        break;
    }
    case core::CustomFieldType::Checkbox:
        m_check->setChecked(value.toBool());
        break;
    }
}

} // namespace kontor::ui
