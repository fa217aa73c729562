#pragma once

#include "app/database.h"

#include "core/import/accountassembler.h"
#include "core/import/importmapping.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUuid>

#include <optional>

namespace kontor::app {

/// What an import did or plans to do, counted as the report names it.
struct ImportCounts {
    qint64 rows = 0;           ///< data rows read (blank lines not counted)
    qint64 accountsCreate = 0; ///< accounts created
    qint64 contactsCreate = 0; ///< contacts created
    qint64 link = 0;           ///< existing contacts linked (from the store or an earlier row)
    qint64 update = 0;         ///< existing accounts and contacts updated
    qint64 skip = 0;           ///< rows left out (duplicates, empty, imported before)
    qint64 errorRows = 0;      ///< rows with errors

    ImportCounts& operator+=(const ImportCounts& other);
    bool operator==(const ImportCounts&) const = default;
};
QJsonObject toJson(const ImportCounts& counts);
ImportCounts importCountsFromJson(const QJsonObject& object);

/// Where an import stands (persisted, so a crash or a cancel can be resumed).
enum class ImportStatus { Running, Cancelled, Failed, Done, Undoing, Undone };
QString toWireName(ImportStatus status);
ImportStatus importStatusFromWireName(const QString& name);

/// One import as the local store remembers it.
struct ImportRecord {
    QUuid id;
    QString filePath;
    QString fileHash;
    QJsonObject settings; ///< ImportSettings as JSON (format, dialect overrides, mapping, choices)
    /// How its records' ids are made (kept in the settings column as "record_ids"; imports
    /// recorded before Sequential ids have none and keep hashed ids).
    core::RecordIds recordIds = core::RecordIds::Sequential;
    ImportStatus status = ImportStatus::Running;
    qint64 rowsTotal = 0;
    qint64 lastRow = 0; ///< the last source row a committed batch covered
    int batches = 0;
    bool invited = false;
    QDateTime startedAt;
    QDateTime finishedAt;

    /// Cancelled or failed (or running when the program died): it can go on.
    bool resumable() const
    {
        return status == ImportStatus::Running || status == ImportStatus::Cancelled ||
               status == ImportStatus::Failed;
    }
};

/// One committed batch: its outbox operation and what undo needs.
struct ImportBatch {
    int number = 0;
    QUuid opId;
    qint64 lastRow = 0;
    ImportCounts counts;
    QByteArray undo; ///< JSON text, see ImportRunner: accounts, links, updates, invite
};

// The import's own tables in the local store. They are created on first use rather than by
// the store's migrations, so the import keeps its schema to itself.
namespace importtables {
bool ensure(Database& db);
std::optional<ImportRecord> load(Database& db, const QUuid& id);
/// Newest first.
QList<ImportRecord> list(Database& db);
bool save(Database& db, const ImportRecord& record);
bool addBatch(Database& db, const QUuid& importId, const ImportBatch& batch);
/// The batches in order, without their undo data (which can be large).
QList<ImportBatch> batches(Database& db, const QUuid& importId);
QJsonObject batchUndo(Database& db, const QUuid& importId, int batch);
/// The column mapping saved "for next time" (per firm: it names the firm's custom fields).
std::optional<core::ImportMapping> savedMapping(Database& db);
bool saveMapping(Database& db, const core::ImportMapping& mapping);
} // namespace importtables

} // namespace kontor::app
