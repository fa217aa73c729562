#include "migrations.h"

#include "query.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

using namespace Qt::StringLiterals;

namespace kontor::server::storage {

namespace {

const QString resourceDir = u":/kontor/migrations"_s;
constexpr qint64 advisoryLockKey = 7'740'001;

QString suffix(Dialect dialect)
{
    return dialect == Dialect::Sqlite ? u".sqlite.sql"_s : u".postgres.sql"_s;
}

QString fileOf(Dialect dialect, int version)
{
    const QString prefix = u"%1_"_s.arg(version, 4, 10, QLatin1Char('0'));
    const QStringList files = QDir(resourceDir).entryList({prefix + u'*' + suffix(dialect)});
    return files.isEmpty() ? QString() : resourceDir + u'/' + files.constFirst();
}

// Splits at a ';' that ends a line, except inside a trigger body (BEGIN … END;).
QStringList split(const QString& script)
{
    QStringList out;
    QString current;
    bool inBody = false;
    for (const QString& line : script.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u"--"))
            continue;
        current += line + u'\n';
        if (trimmed.startsWith(u"CREATE TRIGGER", Qt::CaseInsensitive))
            inBody = true;
        if (inBody ? trimmed.compare(u"END;", Qt::CaseInsensitive) == 0 : trimmed.endsWith(u';')) {
            current = current.trimmed();
            if (!inBody)
                current.chop(1);
            out.append(current);
            current.clear();
            inBody = false;
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

} // namespace

QList<Migrations::Step> Migrations::steps()
{
    QList<Step> out;
    static const QRegularExpression pattern(u"^(\\d{4})_(.+)\\.sqlite\\.sql$"_s);
    for (const QString& file :
         QDir(resourceDir).entryList({u"*.sqlite.sql"_s}, QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch m = pattern.match(file);
        if (m.hasMatch())
            out.append(Step{m.captured(1).toInt(), m.captured(2)});
    }
    return out;
}

int Migrations::latestVersion()
{
    const QList<Step> all = steps();
    return all.isEmpty() ? 0 : all.constLast().version;
}

QStringList Migrations::statements(Dialect dialect, int version)
{
    QFile file(fileOf(dialect, version));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return split(QString::fromUtf8(file.readAll()));
}

int Migrations::currentVersion(Database& db)
{
    db.exec(u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, "
            "name TEXT NOT NULL, applied_at BIGINT NOT NULL)"_s);
    Query q(db, u"SELECT COALESCE(MAX(version), 0) FROM schema_version"_s);
    q.exec();
    return q.next() ? int(q.integer(0)) : 0;
}

bool Migrations::migrate(Database& db, QString* error, int targetVersion)
{
    const int target = targetVersion < 0 ? latestVersion() : targetVersion;
    const bool postgres = db.dialect() == Dialect::Postgres;
    try {
        if (postgres)
            db.exec(u"SELECT pg_advisory_lock(%1)"_s.arg(advisoryLockKey));
        int current = currentVersion(db);
        if (current > latestVersion()) {
            *error = u"the database has schema version %1, newer than this server (%2)"_s.arg(
                QString::number(current), QString::number(latestVersion()));
            if (postgres)
                db.exec(u"SELECT pg_advisory_unlock(%1)"_s.arg(advisoryLockKey));
            return false;
        }
        for (const Step& step : steps()) {
            if (step.version <= current || step.version > target)
                continue;
            const QStringList sql = statements(db.dialect(), step.version);
            if (sql.isEmpty())
                throw std::runtime_error("migration file missing");
            // SQLite: BEGIN IMMEDIATE takes the write lock, so a second process waits here.
            db.exec(postgres ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s);
            try {
                if (currentVersion(db) >= step.version) {
                    db.exec(u"COMMIT"_s);
                    continue;
                }
                for (const QString& statement : sql)
                    db.exec(statement);
                Query record(db, u"INSERT INTO schema_version (version, name, applied_at) "
                                 "VALUES (:v, :n, :t)"_s);
                record.bind(u":v"_s, step.version)
                    .bind(u":n"_s, step.name)
                    .bind(u":t"_s, nowMs())
                    .exec();
                db.exec(u"COMMIT"_s);
            } catch (...) {
                db.exec(u"ROLLBACK"_s);
                throw;
            }
            qCInfo(lcStorage) << "schema migrated to version" << step.version << step.name;
            current = step.version;
        }
        if (postgres)
            db.exec(u"SELECT pg_advisory_unlock(%1)"_s.arg(advisoryLockKey));
    } catch (const std::exception& e) {
        *error = QString::fromUtf8(e.what());
        if (postgres) {
            try {
                db.exec(u"SELECT pg_advisory_unlock(%1)"_s.arg(advisoryLockKey));
            } catch (const StorageError&) {
            }
        }
        return false;
    }
    return true;
}

} // namespace kontor::server::storage
