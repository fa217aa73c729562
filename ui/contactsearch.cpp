#include "contactsearch.h"

#include "enterkey.h"
#include "fielderrors.h"

#include "core/nameformat.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kontor::ui {

namespace {
constexpr int idRole = Qt::UserRole;
constexpr int maxResults = 20;
} // namespace

QString describeContact(const core::Contact& c)
{
    const QString name = core::formatPersonName(core::NameFormat::FirstMiddleLast, c.firstName,
                                                c.middleName, c.lastName);
    return c.email.isEmpty() ? name : name + u" <"_s + c.email + u'>';
}

ContactSearch::ContactSearch(ContactDirectory directory, QWidget* parent)
    : QWidget(parent)
    , m_directory(std::move(directory))
    , m_edit(new QLineEdit(this))
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_edit->setObjectName(u"contactSearchEdit"_s);
    m_edit->setPlaceholderText(tr("Name or email"));
    m_edit->setClearButtonEnabled(true);
    auto* label = new QLabel(tr("&Search contact:"), this);
    label->setBuddy(m_edit);
    form->addRow(label, m_edit);

    m_results = new QListWidget(this);
    m_results->setObjectName(u"contactSearchResults"_s);
    m_results->setAccessibleName(tr("Contacts found"));
    m_results->setMaximumHeight(6 * m_edit->sizeHint().height());
    m_choose = new QPushButton(tr("Link"), this);
    m_choose->setObjectName(u"linkContactButton"_s);
    m_choose->setAccessibleName(tr("Link the selected contact"));
    m_choose->setAutoDefault(false);
    m_choose->setEnabled(false);
    auto* row = new QHBoxLayout;
    row->addWidget(m_results, 1);
    row->addWidget(m_choose, 0, Qt::AlignTop);
    form->addRow(QString(), row);

    m_chosenLabel = new QLabel(this);
    m_chosenLabel->setObjectName(u"linkedContactLabel"_s);
    m_chosenLabel->setTextFormat(Qt::PlainText);
    m_chosenLabel->setWordWrap(true);
    m_error = makeErrorLabel(m_edit, this);
    auto* column = new QVBoxLayout;
    column->addWidget(m_chosenLabel);
    column->addWidget(m_error);
    form->addRow(QString(), column);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textChanged, this, &ContactSearch::search);
    connect(m_results, &QListWidget::currentRowChanged, this,
            [this](int r) { m_choose->setEnabled(r >= 0); });
    connect(m_results, &QListWidget::itemActivated, this, &ContactSearch::chooseCurrent);
    connect(m_choose, &QPushButton::clicked, this, &ContactSearch::chooseCurrent);
    // Enter picks the current result instead of pressing the dialog's default button.
    const auto chooseOnEnter = [this] {
        if (m_results->count() == 0)
            return false;
        if (m_results->currentRow() < 0)
            m_results->setCurrentRow(0);
        chooseCurrent();
        return true;
    };
    onEnterKey(m_edit, chooseOnEnter);
    onEnterKey(m_results, chooseOnEnter);
}

void ContactSearch::setChosen(const core::Contact& contact)
{
    m_chosen = contact;
    m_chosenLabel->setText(tr("Linked: %1").arg(describeContact(contact)));
    {
        const QSignalBlocker blocker(m_edit);
        m_edit->setText(describeContact(contact));
    }
    m_results->clear();
    Q_EMIT chosenChanged();
}

void ContactSearch::search(const QString& text)
{
    m_results->clear();
    if (text.trimmed().isEmpty() || !m_directory.search)
        return;
    const QList<core::Contact> found = m_directory.search(text.trimmed());
    for (qsizetype i = 0; i < found.size() && i < maxResults; ++i) {
        auto* item = new QListWidgetItem(describeContact(found.at(i)), m_results);
        item->setData(idRole, found.at(i).id);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

void ContactSearch::chooseCurrent()
{
    QListWidgetItem* item = m_results->currentItem();
    if (!item || !m_directory.find)
        return;
    if (const std::optional<core::Contact> found = m_directory.find(item->data(idRole).toUuid()))
        setChosen(*found);
}

} // namespace kontor::ui
