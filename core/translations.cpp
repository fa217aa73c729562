#include "translations.h"

#include <QLocale>
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

} // namespace kontor::core
