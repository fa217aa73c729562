#include "contacteditor.h"

#include "contactsearch.h"
#include "customfieldsform.h"
#include "phonelisteditor.h"
#include "tagpicker.h"

#include "core/nameformat.h"
#include "core/textlimits.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kontor::ui {

ContactEditor::ContactEditor(const ReferenceData& reference, ContactDirectory directory,
                             QWidget* parent)
    : QGroupBox(parent)
    , m_directory(std::move(directory))
    , m_newId(QUuid::createUuid())
    , m_errors(new ErrorDisplay(this))
    , m_newRadio(new QRadioButton(tr("New contact"), this))
    , m_existingRadio(new QRadioButton(tr("&Link existing contact"), this))
    , m_removeButton(new QPushButton(tr("Remove contact"), this))
{
    m_newRadio->setObjectName(u"newContactRadio"_s);
    m_existingRadio->setObjectName(u"existingContactRadio"_s);
    m_removeButton->setObjectName(u"removeContactButton"_s);
    m_removeButton->setAutoDefault(false);
    auto* group = new QButtonGroup(this);
    group->addButton(m_newRadio);
    group->addButton(m_existingRadio);
    m_newRadio->setChecked(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_newRadio);
    top->addWidget(m_existingRadio);
    top->addStretch();
    top->addWidget(m_removeButton);

    m_existingPanel = buildExistingPanel();
    m_newPanel = buildNewPanel(reference);
    m_switchesBox = buildSwitches();
    m_otherError = makeErrorLabel(this, this);
    m_otherError->setObjectName(u"contactError"_s);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_existingPanel);
    layout->addWidget(m_newPanel);
    layout->addWidget(m_switchesBox);
    layout->addWidget(m_otherError);

    connect(m_newRadio, &QRadioButton::toggled, this, [this] {
        updateMode();
        Q_EMIT changed();
    });
    connect(m_removeButton, &QPushButton::clicked, this, &ContactEditor::removeRequested);
    for (ErrorDisplay* display :
         {m_errors, m_phones->errorDisplay(), m_customFields->errorDisplay()}) {
        connect(display, &ErrorDisplay::touchedChanged, this, &ContactEditor::touched);
    }
    updateMode();
    setIndex(0);
}

void ContactEditor::setFieldsOnly()
{
    setMode(Mode::New);
    for (QWidget* w : {static_cast<QWidget*>(m_newRadio), static_cast<QWidget*>(m_existingRadio),
                       static_cast<QWidget*>(m_removeButton), m_switchesBox})
        w->hide();
}

QWidget* ContactEditor::buildExistingPanel()
{
    m_search = new ContactSearch(m_directory, this);
    m_errors->add(u"existing_contact_id"_s, m_search->input(), m_search->errorLabel());
    connect(m_search, &ContactSearch::chosenChanged, this, [this] {
        setMode(Mode::Existing);
        Q_EMIT changed();
    });
    return m_search;
}

QLineEdit* ContactEditor::addLine(QFormLayout* form, const QString& label, const QString& name,
                                  const QString& path, qsizetype maxLength)
{
    auto* parent = form->parentWidget();
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setMaxLength(static_cast<int>(maxLength));
    auto* cell = new QVBoxLayout;
    cell->addWidget(edit);
    QLabel* error = makeErrorLabel(edit, parent);
    cell->addWidget(error);
    auto* caption = new QLabel(label, parent);
    caption->setBuddy(edit);
    form->addRow(caption, cell);
    m_errors->add(path, edit, error);
    connect(edit, &QLineEdit::textChanged, this, &ContactEditor::changed);
    return edit;
}

QWidget* ContactEditor::buildNewPanel(const ReferenceData& reference)
{
    auto* panel = new QWidget(this);
    auto* form = new QFormLayout(panel);
    form->setContentsMargins(0, 0, 0, 0);
    // Limits a little above the rules' own, so an over-long paste is explained, not cut off.
    const qsizetype slack = 20;
    m_firstName = addLine(form, tr("&First name *"), u"firstNameEdit"_s, u"first_name"_s,
                          core::limits::personName + slack);
    m_middleName = addLine(form, tr("&Middle name"), u"middleNameEdit"_s, u"middle_name"_s,
                           core::limits::personName + slack);
    m_lastName = addLine(form, tr("L&ast name *"), u"lastNameEdit"_s, u"last_name"_s,
                         core::limits::personName + slack);
    m_email = addLine(form, tr("&Email"), u"emailEdit"_s, u"email"_s, core::limits::email + slack);
    m_email->setPlaceholderText(tr("needed for portal access (LOGIN)"));

    m_duplicateLabel = new QLabel(panel);
    m_duplicateLabel->setObjectName(u"duplicateLabel"_s);
    m_duplicateLabel->setWordWrap(true);
    m_duplicateLabel->setTextFormat(Qt::PlainText);
    m_duplicateButton = new QPushButton(tr("Link this contact instead"), panel);
    m_duplicateButton->setObjectName(u"linkDuplicateButton"_s);
    m_duplicateButton->setAutoDefault(false);
    auto* duplicateRow = new QHBoxLayout;
    duplicateRow->addWidget(m_duplicateLabel, 1);
    duplicateRow->addWidget(m_duplicateButton);
    form->addRow(QString(), duplicateRow);
    m_duplicateLabel->hide();
    m_duplicateButton->hide();
    connect(m_duplicateButton, &QPushButton::clicked, this, [this] {
        if (m_duplicate)
            linkExisting(*m_duplicate);
    });

    m_phones = new PhoneListEditor(panel);
    auto* phonesLabel = new QLabel(tr("&Phone numbers"), panel);
    phonesLabel->setBuddy(m_phones->addButton());
    form->addRow(phonesLabel, m_phones);
    connect(m_phones, &PhoneListEditor::changed, this, &ContactEditor::changed);

    auto* addressBox = new QWidget(panel);
    auto* address = new QFormLayout(addressBox);
    address->setContentsMargins(0, 0, 0, 0);
    m_street = addLine(address, tr("S&treet"), u"streetEdit"_s, u"address.street"_s,
                       core::limits::street + slack);
    m_postalCode = addLine(address, tr("P&ostal code"), u"postalCodeEdit"_s,
                           u"address.postal_code"_s, core::limits::postalCode + slack);
    m_city =
        addLine(address, tr("C&ity"), u"cityEdit"_s, u"address.city"_s, core::limits::city + slack);
    m_region = addLine(address, tr("Re&gion"), u"regionEdit"_s, u"address.region"_s,
                       core::limits::region + slack);
    m_country = addLine(address, tr("Co&untry"), u"countryEdit"_s, u"address.country"_s,
                        core::limits::country + slack);
    form->addRow(new QLabel(tr("Address"), panel), addressBox);

    QStringList known;
    for (const core::Tag& t : reference.tags)
        known.append(t.name);
    m_tags = new TagPicker(known, u"contactTags"_s, panel);
    auto* tagsLabel = new QLabel(tr("Tag&s"), panel);
    tagsLabel->setBuddy(m_tags->input());
    auto* tagsCell = new QVBoxLayout;
    tagsCell->addWidget(m_tags);
    QLabel* tagsError = makeErrorLabel(m_tags->input(), panel);
    tagsCell->addWidget(tagsError);
    form->addRow(tagsLabel, tagsCell);
    m_errors->add(u"tags"_s, m_tags->input(), tagsError);
    connect(m_tags, &TagPicker::changed, this, &ContactEditor::changed);

    m_customFields =
        new CustomFieldsForm(reference.customFieldsOf(core::CustomFieldScope::Contact), panel);
    if (!m_customFields->isEmpty())
        form->addRow(m_customFields);
    connect(m_customFields, &CustomFieldsForm::changed, this, &ContactEditor::changed);

    for (QLineEdit* edit : {m_firstName, m_middleName, m_lastName, m_email})
        connect(edit, &QLineEdit::textChanged, this, &ContactEditor::checkDuplicates);
    connect(m_phones, &PhoneListEditor::changed, this, &ContactEditor::checkDuplicates);
    return panel;
}

QWidget* ContactEditor::buildSwitches()
{
    auto* box = new QWidget(this);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    //: The switch names stay in capitals in every language, as in the product's help.
    m_login = new QCheckBox(tr("LOGIN"), box);
    m_login->setObjectName(u"loginSwitch"_s);
    m_login->setToolTip(tr("The contact may sign in to the client portal for this account. "
                           "Needs an email address."));
    m_notify = new QCheckBox(tr("NOTIFY"), box);
    m_notify->setObjectName(u"notifySwitch"_s);
    m_notify->setToolTip(tr("The contact receives the account's notifications and emails."));
    m_notify->setChecked(true);
    m_emailSync = new QCheckBox(tr("EMAIL SYNC"), box);
    m_emailSync->setObjectName(u"emailSyncSwitch"_s);
    m_emailSync->setToolTip(tr("Email with this address appears on the account's email tab."));
    m_emailSync->setChecked(true);
    for (QCheckBox* check : {m_login, m_notify, m_emailSync}) {
        check->setAccessibleDescription(check->toolTip());
        row->addWidget(check);
        connect(check, &QCheckBox::toggled, this, &ContactEditor::changed);
    }
    row->addStretch();
    column->addLayout(row);
    m_switchesError = makeErrorLabel(m_login, box);
    column->addWidget(m_switchesError);
    m_errors->add(u"switches"_s, m_login, m_switchesError);
    return box;
}

void ContactEditor::setIndex(int index)
{
    const QString shown = QString::number(index + 1);
    setObjectName(u"contact_"_s + QString::number(index));
    setTitle(tr("Contact %1").arg(shown));
    setAccessibleName(tr("Contact %1").arg(shown));
    m_newRadio->setAccessibleName(tr("Contact %1: new contact").arg(shown));
    m_existingRadio->setAccessibleName(tr("Contact %1: link existing contact").arg(shown));
    m_removeButton->setAccessibleName(tr("Remove contact %1").arg(shown));
    m_search->input()->setAccessibleName(tr("Contact %1: search by name or email").arg(shown));
    const QList<std::pair<QWidget*, QString>> named = {
        {m_firstName, tr("First name")},
        {m_middleName, tr("Middle name")},
        {m_lastName, tr("Last name")},
        {m_email, tr("Email")},
        {m_street, tr("Street")},
        {m_postalCode, tr("Postal code")},
        {m_city, tr("City")},
        {m_region, tr("Region")},
        {m_country, tr("Country")},
        {m_tags->input(), tr("Tags")},
        {m_login, tr("LOGIN")},
        {m_notify, tr("NOTIFY")},
        {m_emailSync, tr("EMAIL SYNC")},
        {m_duplicateButton, tr("Link this contact instead")},
    };
    for (const auto& [widget, name] : named)
        widget->setAccessibleName(tr("Contact %1: %2").arg(shown, name));
}

ContactEditor::Mode ContactEditor::mode() const
{
    return m_existingRadio->isChecked() ? Mode::Existing : Mode::New;
}

void ContactEditor::setMode(Mode mode)
{
    (mode == Mode::Existing ? m_existingRadio : m_newRadio)->setChecked(true);
}

void ContactEditor::updateMode()
{
    const bool existing = mode() == Mode::Existing;
    m_existingPanel->setVisible(existing);
    m_newPanel->setVisible(!existing);
    if (existing && m_search->isVisible())
        m_search->input()->setFocus();
}

void ContactEditor::setRemovable(bool removable)
{
    m_removeButton->setVisible(removable);
}

QWidget* ContactEditor::firstInput() const
{
    return mode() == Mode::Existing ? static_cast<QWidget*>(m_search->input()) : m_firstName;
}

core::Contact ContactEditor::newContact() const
{
    core::Contact c;
    c.id = m_newId;
    c.firstName = m_firstName->text().trimmed();
    c.middleName = m_middleName->text().trimmed();
    c.lastName = m_lastName->text().trimmed();
    c.email = m_email->text().trimmed();
    c.tags = m_tags->tags();
    c.phones = m_phones->phones();
    // Numbers travel in E.164; one that does not parse stays as typed for the rules to explain.
    for (core::PhoneNumber& phone : c.phones)
        phone.number = core::toE164(phone.number).value_or(phone.number);
    c.address = {m_street->text().trimmed(), m_postalCode->text().trimmed(),
                 m_city->text().trimmed(), m_region->text().trimmed(), m_country->text().trimmed()};
    c.customFields = m_customFields->values();
    return c;
}

core::AccountContact ContactEditor::accountContact() const
{
    core::AccountContact entry;
    entry.switches = {m_login->isChecked(), m_notify->isChecked(), m_emailSync->isChecked()};
    if (mode() == Mode::Existing) {
        // Nothing chosen yet: a null id, which the rules report as not found.
        const std::optional<core::Contact>& linked = m_search->chosen();
        entry.existingContactId = linked ? linked->id : QUuid();
        if (linked)
            entry.contact = *linked;
    } else {
        entry.contact = newContact();
    }
    return entry;
}

void ContactEditor::setAccountContact(const core::AccountContact& entry)
{
    m_login->setChecked(entry.switches.login);
    m_notify->setChecked(entry.switches.notify);
    m_emailSync->setChecked(entry.switches.emailSync);
    if (entry.existingContactId) {
        std::optional<core::Contact> found =
            m_directory.find ? m_directory.find(*entry.existingContactId) : std::nullopt;
        linkExisting(found.value_or(entry.contact));
        return;
    }
    const core::Contact& c = entry.contact;
    if (!c.id.isNull())
        m_newId = c.id;
    m_firstName->setText(c.firstName);
    m_middleName->setText(c.middleName);
    m_lastName->setText(c.lastName);
    m_email->setText(c.email);
    m_tags->setTags(c.tags);
    m_phones->setPhones(c.phones);
    m_street->setText(c.address.street);
    m_postalCode->setText(c.address.postalCode);
    m_city->setText(c.address.city);
    m_region->setText(c.address.region);
    m_country->setText(c.address.country);
    m_customFields->setValues(c.customFields);
    setMode(Mode::New);
}

void ContactEditor::linkExisting(const core::Contact& contact)
{
    m_search->setChosen(contact);
}

void ContactEditor::checkDuplicates()
{
    m_duplicate.reset();
    const core::Contact draft = newContact();
    const bool enough =
        !draft.email.isEmpty() || (!draft.firstName.isEmpty() && !draft.lastName.isEmpty());
    if (enough && m_directory.findDuplicates) {
        const QList<core::Contact> found = m_directory.findDuplicates(draft);
        if (!found.isEmpty())
            m_duplicate = found.constFirst();
    }
    if (m_duplicate) {
        m_duplicateLabel->setText(
            tr("This contact may already exist: %1. Link it instead of creating it twice?")
                .arg(describeContact(*m_duplicate)));
    }
    m_duplicateLabel->setVisible(m_duplicate.has_value());
    m_duplicateButton->setVisible(m_duplicate.has_value());
}

bool ContactEditor::hasPendingRequired() const
{
    return m_errors->hasPendingRequired() || m_phones->errorDisplay()->hasPendingRequired() ||
           m_customFields->errorDisplay()->hasPendingRequired();
}

void ContactEditor::markAllTouched()
{
    m_errors->markAllTouched();
    m_phones->errorDisplay()->markAllTouched();
    m_customFields->errorDisplay()->markAllTouched();
}

void ContactEditor::showErrors(const FieldErrors& errors)
{
    FieldErrors mine;
    FieldErrors phones;
    FieldErrors custom;
    const bool existing = mode() == Mode::Existing;
    for (FieldError e : errors) {
        if (existing) {
            // A linked contact's email is not edited here: LOGIN is what the user can change.
            if (e.path == u"email")
                e.path = u"switches"_s;
            if (e.path == u"existing_contact_id" && !m_search->chosen()) {
                e.code = core::code::required;
                e.message = tr("Search for a contact by name or email and choose it.");
            }
            mine.append(e);
        } else if (pathIsUnder(e.path, u"phones"_s)) {
            phones.append(e);
        } else if (pathIsUnder(e.path, u"custom_fields"_s)) {
            custom.append(e);
        } else {
            mine.append(e);
        }
    }
    FieldErrors rest = m_errors->show(mine);
    for (const FieldError& e : m_phones->showErrors(errorsUnder(phones, u"phones"_s)))
        rest.append({core::joinPath(u"phones"_s, e.path), e.code, e.message});
    for (const FieldError& e : m_customFields->showErrors(errorsUnder(custom, u"custom_fields"_s)))
        rest.append({core::joinPath(u"custom_fields"_s, e.path), e.code, e.message});
    QStringList texts;
    for (const FieldError& e : std::as_const(rest))
        texts.append(e.message);
    m_otherError->setText(texts.join(u'\n'));
    m_otherError->setVisible(!texts.isEmpty());
}

} // namespace kontor::ui
