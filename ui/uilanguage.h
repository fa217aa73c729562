#pragma once

#include <QString>

class QCoreApplication;

namespace kontor::ui {

/// Installs Kontor's and Qt's own translations (Qt's give the wizard's "Weiter"/"Zurück") for
/// @p language ("de" or "en"; empty means the system's language) and returns the language used.
QString installUiLanguage(QCoreApplication& app, const QString& language);

} // namespace kontor::ui
