#pragma once

// A main window over a real local store with the firm's reference data, its list models and
// the store's changes wired to MainWindow::refresh as DesktopClient wires them. The sync
// callbacks only count.

#include "tests/app/storefixture.h"

#include "ui/mainwindow.h"
#include "ui/storeservices.h"

#include "app/accountlistmodel.h"
#include "app/notificationmodel.h"
#include "app/pendingactivationsmodel.h"

#include <QAction>
#include <QTest>

#include <memory>

namespace kontor::test {

struct StoreWindowRig {
    StoreFixture fixture;
    app::LocalStore& store = fixture.store;
    app::AccountListModel accounts{&store};
    app::PendingActivationsModel pending{&store};
    app::NotificationModel notifications{&store};
    int syncRequests = 0;
    int cancels = 0;
    ui::ClientServices services;
    std::unique_ptr<ui::MainWindow> window;

    StoreWindowRig()
    {
        services = ui::storeServices(store, &accounts, &pending, &notifications,
                                     [this] { ++syncRequests; });
        services.cancelSync = [this] { ++cancels; };
        window = std::make_unique<ui::MainWindow>(services);
        QObject::connect(&store, &app::LocalStore::changed, window.get(), &ui::MainWindow::refresh);
        window->show();
    }
    bool shown() { return QTest::qWaitForWindowActive(window.get()); }
    QAction* action(const QString& name) const { return window->findChild<QAction*>(name); }
};

} // namespace kontor::test
