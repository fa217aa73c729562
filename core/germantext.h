#pragma once

#include <QString>
#include <QStringView>

namespace kontor::core {

/// @p text with umlauts and ß written out as German does without them: ä → ae, Ö → Oe,
/// ß → ss (case kept). "Müller" matches "Mueller" in search, a header "Straße" the mapping
/// "strasse", and demo email addresses stay ASCII.
QString germanTransliteration(QStringView text);

} // namespace kontor::core
