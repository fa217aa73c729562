#include "uilanguage.h"

#include "core/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace kontor::ui {

QString installUiLanguage(QCoreApplication& app, const QString& language)
{
    const QString chosen = language.isEmpty() ? core::systemLanguage() : language;
    core::setUiLanguage(chosen);
    auto* kontor = new QTranslator(&app);
    if (core::loadKontorTranslation(*kontor, chosen))
        QCoreApplication::installTranslator(kontor);
    auto* qt = new QTranslator(&app);
    if (qt->load(u"qtbase_"_s + chosen, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return chosen;
}

} // namespace kontor::ui
