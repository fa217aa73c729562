#include "desktopclient.h"

#include "import/importwizard.h"
#include "kontorurl.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "signindialog.h"
#include "storeservices.h"

#include "app/accountlistmodel.h"
#include "app/apiclient.h"
#include "app/localstore.h"
#include "app/notificationmodel.h"
#include "app/pendingactivationsmodel.h"
#include "app/session.h"
#include "app/settings.h"
#include "app/syncengine.h"

#include <QLoggingCategory>
#include <QMessageBox>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcClient, "kontor.ui.client")

namespace kontor::ui {

DesktopClient::DesktopClient(app::Settings& settings, app::CredentialStore& credentials,
                             QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_api(std::make_unique<app::ApiClient>())
    , m_session(std::make_unique<app::Session>(m_api.get(), &credentials, &settings))
{
    connect(m_session.get(), &app::Session::signedIn, this, &DesktopClient::onSignedIn);
    connect(m_session.get(), &app::Session::signedOut, this, &DesktopClient::onSignedOut);
    // A sign-in ends signed in or signed out. Queued: the session sets its message just
    // after its state.
    connect(
        m_session.get(), &app::Session::stateChanged, this, [this] { finishSignIn(); },
        Qt::QueuedConnection);
    connect(m_session.get(), &app::Session::errorMessageChanged, this, [this] {
        // E.g. the keychain could not keep the token, or the server is not reachable now.
        if (m_window && !m_session->errorMessage().isEmpty())
            m_window->showMessage(m_session->errorMessage());
    });
    connect(m_session.get(), &app::Session::credentialsChanged, this,
            [this](const QUrl& url, const QString& token) {
                if (!m_sync)
                    return;
                if (token.isEmpty())
                    m_sync->stop();
                else
                    m_sync->start(url, token);
            });
}

DesktopClient::~DesktopClient()
{
    closeFirm();
}

void DesktopClient::start()
{
    if (m_settings.serverUrl().isEmpty()) {
        showSignIn();
        return;
    }
    // Restoring ends signed in (online or offline) or signed out; then the dialog asks.
    m_signInDone = [this](const QString& error) {
        if (!error.isEmpty())
            showSignIn();
    };
    m_session->restore();
    if (m_session->state() == app::Session::State::SignedOut)
        finishSignIn();
}

void DesktopClient::signIn(const QUrl& server, const QString& email, const QString& password)
{
    requestSignIn(server, email, password, [this, server, email](const QString& error) {
        Q_EMIT signInFinished(error);
        if (error.isEmpty())
            return;
        showSignIn();
        m_signInDialog->setServer(server);
        m_signInDialog->setEmail(email);
        m_signInDialog->showError(error);
    });
}

void DesktopClient::requestSignIn(const QUrl& server, const QString& email, const QString& password,
                                  std::function<void(const QString&)> done)
{
    m_signInDone = std::move(done);
    m_session->signIn(server, email, password);
    // A refusal before any request (no valid address) does not change the state.
    if (m_session->state() == app::Session::State::SignedOut)
        finishSignIn();
}

void DesktopClient::finishSignIn()
{
    const app::Session::State state = m_session->state();
    if (state != app::Session::State::SignedIn && state != app::Session::State::SignedOut)
        return;
    QString error;
    if (state == app::Session::State::SignedOut) {
        error = m_session->errorMessage();
        if (error.isEmpty())
            error = tr("Signing in did not work. Please try again.");
    }
    if (auto done = std::exchange(m_signInDone, {}))
        done(error);
}

void DesktopClient::handleLink(const QString& link)
{
    const std::optional<QUuid> account = accountIdFromUrl(QUrl(link));
    if (!m_window) {
        // Not signed in yet: the account opens once the window is there.
        if (account)
            m_linkedAccount = account;
        if (m_signInDialog) {
            m_signInDialog->raise();
            m_signInDialog->activateWindow();
        }
        return;
    }
    if (account) {
        m_window->openAccount(*account);
        return;
    }
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void DesktopClient::showSignIn()
{
    if (!m_signInDialog) {
        m_signInDialog = new SignInDialog;
        m_signInDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_signInDialog->setServer(m_settings.serverUrl());
        m_signInDialog->setEmail(m_settings.lastEmail());
        m_signInDialog->signIn = [this](const QUrl& server, const QString& email,
                                        const QString& password, SignInDialog::Done done) {
            requestSignIn(server, email, password, std::move(done));
        };
        connect(m_signInDialog, &QDialog::rejected, this, [this] {
            if (m_session->state() != app::Session::State::SignedIn)
                Q_EMIT quitRequested();
        });
    }
    if (!m_session->errorMessage().isEmpty())
        m_signInDialog->showError(m_session->errorMessage());
    m_signInDialog->show();
    m_signInDialog->raise();
    m_signInDialog->activateWindow();
}

void DesktopClient::onSignedIn(const app::CurrentUser& user)
{
    qCInfo(lcClient) << "signed in" << (m_session->isOffline() ? "offline" : "online") << "to firm"
                     << user.firmId;
    if (!openFirm(user)) {
        qCWarning(lcClient) << "cannot open the local store of firm" << user.firmId;
        QMessageBox::critical(nullptr, tr("Kontor"),
                              m_store ? m_store->errorMessage()
                                      : tr("The data on this computer cannot be opened."));
        Q_EMIT quitRequested();
        return;
    }
    m_window->setSignedIn(user.name, user.firmName);
    m_window->setCanManageAccounts(user.canManageAccounts());
    m_window->show();
    if (!m_resumeOffered) {
        // Once per start: drafts changed since the last start were left in that session.
        m_resumeOffered = true;
        const QDateTime lastStart = m_settings.lastStartedAt();
        m_settings.setLastStartedAt(QDateTime::currentDateTimeUtc());
        m_window->offerToResume(lastStart.isValid() ? lastStart
                                                    : QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    }
    // Only now: closing the last window first would end the application.
    if (m_signInDialog)
        m_signInDialog->close();
    if (!m_session->errorMessage().isEmpty())
        m_window->showMessage(m_session->errorMessage());
    if (const std::optional<QUuid> account = std::exchange(m_linkedAccount, std::nullopt))
        m_window->openAccount(*account);
}

bool DesktopClient::openFirm(const app::CurrentUser& user)
{
    if (m_store && m_firmId == user.firmId && m_window) {
        m_store->setCurrentUser(user);
        m_sync->start(m_session->serverUrl(), m_session->token());
        return true;
    }
    closeFirm();
    m_store = std::make_unique<app::LocalStore>();
    if (!m_store->open(app::LocalStore::defaultPath(user.firmId)))
        return false;
    m_firmId = user.firmId;
    m_store->setCurrentUser(user);
    m_accounts = std::make_unique<app::AccountListModel>(m_store.get());
    m_pending = std::make_unique<app::PendingActivationsModel>(m_store.get());
    m_notifications = std::make_unique<app::NotificationModel>(m_store.get());

    app::SyncEngine::Options options;
    options.pollInterval = std::chrono::seconds(m_settings.syncIntervalSeconds());
    m_sync = std::make_unique<app::SyncEngine>(m_store.get(), options);
    connect(m_sync.get(), &app::SyncEngine::unauthorized, m_session.get(),
            &app::Session::handleUnauthorized);
    connect(m_sync.get(), &app::SyncEngine::stateChanged, this, &DesktopClient::updateSyncState);
    connect(m_sync.get(), &app::SyncEngine::progressChanged, this, &DesktopClient::updateSyncState);
    connect(m_store.get(), &app::LocalStore::changed, this, &DesktopClient::onStoreChanged);
    connect(m_store.get(), &app::LocalStore::syncIssuesChanged, this,
            &DesktopClient::updateSyncState);
    connect(m_store.get(), &app::LocalStore::draftsChanged, this, &DesktopClient::updateSyncState);

    app::SyncEngine* sync = m_sync.get();
    ClientServices services = storeServices(*m_store, m_accounts.get(), m_pending.get(),
                                            m_notifications.get(), [sync] { sync->syncNow(); });
    services.cancelSync = [sync] { sync->cancel(); };
    m_window = std::make_unique<MainWindow>(std::move(services));
    connect(m_window.get(), &MainWindow::signOutRequested, m_session.get(), &app::Session::signOut);
    connect(m_window.get(), &MainWindow::settingsRequested, this, [this] {
        SettingsDialog dialog(m_settings, m_window.get());
        dialog.exec();
    });
    connect(m_window.get(), &MainWindow::importRequested, this, [this] {
        // A child of the window: when the firm closes (signed out), the wizard goes with the
        // window, its job stopped and waited for, before the store closes.
        if (!m_importWizard) {
            m_importWizard = new ImportWizard(m_store.get(), m_window.get());
            m_importWizard->setAttribute(Qt::WA_DeleteOnClose);
        }
        m_importWizard->open();
        m_importWizard->raise();
        m_importWizard->activateWindow();
    });
    m_sync->start(m_session->serverUrl(), m_session->token());
    updateSyncState();
    return true;
}

ImportWizard* DesktopClient::importWizard() const
{
    return m_importWizard;
}

void DesktopClient::closeFirm()
{
    // Windows and models go before the store they read.
    m_window.reset();
    if (m_sync)
        m_sync->stop();
    m_sync.reset();
    m_notifications.reset();
    m_pending.reset();
    m_accounts.reset();
    if (m_store)
        m_store->close();
    m_store.reset();
    m_firmId = QUuid();
}

void DesktopClient::onSignedOut()
{
    qCInfo(lcClient) << "signed out";
    // The dialog first: closing the last window would end the application.
    showSignIn();
    closeFirm();
}

void DesktopClient::onStoreChanged(const app::StoreChanges& changes)
{
    if (!m_window)
        return;
    m_window->refresh(changes);
    if (changes.outbox)
        updateSyncState();
}

void DesktopClient::updateSyncState()
{
    if (!m_window || !m_sync)
        return;
    SyncState state;
    switch (m_sync->state()) {
    case app::SyncEngine::State::Stopped:
    case app::SyncEngine::State::Offline:
        state.connection = SyncState::Connection::Offline;
        state.problem = m_sync->statusMessage();
        break;
    case app::SyncEngine::State::Online:
        state.connection = SyncState::Connection::Online;
        break;
    case app::SyncEngine::State::Syncing:
        state.connection = SyncState::Connection::Online;
        state.syncing = true;
        break;
    }
    state.pendingOperations = m_store->outboxCount();
    state.needsAttention = m_store->syncIssueCount();
    state.lastSync = m_sync->lastSyncedAt();
    state.nextAttempt = m_sync->nextAttemptAt();
    state.receivedChanges = m_sync->receivedChanges();
    state.expectedChanges = m_sync->expectedChanges();
    state.drafts = m_store->draftCount();
    state.conflicts = m_store->conflictCount();
    m_window->setSyncState(state);
}

} // namespace kontor::ui
