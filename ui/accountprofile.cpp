#include "accountprofile.h"

#include "invitationdialog.h"
#include "linkcontactdialog.h"
#include "refusedchangesbox.h"

#include "core/accountnaming.h"
#include "core/nameformat.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kontor::ui {

namespace {

QString personName(const core::Contact& c)
{
    return core::formatPersonName(core::NameFormat::FirstMiddleLast, c.firstName, c.middleName,
                                  c.lastName);
}

QString portalStatusText(core::PortalStatus status)
{
    switch (status) {
    case core::PortalStatus::Activated:
        return AccountProfile::tr("activated");
    case core::PortalStatus::Pending:
        return AccountProfile::tr("pending");
    case core::PortalStatus::NotActivated:
        return AccountProfile::tr("not activated");
    }
    return {};
}

QString customValueText(const core::CustomFieldDefinition& def, const QJsonValue& value)
{
    switch (def.type) {
    case core::CustomFieldType::Checkbox:
        return value.toBool() ? AccountProfile::tr("yes") : AccountProfile::tr("no");
    case core::CustomFieldType::Number:
        return QLocale().toString(value.toDouble(), 'g', 15);
    case core::CustomFieldType::Date:
        return QLocale().toString(QDate::fromString(value.toString(), Qt::ISODate),
                                  QLocale::ShortFormat);
    case core::CustomFieldType::MultipleChoice: {
        QStringList items;
        for (const QJsonValue& v : value.toArray())
            items.append(v.toString());
        return items.join(u", "_s);
    }
    default:
        return value.toString();
    }
}

QLabel* valueLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text.isEmpty() ? AccountProfile::tr("—") : text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

AccountProfile::AccountProfile(const ClientServices& services, const QUuid& accountId,
                               QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_accountId(accountId)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"accountProfile"_s);
    if (m_services.referenceData)
        m_reference = m_services.referenceData();

    auto* info = new QWidget;
    info->setObjectName(u"infoTab"_s);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus); // a Tab stop of its own helps nobody
    scroll->setFrameShape(QFrame::NoFrame);
    auto* body = new QWidget(scroll);
    auto* column = new QVBoxLayout(body);

    m_refused = new RefusedChangesBox(m_services, m_accountId, body);
    connect(m_refused, &RefusedChangesBox::resolved, this, &AccountProfile::reload);
    column->addWidget(m_refused);

    auto* detailsBox = new QGroupBox(tr("Details"), body);
    m_details = new QFormLayout(detailsBox);
    column->addWidget(detailsBox);

    auto* contactsGroup = new QGroupBox(tr("Contacts"), body);
    auto* contactsColumn = new QVBoxLayout(contactsGroup);
    m_contactsBox = new QWidget(contactsGroup);
    m_contactsGrid = new QGridLayout(m_contactsBox);
    m_contactsGrid->setContentsMargins(0, 0, 0, 0);
    contactsColumn->addWidget(m_contactsBox);
    m_linkButton = new QPushButton(tr("&Add contact …"), contactsGroup);
    m_linkButton->setObjectName(u"addContactToAccountButton"_s);
    m_linkButton->setAccessibleName(tr("Add or link a contact"));
    contactsColumn->addWidget(m_linkButton, 0, Qt::AlignLeft);
    column->addWidget(contactsGroup);
    column->addStretch();
    scroll->setWidget(body);
    auto* infoLayout = new QVBoxLayout(info);
    infoLayout->setContentsMargins(0, 0, 0, 0);
    infoLayout->addWidget(scroll);
    m_tabs->addTab(info, tr("Info"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_linkButton, &QPushButton::clicked, this, &AccountProfile::linkContact);
    reload();
}

bool AccountProfile::reload()
{
    const std::optional<core::Account> loaded =
        m_services.loadAccount ? m_services.loadAccount(m_accountId) : std::nullopt;
    if (!loaded)
        return false;
    m_account = *loaded;
    m_refused->reload();
    showAccount();
    showContacts();
    return true;
}

QString AccountProfile::title() const
{
    return core::effectiveAccountName(m_account, m_reference.nameFormat);
}

void AccountProfile::showAccount()
{
    while (m_details->rowCount() > 0)
        m_details->removeRow(0);
    QWidget* box = m_details->parentWidget();
    const QString name = title();
    setAccessibleName(tr("Account %1").arg(name));
    Q_EMIT titleChanged(name);

    auto add = [&](const QString& label, const QString& value, const QString& objectName) {
        QLabel* v = valueLabel(value, box);
        v->setObjectName(objectName);
        v->setAccessibleName(label);
        m_details->addRow(label, v);
    };
    add(tr("Account name"), name, u"profileNameLabel"_s);
    add(tr("Client type"),
        m_account.type == core::AccountType::Company ? tr("Company") : tr("Individual or family"),
        u"profileTypeLabel"_s);
    if (m_account.type == core::AccountType::Company)
        add(tr("Company name"), m_account.companyName, u"profileCompanyLabel"_s);
    add(tr("Tags"), m_account.tags.join(u", "_s), u"profileTagsLabel"_s);
    QStringList members;
    for (const core::TeamMember& m : std::as_const(m_reference.teamMembers)) {
        if (m_account.teamMemberIds.contains(m.id))
            members.append(m.name);
    }
    add(tr("Team members"), members.join(u", "_s), u"profileTeamLabel"_s);
    QString folderTemplate = tr("Standard folders");
    for (const core::FolderTemplate& t : std::as_const(m_reference.folderTemplates)) {
        if (m_account.folderTemplateId == t.id)
            folderTemplate = t.name;
    }
    add(tr("Folder template"), folderTemplate, u"profileFolderTemplateLabel"_s);
    for (const core::CustomFieldDefinition& def :
         m_reference.customFieldsOf(core::CustomFieldScope::Account)) {
        const QJsonValue value = m_account.customFields.value(core::toWireId(def.id));
        if (!value.isUndefined() && !value.isNull())
            add(def.name, customValueText(def, value), u"profileField_"_s + core::toWireId(def.id));
    }
}

void AccountProfile::showContacts()
{
    while (QLayoutItem* item = m_contactsGrid->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        delete item;
    }
    const QStringList headers = {tr("Contact"), tr("Portal"),     tr("LOGIN"),
                                 tr("NOTIFY"),  tr("EMAIL SYNC"), QString()};
    for (int c = 0; c < headers.size(); ++c) {
        auto* h = new QLabel(headers.at(c), m_contactsBox);
        QFont bold = h->font();
        bold.setBold(true);
        h->setFont(bold);
        m_contactsGrid->addWidget(h, 0, c);
    }
    const bool lastOne = m_account.contacts.size() <= 1;
    for (int i = 0; i < m_account.contacts.size(); ++i) {
        const core::AccountContact& entry = m_account.contacts.at(i);
        const core::Contact& c = entry.contact;
        const int row = i + 1;
        const QString who = personName(c);
        auto* name = new QLabel(c.email.isEmpty() ? who : who + u"\n"_s + c.email, m_contactsBox);
        name->setObjectName(u"profileContactName_"_s + QString::number(i));
        name->setTextFormat(Qt::PlainText);
        m_contactsGrid->addWidget(name, row, 0);
        auto* status = new QLabel(portalStatusText(entry.portalStatus), m_contactsBox);
        status->setObjectName(u"profileContactStatus_"_s + QString::number(i));
        m_contactsGrid->addWidget(status, row, 1);
        const QList<std::pair<QString, bool>> switches = {
            {u"login"_s, entry.switches.login},
            {u"notify"_s, entry.switches.notify},
            {u"emailSync"_s, entry.switches.emailSync}};
        for (int s = 0; s < switches.size(); ++s) {
            auto* check = new QCheckBox(m_contactsBox);
            const QString& which = switches.at(s).first;
            check->setObjectName(which + u"Switch_"_s + QString::number(i));
            check->setChecked(switches.at(s).second);
            check->setAccessibleName(tr("%1 for %2").arg(headers.at(2 + s), who));
            connect(check, &QCheckBox::toggled, this,
                    [this, i, which](bool on) { switchToggled(i, which, on); });
            m_contactsGrid->addWidget(check, row, 2 + s, Qt::AlignCenter);
        }
        auto* unlinkButton = new QPushButton(tr("Unlink"), m_contactsBox);
        unlinkButton->setObjectName(u"unlinkButton_"_s + QString::number(i));
        unlinkButton->setAccessibleName(tr("Unlink %1 from the account").arg(who));
        unlinkButton->setEnabled(!lastOne);
        if (lastOne)
            unlinkButton->setToolTip(tr("An account needs at least one contact."));
        connect(unlinkButton, &QPushButton::clicked, this, [this, i] { unlink(i); });
        m_contactsGrid->addWidget(unlinkButton, row, 5);
    }
    m_contactsGrid->setColumnStretch(0, 1);
}

void AccountProfile::switchToggled(int row, const QString& which, bool on)
{
    if (row < 0 || row >= m_account.contacts.size())
        return;
    if (which == u"login" && on) {
        turnLoginOn(row);
        return;
    }
    core::AccountContact entry = linkedEntry(row);
    if (which == u"login")
        entry.switches.login = on;
    else if (which == u"notify")
        entry.switches.notify = on;
    else
        entry.switches.emailSync = on;
    applyLink(entry, true);
}

void AccountProfile::turnLoginOn(int row)
{
    core::AccountContact entry = linkedEntry(row);
    if (entry.contact.email.trimmed().isEmpty()) {
        // R-SW-4: portal access needs an email address.
        QMessageBox::information(this, tr("No email address"),
                                 tr("%1 has no email address. Portal access (LOGIN) needs one: "
                                    "add it to the contact first.")
                                     .arg(personName(entry.contact)));
        showContacts();
        return;
    }
    entry.switches.login = true;
    InvitationDialog dialog(core::effectiveAccountName(m_account, m_reference.nameFormat),
                            {{entry.contact.id, personName(entry.contact), entry.contact.email}},
                            this);
    const int choice = dialog.exec();
    if (choice != InvitationDialog::Send && choice != InvitationDialog::Skip) {
        showContacts(); // closed: LOGIN stays off
        return;
    }
    if (!applyLink(entry, true))
        return;
    if (choice == InvitationDialog::Send && m_services.sendInvitation)
        m_services.sendInvitation(m_accountId, entry.contact.id, dialog.message());
}

void AccountProfile::unlink(int row)
{
    if (row < 0 || row >= m_account.contacts.size() || m_account.contacts.size() <= 1)
        return;
    const core::AccountContact entry = linkedEntry(row);
    const auto answer =
        QMessageBox::question(this, tr("Unlink contact"),
                              tr("Unlink %1 from this account? The contact itself is kept.")
                                  .arg(personName(entry.contact)));
    if (answer == QMessageBox::Yes)
        applyLink(entry, false);
}

void AccountProfile::linkContact()
{
    QList<QUuid> linked;
    for (const core::AccountContact& e : std::as_const(m_account.contacts))
        linked.append(e.contact.id);
    LinkContactDialog dialog(m_reference, m_services.contacts, linked, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    core::AccountContact entry = dialog.entry();
    const bool login = entry.switches.login;
    // LOGIN is switched on through the invitation dialog, as on the Info tab (R-INV-4).
    entry.switches.login = false;
    if (!applyLink(entry, true))
        return;
    if (login) {
        entry.contact.id = entry.existingContactId.value_or(entry.contact.id);
        for (int i = 0; i < m_account.contacts.size(); ++i) {
            if (m_account.contacts.at(i).contact.id == entry.contact.id)
                turnLoginOn(i);
        }
    }
}

core::AccountContact AccountProfile::linkedEntry(int row) const
{
    // A contact on the account is addressed as an existing one.
    core::AccountContact entry = m_account.contacts.at(row);
    entry.existingContactId = entry.contact.id;
    return entry;
}

bool AccountProfile::applyLink(const core::AccountContact& entry, bool linked)
{
    const bool ok = m_services.setLink && m_services.setLink(m_accountId, entry, linked);
    if (!ok) {
        QMessageBox::warning(this, tr("Not saved"),
                             tr("The change could not be saved on this computer. Please try "
                                "again."));
    }
    reload();
    return ok;
}

} // namespace kontor::ui
