#include "session.h"

#include "apiclient.h"
#include "credentialstore.h"
#include "settings.h"

#include "core/wireformat.h"

using namespace Qt::StringLiterals;

namespace kontor::app {

CurrentUser currentUserFromJson(const QJsonObject& body)
{
    const QJsonObject user = body.contains(u"user"_s) ? body.value(u"user"_s).toObject() : body;
    const QJsonObject firm = body.value(u"firm"_s).toObject();
    CurrentUser u;
    u.id = QUuid::fromString(user.value(u"id"_s).toString());
    u.name = user.value(u"name"_s).toString();
    u.email = user.value(u"email"_s).toString();
    u.role =
        core::roleFromWireName(user.value(u"role"_s).toString()).value_or(core::Role::Employee);
    const QJsonArray permissions = user.value(u"permissions"_s).toArray();
    u.permissions.manageAccounts = permissions.contains(u"manage_accounts"_s);
    u.permissions.defaultAccountAccess = permissions.contains(u"default_account_access"_s);
    u.firmId = QUuid::fromString(firm.isEmpty() ? user.value(u"firm_id"_s).toString()
                                                : firm.value(u"id"_s).toString());
    u.firmName = firm.value(u"name"_s).toString();
    return u;
}

QJsonObject toJson(const CurrentUser& u)
{
    QJsonArray permissions;
    if (u.permissions.manageAccounts)
        permissions.append(u"manage_accounts"_s);
    if (u.permissions.defaultAccountAccess)
        permissions.append(u"default_account_access"_s);
    return {{u"user"_s, QJsonObject{{u"id"_s, core::toWireId(u.id)},
                                    {u"name"_s, u.name},
                                    {u"email"_s, u.email},
                                    {u"role"_s, core::toWireName(u.role)},
                                    {u"permissions"_s, permissions}}},
            {u"firm"_s, QJsonObject{{u"id"_s, core::toWireId(u.firmId)}, {u"name"_s, u.firmName}}}};
}

Session::Session(ApiClient* api, CredentialStore* credentials, Settings* settings, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_credentials(credentials)
    , m_settings(settings)
{
    connect(api, &ApiClient::unauthorized, this, &Session::handleUnauthorized);
}

QString Session::credentialKey(const QUrl& serverUrl)
{
    return u"session:"_s + serverUrl.adjusted(QUrl::StripTrailingSlash).toString();
}

void Session::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void Session::setError(const QString& message)
{
    if (message == m_errorMessage)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

void Session::signIn(const QUrl& serverUrl, const QString& email, const QString& password)
{
    if (m_state == State::SigningIn || m_state == State::Restoring)
        return;
    if (!serverUrl.isValid() || serverUrl.host().isEmpty() ||
        (serverUrl.scheme() != u"https" && serverUrl.scheme() != u"http")) {
        setError(tr("Please enter the server address, for example https://kontor.kanzlei.de."));
        return;
    }
    setError({});
    setState(State::SigningIn);
    m_serverUrl = serverUrl;
    m_api->setBaseUrl(serverUrl);
    m_api->setToken({});
    m_api->post(u"/api/v1/session"_s, {{u"email"_s, email}, {u"password"_s, password}}, this,
                [this, email, serverUrl](const ApiResponse& r) {
                    if (!r.ok()) {
                        setState(State::SignedOut);
                        // At sign-in, 401 means the credentials, not an ended session.
                        setError(r.error.kind == ApiError::Kind::Unauthorized
                                     ? tr("The email address or the password is not right.")
                                     : r.error.message);
                        return;
                    }
                    const QString token = r.body.value(u"token"_s).toString();
                    CurrentUser user = currentUserFromJson(r.body);
                    if (token.isEmpty() || !user.isValid()) {
                        setState(State::SignedOut);
                        setError(tr("The server's answer was not understood. Is %1 a Kontor "
                                    "server?")
                                     .arg(serverUrl.host()));
                        return;
                    }
                    if (user.email.isEmpty())
                        user.email = email;
                    m_token = token;
                    m_api->setToken(token);
                    m_settings->setServerUrl(serverUrl);
                    m_settings->setLastEmail(email);
                    // Only the token goes to the keychain; when it cannot, the session lasts
                    // until the application closes.
                    m_credentials->writeToken(credentialKey(serverUrl), token, this,
                                              [this](const CredentialStore::Result& kept) {
                                                  if (kept.status != CredentialStore::Status::Ok)
                                                      setError(kept.message);
                                              });
                    becomeSignedIn(user, false);
                });
}

void Session::restore()
{
    const QUrl serverUrl = m_settings->serverUrl();
    if (serverUrl.isEmpty() || m_state != State::SignedOut)
        return;
    setState(State::Restoring);
    m_serverUrl = serverUrl;
    m_credentials->readToken(
        credentialKey(serverUrl), this, [this, serverUrl](const CredentialStore::Result& read) {
            if (read.status != CredentialStore::Status::Ok || read.token.isEmpty()) {
                setState(State::SignedOut);
                if (read.status != CredentialStore::Status::NotFound)
                    setError(read.message);
                return;
            }
            m_token = read.token;
            m_api->setBaseUrl(serverUrl);
            m_api->setToken(read.token);
            m_api->get(u"/api/v1/me"_s, {}, this, [this](const ApiResponse& r) {
                if (r.ok()) {
                    const CurrentUser user = currentUserFromJson(r.body);
                    if (user.isValid()) {
                        becomeSignedIn(user, false);
                        return;
                    }
                }
                if (r.error.kind == ApiError::Kind::Unauthorized)
                    return; // handleUnauthorized() forgets the token
                const CurrentUser last = currentUserFromJson(m_settings->lastUser());
                if (r.error.isTransient() && last.isValid()) {
                    becomeSignedIn(last, true); // offline; sync retries
                    setError(r.error.message);
                    return;
                }
                m_token.clear();
                m_api->setToken({});
                setState(State::SignedOut);
                setError(r.error.message);
            });
        });
}

void Session::becomeSignedIn(const CurrentUser& user, bool offline)
{
    m_user = user;
    m_offline = offline;
    if (!offline)
        m_settings->setLastUser(toJson(user));
    setState(State::SignedIn);
    Q_EMIT stateChanged(); // offline may have changed alone
    Q_EMIT credentialsChanged(m_serverUrl, m_token);
    Q_EMIT signedIn(user);
}

void Session::signOut()
{
    if (m_state == State::SignedOut)
        return;
    // Ends the session on the server too when it can be reached; the token is forgotten here
    // either way.
    if (!m_token.isEmpty())
        m_api->send(ApiClient::Method::Delete, u"/api/v1/session"_s, {}, {}, m_api,
                    [](const ApiResponse&) {});
    forget({});
}

void Session::handleUnauthorized()
{
    if (m_state == State::SignedOut)
        return;
    forget(tr("Your session has ended. Please sign in again."));
}

void Session::forget(const QString& message)
{
    m_credentials->deleteToken(credentialKey(m_serverUrl), this,
                               [](const CredentialStore::Result&) {});
    m_token.clear();
    m_api->setToken({});
    m_user = {};
    m_offline = false;
    setState(State::SignedOut);
    setError(message);
    Q_EMIT credentialsChanged(m_serverUrl, {});
    Q_EMIT signedOut();
}

} // namespace kontor::app
