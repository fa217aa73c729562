#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QSettings>
#include <QString>
#include <QUrl>

namespace kontor::app {

/// The one typed facade over QSettings: every key and default of the desktop client lives here.
class Settings {
public:
    Settings();

    QUrl serverUrl() const;
    void setServerUrl(const QUrl& url);

    QString lastEmail() const;
    void setLastEmail(const QString& email);

    /// The user and firm of the last sign-in (no secrets): signs in offline from the keychain's
    /// token when the server cannot be reached at start.
    QJsonObject lastUser() const;
    void setLastUser(const QJsonObject& user);

    /// How often the sync engine asks the server for changes while idle.
    int syncIntervalSeconds() const;
    void setSyncIntervalSeconds(int seconds);

    /// When the client last started (UTC): a draft changed since was left in that session, and
    /// the client offers to continue it (issue 6).
    QDateTime lastStartedAt() const;
    void setLastStartedAt(const QDateTime& at);

    /// "de", "en", or empty for "as the system".
    QString language() const;
    void setLanguage(const QString& language);

private:
    QSettings m_settings;
};

} // namespace kontor::app
