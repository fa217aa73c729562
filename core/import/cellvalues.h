#pragma once

#include "core/account.h"

#include <QDate>

#include <optional>

namespace kontor::core {

// How import cells are read: spreadsheets write the same thing many ways.

/// A cell as text: line breaks as LF, surrounding whitespace removed (also no-break spaces),
/// Excel's text formula
/// `="00123"` (used to keep leading zeros) unwrapped, and the apostrophe our CSV export puts
/// before `= + - @` (see neutralizedCsvCell) taken off again.
QString cleanedCell(QStringView cell);

/// ja/nein, yes/no, x, 1/0, wahr/falsch, true/false, j/n, y (any case). Empty is false.
/// Nothing for anything else.
std::optional<bool> parseImportBoolean(QStringView text);

/// `31.12.2024` (also `1.2.2024`), ISO `2024-12-31` (a time after it is ignored) and vCard's
/// `20241231`. Two-digit years are refused: "1.2.24" could be 1924 or 2024.
std::optional<QDate> parseImportDate(QStringView text);

/// `1234,56` and `1.234,56` (German), `1234.56`; a comma makes the dots thousands separators.
std::optional<double> parseImportNumber(QStringView text);

/// "Einzelperson", "Privatperson", "Unternehmen", "Firma", "individual", "company", and DATEV's
/// Adressattyp codes 1 (natürliche Person) and 2 (Unternehmen). Nothing for anything else.
std::optional<AccountType> parseAccountType(QStringView text);
/// The lines of a cell joined with ", " ("Prager Str. 8\nAufgang B" → "Prager Str. 8, Aufgang
/// B"), for a street that a spreadsheet keeps on several lines; empty lines are left out.
QString joinedLines(QStringView text);
/// DATEV's Adressattyp 0 ("keine Angabe") and its words: the cell says nothing about the type,
/// as an empty one would (the type then follows from the company name, R-ACC-5).
bool statesNoAccountType(QStringView text);

/// Splits a list cell ("Mandant, Lohn; Buchhaltung", Google's "A ::: B", one per line) into
/// trimmed, non-empty items, each once (case-insensitively). Google's system labels ("*
/// myContacts") are left out.
QStringList splitImportList(QStringView text);

/// A name given as one text.
struct PersonName {
    QString first;
    QString last;
};

/// "Müller, Anna" and "Anna Maria Müller" (last word is the last name, unless a particle such as
/// "von" or "van" starts it earlier: "Ursula von der Leyen"). Salutations and titles in front
/// ("Herr", "Frau", "Dr.", "Prof.") are dropped.
PersonName splitFullName(QStringView text);

/// Case-folded, whitespace simplified: the form account names and person names are compared in.
QString comparableText(QStringView text);

} // namespace kontor::core
