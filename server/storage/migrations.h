#pragma once

#include "database.h"

namespace kontor::server::storage {

/// The schema's history: numbered SQL files per dialect (storage/migrations/NNNN_name.
/// {sqlite,postgres}.sql, embedded as resources). migrate() applies the missing ones in order,
/// each in its own transaction together with its row in schema_version; on PostgreSQL an
/// advisory lock keeps two starting servers from migrating at once.
class Migrations {
public:
    struct Step {
        int version = 0;
        QString name;
    };

    static QList<Step> steps();
    static int latestVersion();
    /// 0 for an empty database.
    static int currentVersion(Database& db);
    /// Brings the schema to @p targetVersion (default: the latest). False with @p error when a
    /// step fails (that step is rolled back) or the database is newer than this server.
    static bool migrate(Database& db, QString* error, int targetVersion = -1);
    /// The statements of one step, split the way migrate() runs them.
    static QStringList statements(Dialect dialect, int version);
};

} // namespace kontor::server::storage
