#pragma once

#include "storetypes.h"

#include <QObject>
#include <QUrl>

namespace kontor::app {

class ApiClient;
class CredentialStore;
class Settings;

/// The signed-in staff member: sign in (POST /api/v1/session), the token kept in the keychain
/// (never the password), restore at start (GET /api/v1/me), sign out (DELETE /api/v1/session
/// and forget the token). When the server cannot be reached at start, the last user is signed
/// in offline from the keychain's token, so staff can work on a train. UI thread.
class Session : public QObject {
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool offline READ isOffline NOTIFY stateChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QUrl serverUrl READ serverUrl NOTIFY stateChanged)

public:
    enum class State { SignedOut, SigningIn, Restoring, SignedIn };
    Q_ENUM(State)

    Session(ApiClient* api, CredentialStore* credentials, Settings* settings,
            QObject* parent = nullptr);

    State state() const { return m_state; }
    bool isOffline() const { return m_offline; }
    /// Why the last sign-in, restore or keychain access failed (translated), or empty.
    QString errorMessage() const { return m_errorMessage; }
    QUrl serverUrl() const { return m_serverUrl; }
    QString token() const { return m_token; }
    CurrentUser user() const { return m_user; }

    /// The keychain entry of a server.
    static QString credentialKey(const QUrl& serverUrl);

public Q_SLOTS:
    void signIn(const QUrl& serverUrl, const QString& email, const QString& password);
    /// At start: the token of the last server from the keychain, checked with the server.
    void restore();
    void signOut();
    /// The server answered 401 to a request with our token (e.g. during sync).
    void handleUnauthorized();

Q_SIGNALS:
    void stateChanged();
    void errorMessageChanged();
    /// Signed in (online or offline); also after a restore.
    void signedIn(const kontor::app::CurrentUser& user);
    void signedOut();
    /// Where and with which token to talk to the server (empty token: not at all).
    void credentialsChanged(const QUrl& serverUrl, const QString& token);

private:
    void setState(State state);
    void setError(const QString& message);
    void becomeSignedIn(const CurrentUser& user, bool offline);
    void forget(const QString& message);

    ApiClient* m_api;
    CredentialStore* m_credentials;
    Settings* m_settings;
    State m_state = State::SignedOut;
    bool m_offline = false;
    QString m_errorMessage;
    QUrl m_serverUrl;
    QString m_token;
    CurrentUser m_user;
};

/// Reads the user and firm of a sign-in or "who am I" answer (`{"user", "firm"}` or flat).
CurrentUser currentUserFromJson(const QJsonObject& body);
QJsonObject toJson(const CurrentUser& user);

} // namespace kontor::app
