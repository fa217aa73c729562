#include "importpreviewpage.h"

#include "importpreviewmodel.h"
#include "importwizard.h"

#include "app/localstore.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kontor::ui {

namespace {

QComboBox* choiceBox(QWidget* parent, const QString& name)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(name);
    box->addItem(ImportPreviewPage::tr("Skip"), int(app::DuplicateChoice::Skip));
    box->addItem(ImportPreviewPage::tr("Update"), int(app::DuplicateChoice::Update));
    box->addItem(ImportPreviewPage::tr("Create anyway"), int(app::DuplicateChoice::Create));
    return box;
}

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportWizard* wizard)
    : m_wizard(wizard)
    , m_model(new ImportPreviewModel(this))
{
    setObjectName(u"importPreviewPage"_s);
    setTitle(tr("Preview"));
    setSubTitle(tr("Nothing is written yet. Check what happens to each row, and choose what to "
                   "do with accounts and contacts that exist already."));
    setCommitPage(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"planProgress"_s);
    m_progress->setAccessibleName(tr("Reading the file"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"planSummary"_s);
    m_summary->setWordWrap(true);

    m_accounts = choiceBox(this, u"accountChoiceBox"_s);
    m_accountsLabel = new QLabel(this);
    m_accountsLabel->setBuddy(m_accounts);
    m_contacts = choiceBox(this, u"contactChoiceBox"_s);
    m_contactsLabel = new QLabel(this);
    m_contactsLabel->setBuddy(m_contacts);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(u"filterBox"_s);
    auto* filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);
    for (app::RowLabel label : {app::RowLabel::None, app::RowLabel::Create, app::RowLabel::Update,
                                app::RowLabel::Link, app::RowLabel::Skip, app::RowLabel::Error}) {
        m_filter->addItem({}, int(label));
    }
    auto* choices = new QGridLayout;
    choices->addWidget(m_accountsLabel, 0, 0);
    choices->addWidget(m_accounts, 0, 1);
    choices->addWidget(m_contactsLabel, 1, 0);
    choices->addWidget(m_contacts, 1, 1);
    choices->addWidget(filterLabel, 2, 0);
    choices->addWidget(m_filter, 2, 1);
    choices->setColumnStretch(2, 1);

    m_table = new QTableView(this);
    m_table->setObjectName(u"previewTable"_s);
    m_table->setAccessibleName(tr("Rows of the file"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    m_table->horizontalHeader()->setSectionResizeMode(ImportPreviewModel::ReasonColumn,
                                                      QHeaderView::Stretch);
    for (int column : {ImportPreviewModel::RowColumn, ImportPreviewModel::LabelColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_export = new QPushButton(tr("E&xport errors…"), this);
    m_export->setObjectName(u"exportErrorsButton"_s);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addLayout(choices);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_export, 0, Qt::AlignLeft);

    connect(&wizard->job(), &app::ImportJob::progress, this, [this](qint64 done, qint64 total) {
        if (m_wizard->currentPage() != this || m_ready)
            return;
        m_progress->setMaximum(1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(&wizard->job(), &app::ImportJob::planned, this, &ImportPreviewPage::onPlanned);
    connect(m_accounts, &QComboBox::currentIndexChanged, this,
            &ImportPreviewPage::onChoicesChanged);
    connect(m_contacts, &QComboBox::currentIndexChanged, this,
            &ImportPreviewPage::onChoicesChanged);
    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setFilter(app::RowLabel(m_filter->currentData().toInt())); });
    connect(m_export, &QPushButton::clicked, this, &ImportPreviewPage::exportErrors);
}

void ImportPreviewPage::initializePage()
{
    m_ready = false;
    m_model->setPlan(nullptr);
    m_progress->setValue(0);
    m_progress->show();
    m_summary->setText(
        tr("Reading “%1”…").arg(QFileInfo(m_wizard->settings().filePath).fileName()));
    for (QWidget* w : {static_cast<QWidget*>(m_accounts), static_cast<QWidget*>(m_contacts),
                       static_cast<QWidget*>(m_filter), static_cast<QWidget*>(m_export)}) {
        w->setEnabled(false);
    }
    // The saved choices (of an import resumed) both shown, not the first of them written back
    // with the other box's old value.
    const app::DuplicateChoices choices = m_wizard->settings().choices;
    const QSignalBlocker blockAccounts(m_accounts);
    const QSignalBlocker blockContacts(m_contacts);
    m_accounts->setCurrentIndex(m_accounts->findData(int(choices.accounts)));
    m_contacts->setCurrentIndex(m_contacts->findData(int(choices.contacts)));
    app::PlanOptions options;
    options.detailRows = ImportPreviewModel::limit;
    options.cacheDirectory = QFileInfo(m_wizard->store().path()).absolutePath();
    m_wizard->job().startPlan(m_wizard->settings(), options);
    Q_EMIT completeChanged();
}

void ImportPreviewPage::cleanupPage()
{
    m_wizard->job().cancel();
    m_ready = false;
    QWizardPage::cleanupPage();
}

void ImportPreviewPage::onPlanned(bool ok, const QString& error)
{
    if (m_wizard->currentPage() != this)
        return;
    m_progress->hide();
    app::ImportPlan* plan = m_wizard->job().plan();
    if (!ok || !plan) {
        m_summary->setText(error);
        return;
    }
    if (!plan->mappingIssues().isEmpty()) {
        m_summary->setText(tr("No row can be imported with this column mapping: %1")
                               .arg(plan->mappingIssues().constFirst().message()));
        return;
    }
    m_ready = true;
    for (QWidget* w : {static_cast<QWidget*>(m_accounts), static_cast<QWidget*>(m_contacts),
                       static_cast<QWidget*>(m_filter)}) {
        w->setEnabled(true);
    }
    m_model->setPlan(plan);
    showCounts();
}

void ImportPreviewPage::onChoicesChanged()
{
    app::ImportSettings& settings = m_wizard->settings();
    settings.choices = {app::DuplicateChoice(m_accounts->currentData().toInt()),
                        app::DuplicateChoice(m_contacts->currentData().toInt())};
    app::ImportPlan* plan = m_wizard->job().plan();
    if (!m_ready || !plan || m_wizard->job().isBusy())
        return;
    plan->setChoices(settings.choices);
    m_model->refresh();
    showCounts();
}

void ImportPreviewPage::showCounts()
{
    const app::ImportPlan* plan = m_wizard->job().plan();
    const app::ImportCounts& c = plan->counts();
    QString summary =
        tr("Rows: %1. Accounts to create: %2, contacts to create: %3, to link: %4, to update: "
           "%5, to skip: %6, with errors: %7.")
            .arg(c.rows)
            .arg(c.accountsCreate)
            .arg(c.contactsCreate)
            .arg(c.link)
            .arg(c.update)
            .arg(c.skip)
            .arg(c.errorRows);
    if (plan->readError())
        summary += u' ' + tr("Reading stopped early: %1").arg(plan->readError()->message());
    m_summary->setText(summary);
    m_accountsLabel->setText(
        tr("&Accounts that exist already (%1):").arg(plan->accountDuplicates()));
    m_contactsLabel->setText(
        tr("C&ontacts that exist already (%1):").arg(plan->contactDuplicates()));
    const QList<std::pair<app::RowLabel, qint64>> counts = {
        {app::RowLabel::None, c.rows}, {app::RowLabel::Create, -1},
        {app::RowLabel::Update, -1},   {app::RowLabel::Link, c.link},
        {app::RowLabel::Skip, c.skip}, {app::RowLabel::Error, c.errorRows}};
    for (int i = 0; i < m_filter->count(); ++i) {
        const app::RowLabel label = counts.at(i).first;
        const QString text =
            label == app::RowLabel::None ? tr("All rows") : ImportPreviewModel::labelText(label);
        m_filter->setItemText(
            i, counts.at(i).second >= 0 ? u"%1 (%2)"_s.arg(text).arg(counts.at(i).second) : text);
    }
    m_export->setEnabled(!plan->allIssues().isEmpty());
    Q_EMIT completeChanged();
}

void ImportPreviewPage::exportErrors()
{
    const QFileInfo source(m_wizard->settings().filePath);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export errors"),
        source.absoluteDir().filePath(source.completeBaseName() + tr("-errors") + u".csv"_s),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        m_wizard->exportErrors(path);
}

bool ImportPreviewPage::isComplete() const
{
    const app::ImportPlan* plan = m_wizard->job().plan();
    if (!m_ready || !plan || m_wizard->job().isBusy())
        return false;
    const app::ImportCounts& c = plan->counts();
    return c.accountsCreate + c.contactsCreate + c.link + c.update > 0;
}

} // namespace kontor::ui
