#include "searchindexbulkload.h"

#include "database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kontor::app {

namespace {

const QString indexes[] = {u"accounts_fts"_s, u"contacts_fts"_s};

// FTS5's defaults (automerge 4, crisismerge 16) and the bulk load's setting. An import writes
// a segment per index for every 1 MB of new words (FTS5's hash size), some 250 for a million
// rows; they wait for finish() to merge them in one pass. A crisis merge at 64 segments made
// the run no faster than FTS5's default: each crisis rewrites the entries once more. FTS5
// allows at most 2,000 segments in all, so a crisis still comes at 1,000 (4,000,000 rows).
constexpr int defaultAutomerge = 4;
constexpr int defaultCrisismerge = 16;
constexpr int bulkCrisismerge = 1000;
// finish()'s page budget: unbounded in practice, the merge stops when no level holds
// usermerge (4) segments.
constexpr int mergeEverything = 1 << 30;

bool setOption(QSqlDatabase& db, const QString& index, const char* option, int value)
{
    return execSql(db, u"INSERT INTO %1(%1, rank) VALUES('%2', %3)"_s.arg(
                           index, QLatin1StringView(option), QString::number(value)));
}

bool mergeAndRestore(QSqlDatabase& db)
{
    Transaction tx(db);
    bool ok = tx.isActive();
    for (const QString& index : indexes) {
        ok = ok && setOption(db, index, "automerge", defaultAutomerge) &&
             setOption(db, index, "crisismerge", defaultCrisismerge) &&
             setOption(db, index, "merge", mergeEverything);
    }
    ok = ok && tx.commit();
    if (!ok)
        qCWarning(lcStore) << "the search index could not be merged after a bulk load";
    return ok;
}

} // namespace

SearchIndexBulkLoad::SearchIndexBulkLoad(QSqlDatabase& db)
    : m_db(db)
{
    Transaction tx(db);
    bool ok = tx.isActive();
    for (const QString& index : indexes) {
        ok = ok && setOption(db, index, "automerge", 0) &&
             setOption(db, index, "crisismerge", bulkCrisismerge);
    }
    if (!ok || !tx.commit())
        qCWarning(lcStore) << "the search index merges as usual during this bulk load";
}

SearchIndexBulkLoad::~SearchIndexBulkLoad()
{
    finish();
}

bool SearchIndexBulkLoad::finish()
{
    if (m_finished)
        return true;
    m_finished = mergeAndRestore(m_db);
    return m_finished;
}

bool SearchIndexBulkLoad::recover(QSqlDatabase& db)
{
    bool interrupted = false;
    for (const QString& index : indexes) {
        QSqlQuery q(db);
        interrupted =
            interrupted || (q.exec(u"SELECT v FROM %1_config WHERE k = 'automerge'"_s.arg(index)) &&
                            q.next() && q.value(0).toInt() == 0);
    }
    if (!interrupted)
        return true;
    qCInfo(lcStore) << "finishing the search index of a bulk load that was interrupted";
    return mergeAndRestore(db);
}

} // namespace kontor::app
