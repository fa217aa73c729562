#include "accountspage.h"

#include "accountprofile.h"
#include "enterkey.h"
#include "portalstatusdelegate.h"

#include "app/accountlistmodel.h"
#include "app/pendingactivationsmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kontor::ui {

namespace {

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->setTabKeyNavigation(false);
    return view;
}

} // namespace

AccountsPage::AccountsPage(const ClientServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_newButton(new QPushButton(tr("New"), this))
    , m_search(new QLineEdit(this))
    , m_tagFilter(new QComboBox(this))
    , m_typeFilter(new QComboBox(this))
    , m_memberFilter(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"accountsPage"_s);
    m_newButton->setObjectName(u"accountsNewButton"_s);
    m_newButton->setAccessibleName(tr("New account"));
    m_newButton->setToolTip(tr("Create a new account"));
    m_search->setObjectName(u"accountSearchEdit"_s);
    m_search->setPlaceholderText(tr("Search accounts, contacts, email …"));
    m_search->setAccessibleName(tr("Search accounts"));
    m_search->setClearButtonEnabled(true);
    m_tagFilter->setObjectName(u"tagFilter"_s);
    m_tagFilter->setAccessibleName(tr("Filter by tag"));
    m_typeFilter->setObjectName(u"typeFilter"_s);
    m_typeFilter->setAccessibleName(tr("Filter by client type"));
    m_typeFilter->addItem(tr("All types"), -1);
    m_typeFilter->addItem(tr("Individual or family"), int(core::AccountType::Individual));
    m_typeFilter->addItem(tr("Company"), int(core::AccountType::Company));
    m_memberFilter->setObjectName(u"memberFilter"_s);
    m_memberFilter->setAccessibleName(tr("Filter by team member"));
    refreshReferenceData();

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_newButton);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_tagFilter);
    bar->addWidget(m_typeFilter);
    bar->addWidget(m_memberFilter);

    m_tabs->setObjectName(u"accountTabs"_s);
    m_tabs->setTabsClosable(true);
    m_tabs->addTab(buildAllAccountsTab(), tr("All accounts"));
    m_tabs->addTab(buildPendingTab(), tr("Pending activation"));
    // The two lists stay; only profile tabs can be closed.
    for (int i = 0; i < 2; ++i) {
        m_tabs->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
        m_tabs->tabBar()->setTabButton(i, QTabBar::LeftSide, nullptr);
    }
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        auto* profile = qobject_cast<AccountProfile*>(m_tabs->widget(index));
        if (!profile)
            return;
        m_profiles.removeOne(profile);
        m_tabs->removeTab(index);
        profile->deleteLater();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tabs);

    connect(m_newButton, &QPushButton::clicked, this, &AccountsPage::newAccountRequested);
    connect(m_search, &QLineEdit::textChanged, this, &AccountsPage::applyQuery);
    for (QComboBox* filter : {m_tagFilter, m_typeFilter, m_memberFilter})
        connect(filter, &QComboBox::currentIndexChanged, this, &AccountsPage::applyQuery);
}

QWidget* AccountsPage::buildAllAccountsTab()
{
    m_accounts = makeTable(m_services.accounts, this);
    m_accounts->setObjectName(u"accountTable"_s);
    m_accounts->setAccessibleName(tr("All accounts"));
    m_accounts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_accounts->setItemDelegate(new PortalStatusDelegate(m_accounts));
    connect(m_accounts, &QTableView::doubleClicked, this, &AccountsPage::openSelected);
    onEnterKey(m_accounts, [this] {
        openSelected();
        return true;
    });
    return m_accounts;
}

QWidget* AccountsPage::buildPendingTab()
{
    auto* tab = new QWidget(this);
    m_pending = makeTable(m_services.pendingActivations, tab);
    m_pending->setObjectName(u"pendingTable"_s);
    m_pending->setAccessibleName(tr("Pending activation"));
    m_pending->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_pending->setItemDelegate(new InvitationStatusDelegate(m_pending));
    connect(m_pending, &QTableView::doubleClicked, this, &AccountsPage::openSelectedPending);
    onEnterKey(m_pending, [this] {
        openSelectedPending();
        return true;
    });
    m_resendButton = new QPushButton(tr("&Resend invitation"), tab);
    m_resendButton->setObjectName(u"resendButton"_s);
    m_resendButton->setToolTip(tr("Sends a new link to each selected contact; the old link stops "
                                  "working."));
    auto* note = new QLabel(tr("Invited clients who have not activated their portal access "
                               "yet. Select one or more to send the invitation again."),
                            tab);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(note);
    layout->addWidget(m_pending);
    layout->addWidget(m_resendButton, 0, Qt::AlignLeft);
    connect(m_resendButton, &QPushButton::clicked, this, &AccountsPage::resendSelected);
    if (m_pending->selectionModel()) {
        connect(m_pending->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &AccountsPage::updateResendButton);
    }
    updateResendButton();
    return tab;
}

void AccountsPage::refreshReferenceData()
{
    const ReferenceData reference =
        m_services.referenceData ? m_services.referenceData() : ReferenceData{};
    const QString tag = m_tagFilter->currentData().toString();
    const QUuid member = m_memberFilter->currentData().toUuid();
    const QSignalBlocker tagBlocker(m_tagFilter);
    const QSignalBlocker memberBlocker(m_memberFilter);
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("All tags"), QString());
    for (const core::Tag& t : reference.tags)
        m_tagFilter->addItem(t.name, t.name);
    m_tagFilter->setCurrentIndex(std::max(0, m_tagFilter->findData(tag)));
    m_memberFilter->clear();
    m_memberFilter->addItem(tr("All team members"), QUuid());
    for (const core::TeamMember& m : reference.teamMembers)
        m_memberFilter->addItem(m.name, m.id);
    m_memberFilter->setCurrentIndex(std::max(0, m_memberFilter->findData(member)));
}

app::AccountFilter AccountsPage::filter() const
{
    app::AccountFilter f;
    f.searchText = m_search->text();
    f.tag = m_tagFilter->currentData().toString();
    const int type = m_typeFilter->currentData().toInt();
    if (type >= 0)
        f.type = static_cast<core::AccountType>(type);
    f.teamMemberId = m_memberFilter->currentData().toUuid();
    return f;
}

void AccountsPage::applyQuery()
{
    // The store searches every account (FTS5), not only the rows a view has fetched.
    if (m_services.accounts)
        m_services.accounts->setFilter(filter());
}

void AccountsPage::openSelected()
{
    const QModelIndex current = m_accounts->currentIndex();
    if (!current.isValid() || !m_services.accounts)
        return;
    const QUuid id = m_services.accounts->accountId(current.row());
    // Issue 6: the server refused to create it; the wizard reopens its draft with the errors.
    const auto state = static_cast<app::SyncState>(
        current.siblingAtColumn(0).data(app::AccountListModel::SyncStateRole).toInt());
    if (state == app::SyncState::NeedsAttention && m_services.draft && m_services.draft(id)) {
        Q_EMIT draftRequested(id);
        return;
    }
    openAccount(id);
}

void AccountsPage::openSelectedPending()
{
    const QModelIndex current = m_pending->currentIndex();
    if (current.isValid())
        openAccount(current.data(app::PendingActivationsModel::AccountIdRole).toUuid());
}

bool AccountsPage::openAccount(const QUuid& accountId)
{
    if (AccountProfile* open = profile(accountId)) {
        if (!open->reload())
            return false;
        m_tabs->setCurrentWidget(open);
        open->setFocus();
        return true;
    }
    auto* created = new AccountProfile(m_services, accountId, m_tabs);
    if (created->account().id.isNull()) {
        delete created;
        return false;
    }
    m_profiles.append(created);
    m_tabs->addTab(created, created->title());
    connect(created, &AccountProfile::titleChanged, this, [this, created](const QString& title) {
        m_tabs->setTabText(m_tabs->indexOf(created), title);
    });
    m_tabs->setCurrentWidget(created);
    return true;
}

AccountProfile* AccountsPage::profile(const QUuid& accountId) const
{
    for (AccountProfile* p : m_profiles) {
        if (p->accountId() == accountId)
            return p;
    }
    return nullptr;
}

void AccountsPage::setCanCreate(bool can)
{
    m_newButton->setEnabled(can);
    m_newButton->setToolTip(can ? tr("Create a new account")
                                : tr("Only the firm's owner, administrators and employees "
                                     "allowed to manage accounts can create accounts."));
}

void AccountsPage::reloadProfiles()
{
    for (AccountProfile* p : std::as_const(m_profiles))
        p->reload();
}

void AccountsPage::resendSelected()
{
    QList<QUuid> ids;
    for (const QModelIndex& row : m_pending->selectionModel()->selectedRows())
        ids.append(row.data(app::PendingActivationsModel::InvitationIdRole).toUuid());
    if (ids.isEmpty() || !m_services.resendInvitations)
        return;
    if (m_services.resendInvitations(ids))
        Q_EMIT message(tr("Invitations to send again: %1. Each gets a new link.").arg(ids.size()));
    else
        Q_EMIT message(tr("The invitations could not be queued. Please try again."));
}

void AccountsPage::updateResendButton()
{
    const bool any = m_pending->selectionModel() && m_pending->selectionModel()->hasSelection();
    m_resendButton->setEnabled(any);
}

} // namespace kontor::ui
