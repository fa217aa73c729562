#include "tagpicker.h"

#include <QCompleter>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace kontor::ui {

TagPicker::TagPicker(const QStringList& knownTags, const QString& name, QWidget* parent)
    : QWidget(parent)
    , m_known(knownTags)
    , m_edit(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_list(new QListWidget(this))
{
    m_edit->setObjectName(name + u"Edit"_s);
    m_edit->setPlaceholderText(tr("Choose or type a new tag, then press Enter"));
    m_edit->setAccessibleName(tr("Tags"));
    auto* completer = new QCompleter(m_known, m_edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_edit->setCompleter(completer);
    m_edit->installEventFilter(this);

    m_add->setObjectName(name + u"Add"_s);
    m_add->setAccessibleName(tr("Add tag"));
    m_add->setAutoDefault(false);
    m_add->setEnabled(false);

    m_list->setObjectName(name + u"List"_s);
    m_list->setAccessibleName(tr("Chosen tags"));
    m_list->setAccessibleDescription(tr("Press Delete to remove the selected tag."));
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(true);
    m_list->setSpacing(2);
    m_list->setMaximumHeight(3 * m_edit->sizeHint().height());
    m_list->installEventFilter(this);
    m_list->setVisible(false);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 0, 0);
    layout->addWidget(m_add, 0, 1);
    layout->addWidget(m_list, 1, 0, 1, 2);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_add->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_add, &QPushButton::clicked, this, &TagPicker::addTyped);
    // Enter on the completer's list reaches the line edit without passing eventFilter().
    connect(m_edit, &QLineEdit::returnPressed, this, &TagPicker::addTyped);
}

QStringList TagPicker::tags() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out.append(m_list->item(i)->text());
    return out;
}

void TagPicker::setTags(const QStringList& tags)
{
    m_list->clear();
    for (const QString& tag : tags)
        addTag(tag);
    m_list->setVisible(m_list->count() > 0);
}

bool TagPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent*>(event)->key();
    // Enter adds the typed tag instead of pressing the dialog's default button.
    if (watched == m_edit && (key == Qt::Key_Return || key == Qt::Key_Enter) &&
        !m_edit->text().trimmed().isEmpty()) {
        addTyped();
        return true;
    }
    if (watched == m_list && (key == Qt::Key_Delete || key == Qt::Key_Backspace)) {
        removeSelected();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void TagPicker::addTyped()
{
    if (m_edit->text().trimmed().isEmpty())
        return;
    const QStringList parts = m_edit->text().split(u',', Qt::SkipEmptyParts);
    for (const QString& part : parts)
        addTag(part.trimmed());
    m_edit->clear();
    m_list->setVisible(m_list->count() > 0);
    Q_EMIT changed();
}

void TagPicker::addTag(const QString& typed)
{
    if (typed.isEmpty())
        return;
    // An existing tag keeps its spelling; a new one is created as typed.
    QString tag = typed;
    for (const QString& known : std::as_const(m_known)) {
        if (known.compare(typed, Qt::CaseInsensitive) == 0)
            tag = known;
    }
    if (tags().contains(tag, Qt::CaseInsensitive))
        return;
    auto* item = new QListWidgetItem(tag, m_list);
    if (!m_known.contains(tag)) {
        QFont font = item->font();
        font.setItalic(true);
        item->setFont(font);
        item->setToolTip(tr("New tag: it is created with the account."));
    }
}

void TagPicker::removeSelected()
{
    const QList<QListWidgetItem*> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    qDeleteAll(selected);
    m_list->setVisible(m_list->count() > 0);
    if (m_list->count() == 0)
        m_edit->setFocus();
    Q_EMIT changed();
}

} // namespace kontor::ui
