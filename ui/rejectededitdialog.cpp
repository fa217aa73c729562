#include "rejectededitdialog.h"

#include "accountinfopage.h"
#include "contacteditor.h"

#include "core/syncprotocol.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kontor::ui {

RejectedEditDialog::RejectedEditDialog(const ClientServices& services, app::RejectedEdit edit,
                                       QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_edit(std::move(edit))
    , m_otherErrors(new QLabel(this))
{
    setObjectName(u"rejectedEditDialog"_s);
    if (m_services.referenceData)
        m_reference = m_services.referenceData();
    const bool contact = m_edit.kind == core::opkind::contactUpdate;
    setWindowTitle(contact ? tr("Edit refused contact change") : tr("Edit refused account change"));
    auto* note = new QLabel(tr("The server did not accept this change. Correct the fields marked "
                               "in red and send it again."),
                            this);
    note->setWordWrap(true);
    m_otherErrors->setObjectName(u"rejectedEditErrors"_s);
    m_otherErrors->setWordWrap(true);
    m_otherErrors->setTextFormat(Qt::PlainText);
    m_otherErrors->setStyleSheet(u"color: #b00020"_s);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // a Tab stop of its own helps nobody
    if (contact) {
        // The contact is stored here already: it is no duplicate of itself.
        ContactDirectory directory = m_services.contacts;
        if (directory.findDuplicates) {
            directory.findDuplicates = [find = directory.findDuplicates,
                                        self = m_edit.contact.id](const core::Contact& c) {
                QList<core::Contact> found = find(c);
                found.removeIf([&](const core::Contact& other) { return other.id == self; });
                return found;
            };
        }
        m_contactForm = new ContactEditor(m_reference, directory, scroll);
        core::AccountContact entry;
        entry.contact = m_edit.contact;
        m_contactForm->setAccountContact(entry);
        m_contactForm->setFieldsOnly();
        m_contactForm->setTitle(tr("Contact"));
        scroll->setWidget(m_contactForm);
    } else {
        m_accountForm = new AccountInfoPage(m_reference, scroll);
        m_accountForm->load(m_edit.account);
        scroll->setWidget(m_accountForm);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* send = buttons->addButton(tr("&Send again"), QDialogButtonBox::AcceptRole);
    send->setObjectName(u"resubmitButton"_s);
    send->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_otherErrors);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(700, 620);
    showErrors(m_edit.errors);
}

void RejectedEditDialog::showErrors(const core::Violations& errors)
{
    const FieldErrors fieldErrors = toFieldErrors(errors);
    if (m_contactForm) {
        m_contactForm->markAllTouched();
        m_contactForm->showErrors(fieldErrors);
    } else {
        m_accountForm->showErrors(fieldErrors);
    }
    // Also listed on top: a field the form has no place for still explains itself.
    QStringList messages;
    for (const FieldError& e : fieldErrors)
        messages.append(e.message);
    m_otherErrors->setText(messages.join(u'\n'));
    m_otherErrors->setVisible(!messages.isEmpty());
}

void RejectedEditDialog::accept()
{
    if (!m_services.resubmitEdit)
        return;
    app::RejectedEdit edited = m_edit;
    if (m_contactForm)
        edited.contact = m_contactForm->accountContact().contact;
    else
        m_accountForm->fill(edited.account);
    const core::Violations errors = m_services.resubmitEdit(edited);
    if (!errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    QDialog::accept();
}

} // namespace kontor::ui
