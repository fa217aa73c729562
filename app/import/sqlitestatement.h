#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace kontor::app {

/// A prepared statement stepped through SQLite's own API on a Qt connection (as
/// sqlitebulk.cpp does for the list): an import writes millions of rows, and Qt's SQL layer
/// costs a QVariant and a copy per value. Bind, step, read, then reset() for the next row.
class SqliteStatement {
public:
    SqliteStatement(QSqlDatabase& db, const char* sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    /// 1-based like SQLite; a null QString binds ''. The statement keeps the text (a shared copy
    /// of @p utf8) until reset(), so SQLite reads it in place instead of copying it.
    SqliteStatement& bind(int index, const QString& text);
    SqliteStatement& bindUtf8(int index, const QByteArray& utf8);
    SqliteStatement& bind(int index, qint64 value);
    SqliteStatement& bindNull(int index);

    /// One step: true while it yields a row; done() tells whether it finished without error.
    bool next();
    /// Runs a statement that yields no rows; false (and logged) on error.
    bool exec();
    bool failed() const { return m_failed; }
    void reset();

    qint64 integer(int column) const;
    QString text(int column) const;
    QByteArray utf8(int column) const;

    /// The rowid of the last INSERT on this connection.
    qint64 lastInsertRowId() const;
    QString errorMessage() const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_failed = false;
    std::vector<QByteArray> m_texts; // bound until reset()
};

} // namespace kontor::app
