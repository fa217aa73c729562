#include "translations.h"

#include <QLocale>
#include <QMutex>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace kontor::core {

bool loadKontorTranslation(QTranslator& translator, const QString& language)
{
    return translator.load(u"kontor_"_s + language, u":/i18n"_s);
}

QString systemLanguage()
{
    return QLocale::system().language() == QLocale::German ? u"de"_s : u"en"_s;
}

namespace {

// Read by the sync's thread as well.
QMutex languageMutex;
QString currentLanguage;

} // namespace

void setUiLanguage(const QString& chosen)
{
    const QMutexLocker lock(&languageMutex);
    currentLanguage = chosen;
}

QString uiLanguage()
{
    const QMutexLocker lock(&languageMutex);
    return currentLanguage;
}

} // namespace kontor::core
