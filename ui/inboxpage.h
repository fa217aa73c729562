#pragma once

#include "clientservices.h"

#include <QWidget>

class QListView;
class QPushButton;

namespace kontor::ui {

/// "Inbox+" (R-REG-2/3): the team member's notifications, newest first as the model orders
/// them, unread ones in bold; "Gehe zu …" (or Enter, or a double click) opens the account the
/// notification is about and marks it read.
class InboxPage : public QWidget {
    Q_OBJECT
public:
    InboxPage(const ClientServices& services, QWidget* parent = nullptr);

    int unreadCount() const;

Q_SIGNALS:
    void unreadCountChanged(int count);
    void openAccountRequested(const QUuid& accountId);

private:
    void goToSelected();
    void markSelectedRead();
    void updateButtons();

    const ClientServices& m_services;
    QListView* m_list;
    QPushButton* m_goTo;
    QPushButton* m_markRead;
};

} // namespace kontor::ui
