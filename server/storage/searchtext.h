#pragma once

#include "databaseconfig.h"

#include <QStringList>

namespace kontor::server::storage {

// Search works the same on both backends because the server, not the database, decides what a
// word is: text is folded (diacritics removed, lower case, ß → ss) and cut into runs of letters
// and digits. SQLite indexes those words with FTS5, PostgreSQL with a trigram index; a query
// matches records that have, for every query word, a word starting with it ("mül" → "mul" finds
// "Müller" → "muller").

/// Lower case without diacritics; "Müller-Straße" → "muller-strasse".
QString foldForSearch(const QString& text);

/// The words of @p parts, folded, as stored in search_text: " anna muller example de".
/// Phone numbers (E.164) are added in full and, for German numbers, in national form.
QString searchText(const QStringList& parts, const QStringList& e164Phones = {});

/// The words of a query. A query that looks like a phone number is one word of its digits.
QStringList queryWords(const QString& query);

/// What a query over `accounts` or `contacts` (as @p alias) needs to keep the rows matching
/// every word: the FROM clause (SQLite starts from the FTS5 matches, which are few, instead
/// of testing every row), the condition and its bound values.
struct SearchCondition {
    QString from; ///< replaces "<table> <alias>"
    QString sql;
    QList<std::pair<QString, QString>> values;
};
SearchCondition searchCondition(Dialect dialect, const QString& table, const QString& alias,
                                const QStringList& words);
/// The same condition without an index, for rows found another way (domain::AccountSearch):
/// for every word, a word of <alias>.search_text starting with it (`LIKE '% word%'`; on SQLite
/// the same test with instr()). It is PostgreSQL's search condition.
SearchCondition wordCondition(Dialect dialect, const QString& alias, const QStringList& words);

/// The key lists are sorted by: folded, so "Ärzte" sorts with "Arzt".
QString sortKey(const QString& name);

} // namespace kontor::server::storage
