#include "newaccountwizard.h"

#include "accountinfopage.h"
#include "contacteditor.h"
#include "contactspage.h"
#include "invitationdialog.h"
#include "taborder.h"

#include "core/accountnaming.h"
#include "core/nameformat.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace kontor::ui {

NewAccountWizard::NewAccountWizard(ReferenceData reference, ContactDirectory directory,
                                   QWidget* parent)
    : QWizard(parent)
    , m_reference(std::move(reference))
    , m_directory(std::move(directory))
    , m_accountId(QUuid::createUuid())
    , m_info(new AccountInfoPage(m_reference, this))
    , m_contacts(new ContactsPage(m_reference, m_directory, this))
{
    setObjectName(u"newAccountWizard"_s);
    setWindowTitle(tr("New account"));
    setAccessibleName(windowTitle());
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoDefaultButton);
    setButtonText(QWizard::FinishButton, tr("&Create"));
    setPage(InfoPageId, m_info);
    setPage(ContactsPageId, m_contacts);
    button(QWizard::NextButton)->setObjectName(u"nextButton"_s);
    button(QWizard::BackButton)->setObjectName(u"backButton"_s);
    button(QWizard::FinishButton)->setObjectName(u"createButton"_s);
    button(QWizard::CancelButton)->setObjectName(u"cancelButton"_s);
    resize(760, 680);

    auto onChange = [this] {
        m_external.clear();
        revalidate();
        Q_EMIT changed();
    };
    connect(m_info, &AccountInfoPage::changed, this, onChange);
    connect(m_contacts, &ContactsPage::changed, this, onChange);
    m_contacts->submit = [this] { return submit(); };
    // The keyboard focus follows the page: its first field, not a hidden one on the old page.
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        QTimer::singleShot(0, this, [this, id] {
            if (currentId() != id)
                return;
            QWidget* first = id == ContactsPageId ? m_contacts->firstInput() : m_info->firstInput();
            for (const auto& [display, prefix] : displays()) {
                if (!m_pendingFocus.startsWith(prefix))
                    continue;
                if (QWidget* field = display->fieldAt(m_pendingFocus.mid(prefix.size()));
                    field && currentPage()->isAncestorOf(field))
                    first = field;
            }
            m_pendingFocus.clear();
            if (first)
                first->setFocus(Qt::TabFocusReason);
        });
    });
    revalidate();
}

NewAccountWizard::~NewAccountWizard() = default;

core::Account NewAccountWizard::account() const
{
    core::Account account;
    account.id = m_accountId;
    m_info->fill(account);
    account.contacts = m_contacts->contacts();
    return account;
}

void NewAccountWizard::setAccount(const core::Account& account)
{
    if (!account.id.isNull())
        m_accountId = account.id;
    m_info->load(account);
    m_contacts->setContacts(account.contacts);
    revalidate();
}

void NewAccountWizard::showExternalErrors(const core::Violations& errors)
{
    m_external = toFieldErrors(errors);
    revalidate();
}

QList<std::pair<ErrorDisplay*, QString>> NewAccountWizard::displays() const
{
    // The info page's and each contact's own display; nested forms are fields of these.
    QList<std::pair<ErrorDisplay*, QString>> result;
    const QList<ErrorDisplay*> all = findChildren<ErrorDisplay*>();
    for (ErrorDisplay* d : all) {
        if (d->parent() == m_info)
            result.append({d, QString()});
        else if (auto* editor = qobject_cast<ContactEditor*>(d->parent())) {
            const QString index = editor->objectName().section(u'_', 1);
            result.append({d, u"contacts[%1]."_s.arg(index)});
        }
    }
    return result;
}

QString NewAccountWizard::focusPath() const
{
    const QWidget* focused = QApplication::focusWidget();
    if (!focused || !isAncestorOf(focused))
        return {};
    for (const auto& [display, prefix] : displays()) {
        const QString path = display->pathOf(focused);
        if (!path.isEmpty())
            return prefix + path;
    }
    return {};
}

void NewAccountWizard::focusField(const QString& path)
{
    m_pendingFocus = path;
}

bool NewAccountWizard::focusNextPrevChild(bool next)
{
    // The page's fields in screen order, then the wizard's buttons (see taborder.h).
    QList<QWidget*> stops = tabStops(currentPage());
    for (WizardButton which : {BackButton, NextButton, CommitButton, FinishButton, CancelButton}) {
        QAbstractButton* b = button(which);
        if (b->isVisible() && b->isEnabled() && (b->focusPolicy() & Qt::TabFocus))
            stops.append(b);
    }
    return focusNextStop(stops, next) || QWizard::focusNextPrevChild(next);
}

core::AccountRules NewAccountWizard::rules() const
{
    core::AccountRules rules;
    rules.nameFormat = m_reference.nameFormat;
    rules.customFields = m_reference.customFields;
    rules.findContact = m_directory.find;
    return rules;
}

void NewAccountWizard::revalidate()
{
    const core::Account current = account();
    const QString generated = core::generatedAccountName(current, m_reference.nameFormat);
    if (!generated.isEmpty())
        m_info->setGeneratedName(generated);
    else if (current.type == core::AccountType::Company)
        m_info->setGeneratedName(tr("named after the company"));
    else
        m_info->setGeneratedName(tr("named after the first contact"));

    FieldErrors errors = toFieldErrors(core::checkNewAccount(current, rules()));
    errors += m_external;
    FieldErrors accountErrors;
    FieldErrors contactErrors;
    for (const FieldError& e : std::as_const(errors))
        (pathIsUnder(e.path, u"contacts"_s) ? contactErrors : accountErrors).append(e);
    m_info->showErrors(accountErrors);
    m_contacts->showErrors(contactErrors);
    m_info->setValid(accountErrors.isEmpty());
    m_contacts->setValid(errors.isEmpty());
}

bool NewAccountWizard::submit()
{
    const core::Account current = account();
    if (!core::checkNewAccount(current, rules()).isEmpty() || !createAccount)
        return false;
    const SubmitResult result = createAccount(current);
    if (!result.ok) {
        showExternalErrors(result.errors);
        QMessageBox::warning(this, tr("Account not created"),
                             result.message.isEmpty()
                                 ? tr("The account could not be created. Please check the "
                                      "fields marked in red.")
                                 : result.message);
        return false;
    }
    m_created = current.id;
    Q_EMIT accountCreated(current.id);
    offerInvitations(current);
    return true;
}

void NewAccountWizard::offerInvitations(const core::Account& account)
{
    QList<InvitationRecipient> recipients;
    for (const core::AccountContact& entry : account.contacts) {
        if (!entry.switches.login)
            continue;
        const core::Contact& c = entry.contact;
        recipients.append({entry.existingContactId.value_or(c.id),
                           core::formatPersonName(core::NameFormat::FirstLast, c.firstName,
                                                  c.middleName, c.lastName),
                           c.email});
    }
    if (recipients.isEmpty())
        return;
    InvitationDialog dialog(core::effectiveAccountName(account, m_reference.nameFormat), recipients,
                            this);
    // Closing the dialog is the same as "Überspringen": the account exists already.
    if (dialog.exec() != InvitationDialog::Send || !sendInvitation)
        return;
    QStringList failed;
    for (const InvitationRecipient& r : recipients) {
        if (!sendInvitation(account.id, r.contactId, dialog.message()))
            failed.append(r.name);
    }
    if (!failed.isEmpty()) {
        QMessageBox::warning(this, tr("Invitation not sent"),
                             tr("The invitation for %1 could not be queued. You can send it "
                                "later from the account's Info tab.")
                                 .arg(failed.join(u", "_s)));
    }
}

} // namespace kontor::ui
