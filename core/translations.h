#pragma once

#include <QString>

class QTranslator;

namespace kontor::core {

/// Loads Kontor's embedded translation (":/i18n/kontor_<language>.qm") into @p translator.
bool loadKontorTranslation(QTranslator& translator, const QString& language);

/// "de" on a German system, otherwise "en".
QString systemLanguage();

} // namespace kontor::core
