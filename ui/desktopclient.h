#pragma once

#include "app/storetypes.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUuid>

#include <memory>
#include <optional>

namespace kontor::app {
class AccountListModel;
class ApiClient;
class CredentialStore;
class LocalStore;
class NotificationModel;
class PendingActivationsModel;
class Session;
class Settings;
class SyncEngine;
} // namespace kontor::app

namespace kontor::ui {

class ImportWizard;
class MainWindow;
class SignInDialog;

/// Runs the desktop client, wiring app/ to the windows (app/README.md "Wiring"): session
/// restore or sign-in, then for the signed-in firm its local store, the list models, the sync
/// engine and the main window; sign-out closes them again. kontor:// links open their account
/// once the window is there.
class DesktopClient : public QObject {
    Q_OBJECT
public:
    DesktopClient(app::Settings& settings, app::CredentialStore& credentials,
                  QObject* parent = nullptr);
    ~DesktopClient() override;

    /// At start: the remembered session, or the sign-in dialog.
    void start();
    /// Signs in without asking (command line); on failure the sign-in dialog explains why.
    void signIn(const QUrl& server, const QString& email, const QString& password);
    /// Opens the account of a kontor://account/<id> link; any other text brings the window to
    /// the front.
    void handleLink(const QString& link);

    app::Session& session() const { return *m_session; }
    MainWindow* window() const { return m_window.get(); }
    app::LocalStore* store() const { return m_store.get(); }
    /// The sign-in dialog while it is open.
    SignInDialog* signInDialog() const { return m_signInDialog; }
    /// The import wizard while it is open.
    ImportWizard* importWizard() const;

Q_SIGNALS:
    /// Nobody is signed in and the user closed the sign-in dialog: time to quit.
    void quitRequested();
    /// A sign-in started by signIn() ended; @p error is empty on success.
    void signInFinished(const QString& error);

private:
    void requestSignIn(const QUrl& server, const QString& email, const QString& password,
                       std::function<void(const QString&)> done);
    void finishSignIn();
    void onSignedIn(const app::CurrentUser& user);
    void onSignedOut();
    void showSignIn();
    bool openFirm(const app::CurrentUser& user);
    void closeFirm();
    void updateSyncState();
    void onStoreChanged(const app::StoreChanges& changes);

    app::Settings& m_settings;
    std::unique_ptr<app::ApiClient> m_api;
    std::unique_ptr<app::Session> m_session;
    std::unique_ptr<app::LocalStore> m_store;
    std::unique_ptr<app::AccountListModel> m_accounts;
    std::unique_ptr<app::PendingActivationsModel> m_pending;
    std::unique_ptr<app::NotificationModel> m_notifications;
    std::unique_ptr<app::SyncEngine> m_sync;
    std::unique_ptr<MainWindow> m_window;
    QPointer<SignInDialog> m_signInDialog;
    QPointer<ImportWizard> m_importWizard;
    std::function<void(const QString&)> m_signInDone;
    QUuid m_firmId;
    std::optional<QUuid> m_linkedAccount;
    bool m_resumeOffered = false;
};

} // namespace kontor::ui
