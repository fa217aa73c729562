#include "sqlitestatement.h"

#include "app/database.h"

#include <sqlite3.h>

namespace kontor::app {

SqliteStatement::SqliteStatement(QSqlDatabase& db, const char* sql)
    : m_db(sqliteHandle(db))
{
    if (m_db && sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) !=
                    SQLITE_OK) {
        qCWarning(lcStore) << "cannot prepare:" << sql << sqlite3_errmsg(m_db);
        m_stmt = nullptr;
    }
    m_texts.reserve(16);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement& SqliteStatement::bindUtf8(int index, const QByteArray& utf8)
{
    if (!m_stmt)
        return *this;
    // The kept copy shares the caller's characters (implicit sharing), so their address stays
    // valid until reset(), however the vector grows.
    m_texts.push_back(utf8);
    const QByteArray& kept = m_texts.back();
    if (sqlite3_bind_text(m_stmt, index, kept.constData(), int(kept.size()), SQLITE_STATIC) !=
        SQLITE_OK) {
        m_failed = true;
    }
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const QString& text)
{
    return bindUtf8(index, text.toUtf8());
}

SqliteStatement& SqliteStatement::bind(int index, qint64 value)
{
    if (m_stmt && sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        m_failed = true;
    return *this;
}

SqliteStatement& SqliteStatement::bindNull(int index)
{
    if (m_stmt && sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        m_failed = true;
    return *this;
}

bool SqliteStatement::next()
{
    if (!m_stmt || m_failed)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_failed = true;
        qCWarning(lcStore) << "statement failed:" << sqlite3_sql(m_stmt) << sqlite3_errmsg(m_db);
    }
    return false;
}

bool SqliteStatement::exec()
{
    while (next()) {
    }
    const bool ok = m_stmt && !m_failed;
    reset();
    return ok;
}

void SqliteStatement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_texts.clear();
    m_failed = false;
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArray SqliteStatement::utf8(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QByteArray(text, sqlite3_column_bytes(m_stmt, column));
}

QString SqliteStatement::text(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

qint64 SqliteStatement::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

QString SqliteStatement::errorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

} // namespace kontor::app
