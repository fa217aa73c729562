#pragma once

#include <QString>

#include <optional>

namespace kontor::core {

/// How a firm turns a person's names into an account name (R-ACC-4, R-CON-7).
enum class NameFormat {
    FirstLast,       ///< "Vorname Nachname" (default)
    LastCommaFirst,  ///< "Nachname, Vorname"
    LastFirst,       ///< "Nachname Vorname"
    FirstMiddleLast, ///< "Vorname Zweiter-Vorname Nachname"
};

/// Formats a person's name; empty parts are left out together with their separator.
QString formatPersonName(NameFormat format, const QString& first, const QString& middle,
                         const QString& last);

/// Wire names: "first_last", "last_comma_first", "last_first", "first_middle_last".
QString toWireName(NameFormat format);
std::optional<NameFormat> nameFormatFromWireName(const QString& name);

} // namespace kontor::core
