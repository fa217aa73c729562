#include "settings.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kontor::app {

namespace {
const QString serverUrlKey = u"connection/server_url"_s;
const QString lastEmailKey = u"connection/last_email"_s;
const QString lastUserKey = u"connection/last_user"_s;
const QString syncIntervalKey = u"sync/interval_seconds"_s;
const QString languageKey = u"ui/language"_s;
const QString lastStartedKey = u"ui/last_started_at"_s;
constexpr int defaultSyncIntervalSeconds = 30;
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

QJsonObject Settings::lastUser() const
{
    return QJsonDocument::fromJson(m_settings.value(lastUserKey).toString().toUtf8()).object();
}

void Settings::setLastUser(const QJsonObject& user)
{
    m_settings.setValue(lastUserKey,
                        QString::fromUtf8(QJsonDocument(user).toJson(QJsonDocument::Compact)));
}

int Settings::syncIntervalSeconds() const
{
    const int seconds = m_settings.value(syncIntervalKey, defaultSyncIntervalSeconds).toInt();
    return seconds > 0 ? seconds : defaultSyncIntervalSeconds;
}

void Settings::setSyncIntervalSeconds(int seconds)
{
    m_settings.setValue(syncIntervalKey, seconds);
}

QDateTime Settings::lastStartedAt() const
{
    return QDateTime::fromString(m_settings.value(lastStartedKey).toString(), Qt::ISODateWithMs);
}

void Settings::setLastStartedAt(const QDateTime& at)
{
    m_settings.setValue(lastStartedKey, at.toUTC().toString(Qt::ISODateWithMs));
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
