#include "phonelisteditor.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kontor::ui {

PhoneListEditor::PhoneListEditor(QWidget* parent)
    : QWidget(parent)
    , m_rowsLayout(new QVBoxLayout)
    , m_addButton(new QPushButton(tr("Add phone number"), this))
    , m_errors(new ErrorDisplay(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    m_addButton->setObjectName(u"addPhoneButton"_s);
    m_addButton->setAutoDefault(false);
    m_addButton->setAccessibleName(tr("Add phone number"));
    layout->addWidget(m_addButton, 0, Qt::AlignLeft);
    m_listError = makeErrorLabel(this, this);
    m_listError->setObjectName(u"phonesError"_s);
    layout->addWidget(m_listError);
    m_errors->add(QString(), m_addButton, m_listError);
    connect(m_addButton, &QPushButton::clicked, this, &PhoneListEditor::addRow);
}

QList<core::PhoneNumber> PhoneListEditor::phones() const
{
    QList<core::PhoneNumber> out;
    for (const Row& row : m_rows)
        out.append({row.number->text().trimmed(), row.primary->isChecked()});
    return out;
}

void PhoneListEditor::setPhones(const QList<core::PhoneNumber>& phones)
{
    while (!m_rows.isEmpty())
        removeRow(m_rows.constLast().container);
    for (const core::PhoneNumber& phone : phones)
        appendRow(phone);
}

void PhoneListEditor::addRow()
{
    // The first number is the one for text messages unless the user says otherwise.
    appendRow({QString(), m_rows.isEmpty()});
    Q_EMIT changed();
    m_rows.constLast().number->setFocus();
}

void PhoneListEditor::appendRow(const core::PhoneNumber& phone)
{
    Row row;
    row.container = new QWidget(this);
    auto* grid = new QGridLayout(row.container);
    grid->setContentsMargins(0, 0, 0, 0);
    row.number = new QLineEdit(phone.number, row.container);
    row.number->setPlaceholderText(tr("e.g. 0351 1234567 or +49 351 1234567"));
    row.primary = new QCheckBox(tr("Primary (SMS)"), row.container);
    row.primary->setChecked(phone.primary);
    row.primary->setToolTip(tr("Text messages go to the primary number. Only one number can be "
                               "primary."));
    row.remove = new QPushButton(tr("Remove"), row.container);
    row.remove->setAutoDefault(false);
    row.error = makeErrorLabel(row.number, row.container);
    grid->addWidget(row.number, 0, 0);
    grid->addWidget(row.primary, 0, 1);
    grid->addWidget(row.remove, 0, 2);
    grid->addWidget(row.error, 1, 0, 1, 3);
    grid->setColumnStretch(0, 1);
    m_rowsLayout->addWidget(row.container);
    m_rows.append(row);
    m_errors->add(QString(), row.number, row.error);
    connect(row.number, &QLineEdit::textChanged, this, &PhoneListEditor::changed);
    connect(row.primary, &QCheckBox::toggled, this, &PhoneListEditor::changed);
    QWidget* container = row.container;
    connect(row.remove, &QPushButton::clicked, this, [this, container] {
        removeRow(container);
        Q_EMIT changed();
        (m_rows.isEmpty() ? static_cast<QWidget*>(m_addButton) : m_rows.constLast().number)
            ->setFocus();
    });
    renumber();
}

void PhoneListEditor::removeRow(QWidget* container)
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                 [container](const Row& r) { return r.container == container; });
    if (it == m_rows.end())
        return;
    m_errors->remove(it->number);
    m_rows.erase(it);
    // Out of the tree at once (names and Tab stops are renumbered), deleted once the click
    // that asked for it has returned.
    container->hide();
    container->setParent(nullptr);
    container->deleteLater();
    renumber();
}

// Object and accessible names carry the row's position, so tests and screen readers can tell
// the rows apart; error paths follow the same index.
void PhoneListEditor::renumber()
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows.at(i);
        const QString n = QString::number(i);
        const QString shown = QString::number(i + 1);
        row.number->setObjectName(u"phoneNumber_"_s + n);
        row.number->setAccessibleName(tr("Phone number %1").arg(shown));
        row.primary->setObjectName(u"phonePrimary_"_s + n);
        row.primary->setAccessibleName(tr("Phone number %1 is primary (SMS)").arg(shown));
        row.remove->setObjectName(u"phoneRemove_"_s + n);
        row.remove->setAccessibleName(tr("Remove phone number %1").arg(shown));
        row.error->setObjectName(u"phoneError_"_s + n);
        m_errors->setPath(row.number, u'[' + n + u']');
    }
}

FieldErrors PhoneListEditor::showErrors(const FieldErrors& errors)
{
    return m_errors->show(errors);
}

} // namespace kontor::ui
