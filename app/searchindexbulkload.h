#pragma once

#include <QSqlDatabase>

namespace kontor::app {

/// The full-text indexes (accounts_fts, contacts_fts) during a bulk load. FTS5 writes new words
/// as segments and, by default, merges segments as they come (four of a level into one of the
/// next), so a large load reads and rewrites every entry several times. While a
/// SearchIndexBulkLoad lives, segments are not merged (up to 1,000 on one level); finish()
/// turns merging back on and merges the new segments in one pass (app/import/README.md: an
/// import of a million rows ran 10 % shorter).
///
/// The setting is stored in the index (FTS5's config table), so every connection sees it and a
/// crash in between keeps it: recover() (LocalStore::open) finishes such a load. Searches stay
/// correct throughout; more segments only make them slower.
class SearchIndexBulkLoad {
public:
    /// Turns merging off. A failure is logged: the load is then only slower.
    explicit SearchIndexBulkLoad(QSqlDatabase& db);
    /// finish(), unless it was called.
    ~SearchIndexBulkLoad();
    SearchIndexBulkLoad(const SearchIndexBulkLoad&) = delete;
    SearchIndexBulkLoad& operator=(const SearchIndexBulkLoad&) = delete;

    /// Merging back on and the segments written since merged, in one transaction. False (logged)
    /// on a storage error: recover() tries again at the next start.
    bool finish();

    /// After a crash during a bulk load (merging still off): finish()'s work. True when there
    /// was nothing to do or it succeeded.
    static bool recover(QSqlDatabase& db);

private:
    QSqlDatabase& m_db;
    bool m_finished = false;
};

} // namespace kontor::app
