#include "linkcontactdialog.h"

#include "contacteditor.h"

#include "core/contactrules.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kontor::ui {

LinkContactDialog::LinkContactDialog(const ReferenceData& reference, ContactDirectory directory,
                                     QList<QUuid> alreadyLinked, QWidget* parent)
    : QDialog(parent)
    , m_reference(reference)
    , m_directory(std::move(directory))
    , m_alreadyLinked(std::move(alreadyLinked))
{
    setObjectName(u"linkContactDialog"_s);
    setWindowTitle(tr("Add contact to account"));
    setAccessibleName(windowTitle());
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus); // a Tab stop of its own helps nobody
    scroll->setFrameShape(QFrame::NoFrame);
    m_editor = new ContactEditor(m_reference, m_directory, scroll);
    m_editor->setRemovable(false);
    m_editor->setTitle(QString());
    m_editor->setMode(ContactEditor::Mode::Existing);
    scroll->setWidget(m_editor);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    // No mnemonic: the contact box's own labels use the letters; Enter confirms.
    m_ok = buttons->addButton(tr("Link"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"confirmLinkButton"_s);
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(buttons);
    resize(640, 560);
    m_editor->firstInput()->setFocus();
    connect(m_editor, &ContactEditor::changed, this, &LinkContactDialog::revalidate);
    revalidate();
}

core::AccountContact LinkContactDialog::entry() const
{
    return m_editor->accountContact();
}

void LinkContactDialog::revalidate()
{
    const core::AccountContact e = entry();
    core::Violations errors;
    QString email = e.contact.email;
    if (e.existingContactId) {
        const std::optional<core::Contact> found =
            m_directory.find ? m_directory.find(*e.existingContactId) : std::nullopt;
        if (!found) {
            errors.append(core::Violation(u"existing_contact_id"_s, core::code::notFound,
                                          QT_TRANSLATE_NOOP("Validation", "This contact does not "
                                                                          "exist (any more).")));
        } else if (m_alreadyLinked.contains(found->id)) {
            errors.append(
                core::Violation(u"existing_contact_id"_s, core::code::duplicate,
                                QT_TRANSLATE_NOOP("Validation", "This contact is already linked "
                                                                "to the account.")));
        } else {
            email = found->email;
        }
    } else {
        errors += core::checkContact(
            e.contact, m_reference.customFieldsOf(core::CustomFieldScope::Contact), QString());
    }
    errors += core::checkSwitches(e.switches, email, QString());
    m_editor->showErrors(toFieldErrors(errors));
    m_ok->setEnabled(errors.isEmpty());
}

} // namespace kontor::ui
