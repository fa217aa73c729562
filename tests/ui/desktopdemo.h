#pragma once

// The pieces of a desktop end-to-end test: a real kontor-server process on loopback with the
// demo firm, on the backend the environment names (SQLite or PostgreSQL), and a DesktopClient
// with the real keychain, ready to sign in as the firm's owner.

#include "guitest.h"
#include "tests/server/serverfixture.h"

#include "ui/desktopclient.h"
#include "ui/mainwindow.h"

#include "app/credentialstore.h"
#include "app/settings.h"

#include <QLabel>
#include <QPushButton>
#include <QTableView>

#include <memory>

namespace kontor::test {

struct DesktopDemo {
    static inline const QString ownerEmail = QStringLiteral("inhaberin@kanzlei-demo.de");
    static inline const QString password = QStringLiteral("kontor-demo");
    static constexpr int networkTimeout = 30000;

    std::unique_ptr<TestDatabase> database;
    std::unique_ptr<ServerProcess> server;
    std::unique_ptr<app::Settings> settings;
    std::unique_ptr<app::KeychainCredentialStore> keychain;
    std::unique_ptr<ui::DesktopClient> client;

    /// Creates the demo firm with @p accounts accounts, starts the server and the client (not
    /// signed in). Empty on success, else what failed.
    QString start(int accounts)
    {
        database = std::make_unique<TestDatabase>(backendFromEnvironment());
        if (!database->isValid())
            return database->error();
        const CommandResult demo =
            runServerCommand({QStringLiteral("demo"), QStringLiteral("--database"),
                              database->spec(), QStringLiteral("--accounts"),
                              QString::number(accounts), QStringLiteral("--test-password-cost")});
        if (demo.exitCode != 0)
            return QString::fromUtf8(demo.err);
        server = std::make_unique<ServerProcess>();
        if (!server->start(database->spec()))
            return QStringLiteral("kontor-server did not start");
        settings = std::make_unique<app::Settings>();
        keychain = std::make_unique<app::KeychainCredentialStore>();
        client = std::make_unique<ui::DesktopClient>(*settings, *keychain);
        return {};
    }
    /// Ends the client before the server it talks to.
    void stop()
    {
        client.reset();
        server.reset();
    }

    QTableView* accountTable() const
    {
        return child<QTableView>(client->window(), QStringLiteral("accountTable"));
    }
    QString stateText() const
    {
        return child<QLabel>(client->window(), QStringLiteral("syncStateLabel"))->text();
    }
    void syncNow() const
    {
        child<QPushButton>(client->window(), QStringLiteral("syncNowButton"))->click();
    }
};

} // namespace kontor::test
