#include "sqlitebulk.h"

#include "database.h"

#include <sqlite3.h>

namespace kontor::app {

namespace {

// Finalizes the statement however the function leaves.
struct StatementGuard {
    sqlite3_stmt* stmt = nullptr;
    ~StatementGuard() { sqlite3_finalize(stmt); }
};

} // namespace

std::optional<std::vector<qint64>> selectIntegers(QSqlDatabase& db, const QString& sql,
                                                  const QVariantList& values)
{
    sqlite3* handle = sqliteHandle(db);
    if (!handle)
        return std::nullopt;
    StatementGuard guard;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &guard.stmt, nullptr) !=
        SQLITE_OK) {
        qCWarning(lcStore) << "cannot prepare:" << sql.left(120) << sqlite3_errmsg(handle);
        return std::nullopt;
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        int rc = SQLITE_OK;
        if (v.typeId() == QMetaType::QString) {
            const QByteArray utf8 = v.toString().toUtf8();
            rc = sqlite3_bind_text(guard.stmt, i + 1, utf8.constData(), int(utf8.size()),
                                   SQLITE_TRANSIENT);
        } else {
            rc = sqlite3_bind_int64(guard.stmt, i + 1, v.toLongLong());
        }
        if (rc != SQLITE_OK)
            return std::nullopt;
    }
    std::vector<qint64> out;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(guard.stmt)) == SQLITE_ROW)
        out.push_back(sqlite3_column_int64(guard.stmt, 0));
    if (rc != SQLITE_DONE) {
        qCWarning(lcStore) << "query failed:" << sql.left(120) << sqlite3_errmsg(handle);
        return std::nullopt;
    }
    return out;
}

} // namespace kontor::app
