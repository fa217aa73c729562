#pragma once

#include <QString>

class QTranslator;

namespace kontor::core {

/// Loads Kontor's embedded translation (":/i18n/kontor_<language>.qm") into @p translator.
bool loadKontorTranslation(QTranslator& translator, const QString& language);

/// "de" on a German system, otherwise "en".
QString systemLanguage();

/// The language this program speaks ("de", "en"), set once where its translation is installed;
/// the client asks the server to answer in it (Accept-Language). Empty until set.
void setUiLanguage(const QString& language);
QString uiLanguage();

} // namespace kontor::core
