#pragma once

#include <QString>
#include <QStringList>

namespace kontor::app {

// Text forms the local store keeps for ordering and searching. SQLite's FTS5 tokenizer
// (`unicode61 remove_diacritics 2`) folds case and diacritics; these functions do the same for
// ordering and add German spellings ("Mueller" for "Müller") so both forms are found.

/// Lower case without diacritics, ß as "ss": "Müller, Jürgen" → "muller, jurgen".
QString foldText(const QString& text);

/// The list order of an account name: its folded form (compared byte-wise as UTF-8, exactly
/// as SQLite's BINARY collation does).
QString sortKey(const QString& name);

/// The text indexed for @p parts: the parts, plus their German transliteration (ä → ae, ß →
/// ss) where it differs, so "mueller" finds "Müller" too.
QString searchDocument(const QStringList& parts);

/// An FTS5 MATCH expression for what a user typed: every word as a quoted prefix, all required
/// ("hans mül" → `"hans"* "mül"*`). Empty when the text holds no letters or digits.
QString ftsMatchExpression(const QString& userText);

} // namespace kontor::app
