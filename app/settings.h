#pragma once

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

    /// "de", "en", or empty for "as the system".
    QString language() const;
    void setLanguage(const QString& language);

private:
    QSettings m_settings;
};

} // namespace kontor::app
