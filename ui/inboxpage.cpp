#include "inboxpage.h"

#include "enterkey.h"

#include "app/notificationmodel.h"

#include <QAbstractItemModel>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kontor::ui {

namespace {

using Roles = app::NotificationModel::Role;

// Each notification as its title and, below it, when it came; unread ones in bold.
class NotificationDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->font.setBold(!index.data(Roles::ReadRole).toBool());
        const QDateTime created = index.data(Roles::CreatedAtRole).toDateTime();
        if (created.isValid()) {
            option->text += u'\n' + QLocale().toString(created.toLocalTime(), QLocale::ShortFormat);
        }
    }
};

} // namespace

InboxPage::InboxPage(const ClientServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_list(new QListView(this))
    , m_goTo(new QPushButton(tr("&Go to …"), this))
    , m_markRead(new QPushButton(tr("Mark as &read"), this))
{
    setObjectName(u"inboxPage"_s);
    auto* title = new QLabel(tr("Inbox+"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);

    m_list->setObjectName(u"notificationList"_s);
    m_list->setAccessibleName(tr("Notifications"));
    m_list->setModel(m_services.notifications);
    m_list->setItemDelegate(new NotificationDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    onEnterKey(m_list, [this] {
        goToSelected();
        return true;
    });
    m_goTo->setObjectName(u"goToButton"_s);
    m_goTo->setAccessibleName(tr("Go to the account"));
    m_markRead->setObjectName(u"markReadButton"_s);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_goTo);
    buttons->addWidget(m_markRead);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_goTo, &QPushButton::clicked, this, &InboxPage::goToSelected);
    connect(m_markRead, &QPushButton::clicked, this, &InboxPage::markSelectedRead);
    connect(m_list, &QListView::doubleClicked, this, &InboxPage::goToSelected);
    if (app::NotificationModel* model = m_services.notifications) {
        connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &InboxPage::updateButtons);
        connect(model, &QAbstractItemModel::dataChanged, this, &InboxPage::updateButtons);
        connect(model, &app::NotificationModel::unreadCountChanged, this,
                [this] { Q_EMIT unreadCountChanged(unreadCount()); });
    }
    updateButtons();
}

int InboxPage::unreadCount() const
{
    return m_services.notifications ? m_services.notifications->unreadCount() : 0;
}

void InboxPage::goToSelected()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const QUuid accountId = current.data(Roles::AccountIdRole).toUuid();
    markSelectedRead();
    if (!accountId.isNull())
        Q_EMIT openAccountRequested(accountId);
}

void InboxPage::markSelectedRead()
{
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid() && !current.data(Roles::ReadRole).toBool() &&
        m_services.markNotificationRead) {
        m_services.markNotificationRead(current.data(Roles::IdRole).toUuid());
    }
}

void InboxPage::updateButtons()
{
    const QModelIndex current = m_list->currentIndex();
    m_goTo->setEnabled(current.isValid() && !current.data(Roles::AccountIdRole).toUuid().isNull());
    m_markRead->setEnabled(current.isValid() && !current.data(Roles::ReadRole).toBool());
}

} // namespace kontor::ui
