#include "settings.h"

using namespace Qt::StringLiterals;

namespace kontor::app {

namespace {
const QString serverUrlKey = u"connection/server_url"_s;
const QString lastEmailKey = u"connection/last_email"_s;
const QString languageKey = u"ui/language"_s;
} // namespace

Settings::Settings()
    : m_settings(u"Kontor"_s, u"kontor"_s)
{
}

QUrl Settings::serverUrl() const
{
    return m_settings.value(serverUrlKey).toUrl();
}

void Settings::setServerUrl(const QUrl& url)
{
    m_settings.setValue(serverUrlKey, url);
}

QString Settings::lastEmail() const
{
    return m_settings.value(lastEmailKey).toString();
}

void Settings::setLastEmail(const QString& email)
{
    m_settings.setValue(lastEmailKey, email);
}

QString Settings::language() const
{
    return m_settings.value(languageKey).toString();
}

void Settings::setLanguage(const QString& language)
{
    m_settings.setValue(languageKey, language);
}

} // namespace kontor::app
