#include "draftsdialog.h"

#include "confirmation.h"

#include "core/nameformat.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kontor::ui {

namespace {
enum Column { NameColumn, UpdatedColumn, StatusColumn };
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

DraftsDialog::DraftsDialog(const ClientServices& services, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_list(new QTreeWidget(this))
{
    setObjectName(u"draftsDialog"_s);
    setWindowTitle(tr("Drafts"));
    auto* note = new QLabel(tr("New accounts not created yet. Those marked “Needs attention” "
                               "were refused by the server: open them to fix what it found."),
                            this);
    note->setWordWrap(true);
    auto* label = new QLabel(tr("&Drafts:"), this);
    label->setBuddy(m_list);
    m_list->setObjectName(u"draftList"_s);
    m_list->setAccessibleName(tr("Drafts"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Changed"), tr("Status")});
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);

    // A row of plain buttons: a QDialogButtonBox with added buttons loses "Schließen" from
    // the Tab chain.
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(u"openDraftButton"_s);
    m_discard = new QPushButton(tr("&Discard …"), this);
    m_discard->setObjectName(u"discardDraftButton"_s);
    m_discard->setAutoDefault(false);
    auto* close = new QPushButton(tr("Close"), this);
    close->setObjectName(u"closeButton"_s);
    close->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_discard);
    buttons->addStretch();
    buttons->addWidget(close);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &DraftsDialog::openCurrent);
    connect(m_discard, &QPushButton::clicked, this, &DraftsDialog::discardCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this, &DraftsDialog::openCurrent);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DraftsDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(label);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    resize(640, 400);
    reload();
}

QString DraftsDialog::draftName(const app::Draft& draft)
{
    const core::Account& a = draft.account;
    if (!a.name.trimmed().isEmpty())
        return a.name.trimmed();
    if (!a.companyName.trimmed().isEmpty())
        return a.companyName.trimmed();
    if (!a.contacts.isEmpty()) {
        const core::Contact& c = a.contacts.first().contact;
        const QString name = core::formatPersonName(core::NameFormat::FirstMiddleLast, c.firstName,
                                                    c.middleName, c.lastName)
                                 .trimmed();
        if (!name.isEmpty())
            return name;
    }
    return tr("Untitled");
}

void DraftsDialog::reload()
{
    const QUuid keep = currentDraft();
    m_list->clear();
    const QList<app::Draft> drafts = m_services.drafts ? m_services.drafts() : QList<app::Draft>{};
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const app::Draft& d : drafts) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, draftName(d));
        item->setData(NameColumn, IdRole, d.id);
        item->setText(UpdatedColumn,
                      QLocale().toString(d.updatedAt.toLocalTime(), QLocale::ShortFormat));
        if (d.needsAttention) {
            item->setIcon(StatusColumn, warning);
            item->setText(StatusColumn, tr("Needs attention"));
        } else {
            item->setText(StatusColumn, tr("Draft"));
        }
        if (d.id == keep)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

QUuid DraftsDialog::currentDraft() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(NameColumn, IdRole).toUuid() : QUuid();
}

void DraftsDialog::updateButtons()
{
    const bool any = !currentDraft().isNull();
    m_open->setEnabled(any);
    m_discard->setEnabled(any);
    m_open->setDefault(any);
}

void DraftsDialog::openCurrent()
{
    m_chosen = currentDraft();
    if (!m_chosen.isNull())
        accept();
}

void DraftsDialog::discardCurrent()
{
    const QUuid id = currentDraft();
    if (id.isNull() || !m_services.discardDraft)
        return;
    const QString name = m_list->currentItem()->text(NameColumn);
    if (!confirmDestructive(this, u"discardDraftQuestion"_s, tr("Discard draft"),
                            tr("Discard the draft “%1”? What was entered in it is lost.").arg(name),
                            tr("&Discard"), u"confirmDiscardButton"_s)) {
        return;
    }
    if (!m_services.discardDraft(id))
        QMessageBox::warning(this, tr("Discard draft"), tr("The draft could not be discarded."));
    reload();
}

} // namespace kontor::ui
