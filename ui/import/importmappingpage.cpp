#include "importmappingpage.h"

#include "importwizard.h"

#include "app/import/importtables.h"
#include "app/localstore.h"

#include "core/import/automapper.h"
#include "core/import/rowinterpreter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kontor::ui {

namespace {

core::ImportContext contextOf(app::LocalStore& store)
{
    core::ImportContext context;
    context.nameFormat = store.firmSettings().nameFormat;
    context.customFields = store.customFields(core::CustomFieldScope::Account) +
                           store.customFields(core::CustomFieldScope::Contact);
    context.teamMembers = store.teamMembers();
    return context;
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard* wizard)
    : m_wizard(wizard)
{
    setObjectName(u"importMappingPage"_s);
    setTitle(tr("Columns"));
    setSubTitle(tr("Choose what each column is imported as. Rows are contacts; rows with the "
                   "same account name become one account."));
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(u"mappingTable"_s);
    m_table->setAccessibleName(tr("Column mapping"));
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Example"), tr("Import as")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab moves to the next box, not the next cell
    m_readAs = new QLabel(this);
    m_readAs->setObjectName(u"readAsLabel"_s);
    m_readAs->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(u"mappingMessage"_s);
    m_message->setWordWrap(true);
    m_save = new QCheckBox(tr("&Save this mapping for the next import"), this);
    m_save->setObjectName(u"saveMappingBox"_s);
    m_save->setChecked(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_readAs);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_save);
}

QComboBox* ImportMappingPage::fieldBox(const core::ColumnMapping& column)
{
    auto* box = new QComboBox(m_table);
    box->setAccessibleName(tr("Import “%1” as").arg(column.header));
    for (int i = 0; i < core::importFieldCount; ++i) {
        const auto field = core::ImportField(i);
        if (!core::isCustomField(field))
            box->addItem(core::importFieldLabel(field), core::ColumnMapping{{}, field, {}}.key());
    }
    app::LocalStore& store = m_wizard->store();
    for (const core::CustomFieldScope scope :
         {core::CustomFieldScope::Account, core::CustomFieldScope::Contact}) {
        const auto field = scope == core::CustomFieldScope::Account
                               ? core::ImportField::AccountCustomField
                               : core::ImportField::ContactCustomField;
        for (const core::CustomFieldDefinition& d : store.customFields(scope)) {
            box->addItem(u"%1: %2"_s.arg(core::importFieldLabel(field), d.name),
                         core::ColumnMapping{{}, field, d.name}.key());
        }
    }
    box->setCurrentIndex(qMax(0, box->findData(column.key())));
    connect(box, &QComboBox::currentIndexChanged, this, &ImportMappingPage::completeChanged);
    return box;
}

void ImportMappingPage::initializePage()
{
    const QStringList& columns = m_wizard->columns();
    m_readAs->setText(m_wizard->readAs());
    app::LocalStore& store = m_wizard->store();
    const core::ImportContext context = contextOf(store);
    const core::ImportMapping automatic = core::autoMap(columns, context.customFields);
    std::optional<core::ImportMapping> given = m_wizard->settings().mapping;
    if (!given)
        given = app::importtables::savedMapping(store.database());
    const core::ImportMapping mapping = given ? given->appliedTo(columns, &automatic) : automatic;
    m_table->setRowCount(int(columns.size()));
    QWidget* previous = m_table;
    for (int i = 0; i < columns.size(); ++i) {
        auto* header = new QTableWidgetItem(columns.at(i));
        m_table->setItem(i, 0, header);
        QStringList examples;
        for (const QStringList& row : m_wizard->sampleRows()) {
            const QString value = row.value(i).trimmed();
            if (!value.isEmpty() && !examples.contains(value))
                examples.append(value);
        }
        m_table->setItem(i, 1, new QTableWidgetItem(examples.join(u" · "_s)));
        QComboBox* box = fieldBox(mapping.columns.value(i, {columns.at(i), {}, {}}));
        box->setObjectName(u"fieldBox%1"_s.arg(i));
        m_table->setCellWidget(i, 2, box);
        // Made after the page's other widgets: Tab goes down the boxes, then to the check box.
        QWidget::setTabOrder(previous, box);
        previous = box;
    }
    QWidget::setTabOrder(previous, m_save);
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(2);
    Q_EMIT completeChanged();
}

core::ImportMapping ImportMappingPage::mapping() const
{
    core::ImportMapping mapping;
    for (int i = 0; i < m_table->rowCount(); ++i) {
        const auto* box = qobject_cast<QComboBox*>(m_table->cellWidget(i, 2));
        const QString key = box ? box->currentData().toString() : QString();
        const QString name = key.section(u':', 0, 0);
        core::ColumnMapping column;
        column.header = m_table->item(i, 0)->text();
        column.field = core::importFieldFromWireName(name).value_or(core::ImportField::Ignore);
        column.customField = key.section(u':', 1);
        mapping.columns.append(column);
    }
    return mapping;
}

bool ImportMappingPage::isComplete() const
{
    const core::RowInterpreter interpreter(mapping(), contextOf(m_wizard->store()));
    QStringList problems;
    for (const core::RowIssue& issue : interpreter.mappingIssues())
        problems.append(issue.message());
    m_message->setText(problems.join(u'\n'));
    return problems.isEmpty();
}

bool ImportMappingPage::validatePage()
{
    const core::ImportMapping chosen = mapping();
    m_wizard->settings().mapping = chosen;
    if (m_save->isChecked())
        app::importtables::saveMapping(m_wizard->store().database(), chosen);
    return true;
}

} // namespace kontor::ui
