#include "contactspage.h"

#include "contacteditor.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kontor::ui {

ContactsPage::ContactsPage(const ReferenceData& reference, ContactDirectory directory,
                           QWidget* parent)
    : QWizardPage(parent)
    , m_reference(reference)
    , m_directory(std::move(directory))
    , m_scroll(new QScrollArea(this))
{
    setObjectName(u"contactsPage"_s);
    setTitle(tr("Contacts"));
    setSubTitle(tr("Every account has at least one contact: a new one, or an existing contact "
                   "linked to it."));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFocusPolicy(Qt::NoFocus); // a Tab stop of its own helps nobody
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_body = new QWidget(m_scroll);
    auto* bodyLayout = new QVBoxLayout(m_body);
    // The boxes live in their own widget before the button, so that creation order (and hence
    // Tab order, see taborder.h) puts every box before "Neuen Kontakt hinzufügen".
    m_listWidget = new QWidget(m_body);
    m_list = new QVBoxLayout(m_listWidget);
    m_list->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_listWidget);
    m_listError = makeErrorLabel(this, m_body);
    m_listError->setObjectName(u"contactsError"_s);
    bodyLayout->addWidget(m_listError);
    m_addButton = new QPushButton(tr("Add &new contact"), m_body);
    m_addButton->setObjectName(u"addContactButton"_s);
    m_addButton->setAccessibleName(tr("Add new contact"));
    m_addButton->setAutoDefault(false);
    bodyLayout->addWidget(m_addButton, 0, Qt::AlignLeft);
    bodyLayout->addStretch();
    m_scroll->setWidget(m_body);

    m_hint = new QLabel(this);
    m_hint->setObjectName(u"pageHint"_s);
    m_hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    layout->addWidget(m_hint);

    connect(m_addButton, &QPushButton::clicked, this, [this] {
        ContactEditor* editor = addContact();
        editor->firstInput()->setFocus();
        // Scroll once the new box has its geometry.
        QTimer::singleShot(0, this, [this, editor] { m_scroll->ensureWidgetVisible(editor); });
    });
    addContact();
}

ContactEditor* ContactsPage::addContact()
{
    auto* editor = new ContactEditor(m_reference, m_directory, m_listWidget);
    m_editors.append(editor);
    m_list->addWidget(editor);
    connect(editor, &ContactEditor::changed, this, &ContactsPage::changed);
    connect(editor, &ContactEditor::touched, this, &ContactsPage::updateHint);
    connect(editor, &ContactEditor::removeRequested, this,
            [this, editor] { removeContact(editor); });
    renumber();
    Q_EMIT changed();
    return editor;
}

void ContactsPage::removeContact(ContactEditor* editor)
{
    m_editors.removeOne(editor);
    // Out of the tree at once, deleted once the click that asked for it has returned.
    editor->hide();
    editor->setParent(nullptr);
    editor->deleteLater();
    renumber();
    Q_EMIT changed();
    if (m_editors.isEmpty())
        m_addButton->setFocus();
    else
        m_editors.constLast()->firstInput()->setFocus();
}

void ContactsPage::renumber()
{
    for (qsizetype i = 0; i < m_editors.size(); ++i)
        m_editors.at(i)->setIndex(static_cast<int>(i));
}

QWidget* ContactsPage::firstInput() const
{
    return m_editors.isEmpty() ? static_cast<QWidget*>(m_addButton)
                               : m_editors.constFirst()->firstInput();
}

QList<core::AccountContact> ContactsPage::contacts() const
{
    QList<core::AccountContact> out;
    for (const ContactEditor* editor : m_editors)
        out.append(editor->accountContact());
    return out;
}

void ContactsPage::setContacts(const QList<core::AccountContact>& contacts)
{
    while (!m_editors.isEmpty()) {
        delete m_editors.takeLast();
    }
    for (const core::AccountContact& entry : contacts)
        addContact()->setAccountContact(entry);
}

void ContactsPage::showErrors(const FieldErrors& errors)
{
    for (qsizetype i = 0; i < m_editors.size(); ++i)
        m_editors.at(i)->showErrors(errorsUnder(errors, core::indexPath(u"contacts"_s, i)));
    QStringList texts;
    for (const FieldError& e : errors) {
        if (e.path == u"contacts")
            texts.append(e.message);
    }
    m_listError->setText(texts.join(u'\n'));
    m_listError->setVisible(!texts.isEmpty());
    updateHint();
}

void ContactsPage::setValid(bool valid)
{
    if (valid == m_valid)
        return;
    m_valid = valid;
    Q_EMIT completeChanged();
}

bool ContactsPage::isComplete() const
{
    return m_valid;
}

bool ContactsPage::validatePage()
{
    return m_valid && submit && submit();
}

void ContactsPage::updateHint()
{
    const bool pending =
        std::any_of(m_editors.cbegin(), m_editors.cend(),
                    [](const ContactEditor* e) { return e->hasPendingRequired(); });
    m_hint->setText(pending ? tr("Fill in the fields marked with * to create the account.")
                            : QString());
    m_hint->setVisible(pending);
}

} // namespace kontor::ui
