#include "accountinfopage.h"

#include "customfieldsform.h"
#include "tagpicker.h"
#include "teammemberpicker.h"

#include "core/textlimits.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kontor::ui {

namespace {
QVBoxLayout* fieldCell(QWidget* field, QLabel* error)
{
    auto* cell = new QVBoxLayout;
    cell->addWidget(field);
    cell->addWidget(error);
    return cell;
}
} // namespace

AccountInfoPage::AccountInfoPage(const ReferenceData& reference, QWidget* parent)
    : QWizardPage(parent)
    , m_reference(reference)
    , m_errors(new ErrorDisplay(this))
{
    setObjectName(u"accountInfoPage"_s);
    setTitle(tr("Account information"));
    setSubTitle(tr("Who is the client? Fields marked with * are required."));

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus); // a Tab stop of its own helps nobody
    scroll->setFrameShape(QFrame::NoFrame);
    auto* body = new QWidget(scroll);
    auto* form = new QFormLayout(body);

    m_individual = new QRadioButton(tr("&Individual or family"), body);
    m_individual->setObjectName(u"individualRadio"_s);
    m_company = new QRadioButton(tr("Compan&y"), body);
    m_company->setObjectName(u"companyRadio"_s);
    auto* typeGroup = new QButtonGroup(this);
    typeGroup->addButton(m_individual);
    typeGroup->addButton(m_company);
    m_individual->setChecked(true);
    auto* typeRow = new QHBoxLayout;
    typeRow->addWidget(m_individual);
    typeRow->addWidget(m_company);
    typeRow->addStretch();
    form->addRow(new QLabel(tr("Client type"), body), typeRow);
    m_individual->setAccessibleName(tr("Client type: individual or family"));
    m_company->setAccessibleName(tr("Client type: company"));

    m_companyCell = new QWidget(body);
    m_companyName = new QLineEdit(m_companyCell);
    m_companyName->setObjectName(u"companyNameEdit"_s);
    m_companyName->setAccessibleName(tr("Company name"));
    m_companyName->setMaxLength(static_cast<int>(core::limits::companyName + 20));
    m_companyLabel = new QLabel(tr("&Company name *"), body);
    m_companyLabel->setBuddy(m_companyName);
    QLabel* companyError = makeErrorLabel(m_companyName, m_companyCell);
    QVBoxLayout* companyLayout = fieldCell(m_companyName, companyError);
    companyLayout->setContentsMargins(0, 0, 0, 0);
    m_companyCell->setLayout(companyLayout);
    form->addRow(m_companyLabel, m_companyCell);
    m_errors->add(u"company_name"_s, m_companyName, companyError);

    m_name = new QLineEdit(body);
    m_name->setObjectName(u"accountNameEdit"_s);
    m_name->setAccessibleName(tr("Account name"));
    m_name->setAccessibleDescription(tr("Optional. Left empty, the account is named after the "
                                        "company or the first contact."));
    m_name->setMaxLength(static_cast<int>(core::limits::accountName + 20));
    auto* nameLabel = new QLabel(tr("&Account name"), body);
    nameLabel->setBuddy(m_name);
    QLabel* nameError = makeErrorLabel(m_name, body);
    form->addRow(nameLabel, fieldCell(m_name, nameError));
    m_errors->add(u"name"_s, m_name, nameError);

    QStringList known;
    for (const core::Tag& t : reference.tags)
        known.append(t.name);
    m_tags = new TagPicker(known, u"accountTags"_s, body);
    auto* tagsLabel = new QLabel(tr("&Tags"), body);
    tagsLabel->setBuddy(m_tags->input());
    QLabel* tagsError = makeErrorLabel(m_tags->input(), body);
    form->addRow(tagsLabel, fieldCell(m_tags, tagsError));
    m_errors->add(u"tags"_s, m_tags->input(), tagsError);

    m_team = new TeamMemberPicker(reference.teamMembers, reference.currentUserId, body);
    m_team->setObjectName(u"teamMembersList"_s);
    auto* teamLabel = new QLabel(tr("Team &members"), body);
    teamLabel->setBuddy(m_team);
    teamLabel->setToolTip(tr("Team members given access are notified."));
    QLabel* teamError = makeErrorLabel(m_team, body);
    form->addRow(teamLabel, fieldCell(m_team, teamError));
    m_errors->add(u"team_member_ids"_s, m_team, teamError);

    m_folderTemplate = new QComboBox(body);
    m_folderTemplate->setObjectName(u"folderTemplateCombo"_s);
    m_folderTemplate->setAccessibleName(tr("Folder template"));
    m_folderTemplate->addItem(tr("Standard folders"), QUuid());
    for (const core::FolderTemplate& t : reference.folderTemplates)
        m_folderTemplate->addItem(t.name, t.id);
    if (reference.defaultFolderTemplateId) {
        m_folderTemplate->setCurrentIndex(
            std::max(0, m_folderTemplate->findData(*reference.defaultFolderTemplateId)));
    }
    m_folderPreview = new QLabel(body);
    m_folderPreview->setObjectName(u"folderPreviewLabel"_s);
    m_folderPreview->setWordWrap(true);
    m_folderPreview->setTextFormat(Qt::PlainText);
    auto* folderLabel = new QLabel(tr("&Folder template"), body);
    folderLabel->setBuddy(m_folderTemplate);
    QLabel* folderError = makeErrorLabel(m_folderTemplate, body);
    auto* folderCell = fieldCell(m_folderTemplate, m_folderPreview);
    folderCell->addWidget(folderError);
    form->addRow(folderLabel, folderCell);
    m_errors->add(u"folder_template_id"_s, m_folderTemplate, folderError);

    m_customFields =
        new CustomFieldsForm(reference.customFieldsOf(core::CustomFieldScope::Account), body);
    if (!m_customFields->isEmpty()) {
        auto* heading = new QLabel(tr("Custom fields"), body);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        form->addRow(heading);
        form->addRow(m_customFields);
    }

    m_otherErrors = makeErrorLabel(this, body);
    m_otherErrors->setObjectName(u"accountErrors"_s);
    form->addRow(m_otherErrors);
    scroll->setWidget(body);

    m_hint = new QLabel(this);
    m_hint->setObjectName(u"pageHint"_s);
    m_hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    layout->addWidget(m_hint);

    connect(m_company, &QRadioButton::toggled, this, [this] {
        updateType();
        Q_EMIT changed();
    });
    for (QLineEdit* edit : {m_name, m_companyName})
        connect(edit, &QLineEdit::textChanged, this, &AccountInfoPage::changed);
    connect(m_tags, &TagPicker::changed, this, &AccountInfoPage::changed);
    connect(m_team, &TeamMemberPicker::changed, this, &AccountInfoPage::changed);
    connect(m_folderTemplate, &QComboBox::currentIndexChanged, this, [this] {
        updateFolderPreview();
        Q_EMIT changed();
    });
    connect(m_customFields, &CustomFieldsForm::changed, this, &AccountInfoPage::changed);
    for (ErrorDisplay* display : {m_errors, m_customFields->errorDisplay()})
        connect(display, &ErrorDisplay::touchedChanged, this, &AccountInfoPage::updateHint);
    updateType();
    updateFolderPreview();
}

void AccountInfoPage::fill(core::Account& account) const
{
    account.type =
        m_company->isChecked() ? core::AccountType::Company : core::AccountType::Individual;
    account.name = m_name->text().trimmed();
    // A company name typed before switching to "Einzelperson" is not part of the account.
    account.companyName = m_company->isChecked() ? m_companyName->text().trimmed() : QString();
    account.tags = m_tags->tags();
    account.teamMemberIds = m_team->selectedIds();
    const QUuid folderTemplate = m_folderTemplate->currentData().toUuid();
    account.folderTemplateId =
        folderTemplate.isNull() ? std::nullopt : std::optional<QUuid>(folderTemplate);
    account.customFields = m_customFields->values();
}

void AccountInfoPage::load(const core::Account& account)
{
    (account.type == core::AccountType::Company ? m_company : m_individual)->setChecked(true);
    m_name->setText(account.name);
    m_companyName->setText(account.companyName);
    m_tags->setTags(account.tags);
    m_team->setSelectedIds(account.teamMemberIds);
    m_folderTemplate->setCurrentIndex(
        account.folderTemplateId
            ? std::max(0, m_folderTemplate->findData(*account.folderTemplateId))
            : 0);
    m_customFields->setValues(account.customFields);
}

void AccountInfoPage::setGeneratedName(const QString& name)
{
    m_name->setPlaceholderText(name.isEmpty() ? tr("generated from the first contact's name")
                                              : name);
}

void AccountInfoPage::showErrors(const FieldErrors& errors)
{
    FieldErrors custom;
    FieldErrors mine;
    for (const FieldError& e : errors)
        (pathIsUnder(e.path, u"custom_fields"_s) ? custom : mine).append(e);
    FieldErrors rest = m_errors->show(mine);
    rest += m_customFields->showErrors(errorsUnder(custom, u"custom_fields"_s));
    QStringList texts;
    for (const FieldError& e : std::as_const(rest))
        texts.append(e.message);
    m_otherErrors->setText(texts.join(u'\n'));
    m_otherErrors->setVisible(!texts.isEmpty());
    updateHint();
}

void AccountInfoPage::setValid(bool valid)
{
    if (valid == m_valid)
        return;
    m_valid = valid;
    Q_EMIT completeChanged();
}

bool AccountInfoPage::isComplete() const
{
    return m_valid;
}

QWidget* AccountInfoPage::firstInput() const
{
    return m_company->isChecked() ? m_company : m_individual;
}

void AccountInfoPage::updateType()
{
    const bool company = m_company->isChecked();
    m_companyLabel->setVisible(company);
    m_companyCell->setVisible(company);
}

void AccountInfoPage::updateHint()
{
    const bool pending =
        m_errors->hasPendingRequired() || m_customFields->errorDisplay()->hasPendingRequired();
    m_hint->setText(pending ? tr("Fill in the fields marked with * to continue.") : QString());
    m_hint->setVisible(pending);
}

void AccountInfoPage::updateFolderPreview()
{
    const QUuid id = m_folderTemplate->currentData().toUuid();
    QList<core::FolderNode> folders = core::FolderTemplate::defaultFolders();
    for (const core::FolderTemplate& t : m_reference.folderTemplates) {
        if (t.id == id)
            folders = t.folders;
    }
    QStringList names;
    for (const core::FolderNode& node : std::as_const(folders))
        names.append(node.name);
    m_folderPreview->setText(tr("Folders: %1").arg(names.join(u", "_s)));
}

} // namespace kontor::ui
