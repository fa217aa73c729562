#include "conflictsdialog.h"

#include "core/accountnaming.h"
#include "core/nameformat.h"
#include "core/syncprotocol.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kontor::ui {

namespace {
enum Column { RecordColumn, FieldColumn, ServerColumn, MineColumn };
} // namespace

ConflictsDialog::ConflictsDialog(const ClientServices& services, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_list(new QTreeWidget(this))
{
    setObjectName(u"conflictsDialog"_s);
    setWindowTitle(tr("Conflicts"));
    if (m_services.referenceData)
        m_reference = m_services.referenceData();
    auto* note = new QLabel(tr("These fields were changed here and by a colleague at the same "
                               "time. The server kept its value. Choose which value stays."),
                            this);
    note->setWordWrap(true);
    auto* label = new QLabel(tr("&Conflicting fields:"), this);
    label->setBuddy(m_list);
    m_list->setObjectName(u"conflictList"_s);
    m_list->setAccessibleName(tr("Conflicting fields"));
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setHeaderLabels(
        {tr("Account or contact"), tr("Field"), tr("Value on the server"), tr("Your value")});
    m_list->header()->setStretchLastSection(true);

    // A row of plain buttons: a QDialogButtonBox with added buttons loses "Schließen" from
    // the Tab chain.
    m_keepServer = new QPushButton(tr("&Keep server value"), this);
    m_keepServer->setObjectName(u"keepServerButton"_s);
    m_useMine = new QPushButton(tr("&Use my value"), this);
    m_useMine->setObjectName(u"useMineButton"_s);
    auto* close = new QPushButton(tr("Close"), this);
    close->setObjectName(u"closeButton"_s);
    for (QPushButton* b : {m_keepServer, m_useMine, close})
        b->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_keepServer);
    buttons->addWidget(m_useMine);
    buttons->addStretch();
    buttons->addWidget(close);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_keepServer, &QPushButton::clicked, this,
            [this] { resolve(app::ConflictChoice::KeepServer); });
    connect(m_useMine, &QPushButton::clicked, this,
            [this] { resolve(app::ConflictChoice::UseMine); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(label);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    resize(820, 420);
    reload();
}

QString ConflictsDialog::fieldLabel(const QString& kind, const QString& field)
{
    const bool contact = kind == core::opkind::contactUpdate;
    if (field == u"name")
        return tr("Account name");
    if (field == u"company_name")
        return tr("Company name");
    if (field == u"tags")
        return tr("Tags");
    if (field == u"team_member_ids")
        return tr("Team members");
    if (field == u"folder_template_id")
        return tr("Folder template");
    if (field == u"custom_fields")
        return tr("Custom fields");
    if (field == u"type")
        return tr("Client type");
    if (field == u"first_name")
        return tr("First name");
    if (field == u"middle_name")
        return tr("Middle name");
    if (field == u"last_name")
        return tr("Last name");
    if (field == u"email")
        return tr("Email");
    if (field == u"phones")
        return tr("Phone numbers");
    if (field == u"address")
        return tr("Address");
    return contact ? tr("Contact field “%1”").arg(field) : tr("Account field “%1”").arg(field);
}

QString ConflictsDialog::valueText(const QString& field, const QJsonValue& value) const
{
    // Ids as names, lists joined, nothing raw where a person reads it.
    auto nameOf = [this, &field](const QString& text) {
        const QUuid id(text);
        if (field == u"team_member_ids") {
            for (const core::TeamMember& m : m_reference.teamMembers) {
                if (m.id == id)
                    return m.name;
            }
        } else if (field == u"folder_template_id") {
            for (const core::FolderTemplate& t : m_reference.folderTemplates) {
                if (t.id == id)
                    return t.name;
            }
        }
        return text;
    };
    if (value.isNull() || value.isUndefined())
        return tr("(empty)");
    if (value.isString())
        return value.toString().isEmpty() ? tr("(empty)") : nameOf(value.toString());
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (value.isDouble())
        return QLocale().toString(value.toDouble(), 'g', 15);
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& v : value.toArray()) {
            if (v.isObject() && v.toObject().contains(u"number"_s))
                items.append(v.toObject().value(u"number"_s).toString());
            else
                items.append(valueText(field, v));
        }
        return items.isEmpty() ? tr("(empty)") : items.join(u", "_s);
    }
    QStringList parts;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString text = valueText(field, it.value());
        if (text == tr("(empty)"))
            continue;
        // Custom fields are keyed by their definition's id: show its name.
        QString key = it.key();
        for (const core::CustomFieldDefinition& def : m_reference.customFields) {
            if (core::toWireId(def.id) == key)
                key = def.name;
        }
        parts.append(field == u"address" ? text : key + u": "_s + text);
    }
    return parts.isEmpty() ? tr("(empty)") : parts.join(u", "_s);
}

QString ConflictsDialog::recordName(const app::FieldConflictItem& item) const
{
    if (!item.contactId.isNull() && m_services.contacts.find) {
        if (const std::optional<core::Contact> c = m_services.contacts.find(item.contactId))
            return core::formatPersonName(core::NameFormat::FirstMiddleLast, c->firstName,
                                          c->middleName, c->lastName);
    }
    if (!item.accountId.isNull() && m_services.loadAccount) {
        if (const std::optional<core::Account> a = m_services.loadAccount(item.accountId))
            return core::effectiveAccountName(*a, m_reference.nameFormat);
    }
    return tr("(unknown)");
}

void ConflictsDialog::reload()
{
    const int row = m_list->currentIndex().row();
    m_items = m_services.conflicts ? m_services.conflicts() : QList<app::FieldConflictItem>{};
    m_list->clear();
    for (const app::FieldConflictItem& c : std::as_const(m_items)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(RecordColumn, recordName(c));
        item->setText(FieldColumn, fieldLabel(c.kind, c.field));
        item->setText(ServerColumn, valueText(c.field, c.serverValue));
        item->setText(MineColumn, valueText(c.field, c.clientValue));
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(
            m_list->topLevelItem(std::clamp(row, 0, m_list->topLevelItemCount() - 1)));
    const bool any = !m_items.isEmpty();
    m_keepServer->setEnabled(any);
    m_useMine->setEnabled(any);
}

void ConflictsDialog::resolve(app::ConflictChoice choice)
{
    const int row = m_list->currentIndex().row();
    if (row < 0 || row >= m_items.size() || !m_services.resolveConflict)
        return;
    const app::FieldConflictItem& item = m_items.at(row);
    const core::Violations errors = m_services.resolveConflict(item.opId, item.field, choice);
    if (!errors.isEmpty()) {
        QStringList messages;
        for (const core::Violation& v : errors)
            messages.append(v.message());
        QMessageBox::warning(this, tr("Conflict not resolved"), messages.join(u'\n'));
    }
    reload();
}

} // namespace kontor::ui
