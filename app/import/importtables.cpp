#include "importtables.h"

#include "app/storereader.h"
#include "app/storewriter.h"

#include "core/violation.h"

using namespace Qt::StringLiterals;

namespace kontor::app {

ImportCounts& ImportCounts::operator+=(const ImportCounts& o)
{
    rows += o.rows;
    accountsCreate += o.accountsCreate;
    contactsCreate += o.contactsCreate;
    link += o.link;
    update += o.update;
    skip += o.skip;
    errorRows += o.errorRows;
    return *this;
}

QJsonObject toJson(const ImportCounts& c)
{
    return {{u"rows"_s, c.rows},
            {u"accounts_create"_s, c.accountsCreate},
            {u"contacts_create"_s, c.contactsCreate},
            {u"link"_s, c.link},
            {u"update"_s, c.update},
            {u"skip"_s, c.skip},
            {u"error_rows"_s, c.errorRows}};
}

ImportCounts importCountsFromJson(const QJsonObject& o)
{
    const auto n = [&](const QString& key) { return qint64(o.value(key).toDouble()); };
    return {n(u"rows"_s),      n(u"accounts_create"_s), n(u"contacts_create"_s),
            n(u"link"_s),      n(u"update"_s),          n(u"skip"_s),
            n(u"error_rows"_s)};
}

namespace {

const QStringList statusNames = {u"running"_s, u"cancelled"_s, u"failed"_s,
                                 u"done"_s,    u"undoing"_s,   u"undone"_s};

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(u""_s);
}

const QString recordIdsKey = u"record_ids"_s;
const QString sequentialIds = u"sequential"_s;

ImportRecord recordFrom(const QSqlQuery& q)
{
    ImportRecord r;
    r.id = QUuid::fromString(q.value(0).toString());
    r.filePath = q.value(1).toString();
    r.fileHash = q.value(2).toString();
    r.settings = jsonObjectFromText(q.value(3).toString());
    r.recordIds = r.settings.take(recordIdsKey) == sequentialIds ? core::RecordIds::Sequential
                                                                 : core::RecordIds::Hashed;
    r.status = importStatusFromWireName(q.value(4).toString());
    r.rowsTotal = q.value(5).toLongLong();
    r.lastRow = q.value(6).toLongLong();
    r.batches = q.value(7).toInt();
    r.invited = q.value(8).toBool();
    r.startedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    r.finishedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    return r;
}

const QString recordColumns =
    u"id, file_path, file_hash, settings, status, rows_total, last_row,"
    " (SELECT count(*) FROM import_batches b WHERE b.import_id = imports.id), invited,"
    " started_at, finished_at"_s;

} // namespace

QString toWireName(ImportStatus status)
{
    return statusNames.value(int(status));
}

ImportStatus importStatusFromWireName(const QString& name)
{
    const qsizetype i = statusNames.indexOf(name);
    return i < 0 ? ImportStatus::Failed : ImportStatus(i);
}

namespace importtables {

bool ensure(Database& db)
{
    return execSql(db.db(), u"CREATE TABLE IF NOT EXISTS imports("
                            " id TEXT PRIMARY KEY,"
                            " file_path TEXT NOT NULL,"
                            " file_hash TEXT NOT NULL,"
                            " settings TEXT NOT NULL,"
                            " status TEXT NOT NULL,"
                            " rows_total INTEGER NOT NULL DEFAULT 0,"
                            " last_row INTEGER NOT NULL DEFAULT 0,"
                            " invited INTEGER NOT NULL DEFAULT 0,"
                            " started_at TEXT NOT NULL,"
                            " finished_at TEXT NOT NULL DEFAULT '')"_s) &&
           execSql(db.db(), u"CREATE TABLE IF NOT EXISTS import_batches("
                            " import_id TEXT NOT NULL,"
                            " batch INTEGER NOT NULL,"
                            " op_id TEXT NOT NULL,"
                            " last_row INTEGER NOT NULL,"
                            " counts TEXT NOT NULL,"
                            " undo TEXT NOT NULL,"
                            " PRIMARY KEY(import_id, batch)) WITHOUT ROWID"_s);
}

std::optional<ImportRecord> load(Database& db, const QUuid& id)
{
    Statement q(db, u"SELECT %1 FROM imports WHERE id = ?"_s.arg(recordColumns));
    q->addBindValue(core::toWireId(id));
    if (!q.exec() || !q->next())
        return std::nullopt;
    return recordFrom(*q);
}

QList<ImportRecord> list(Database& db)
{
    QList<ImportRecord> out;
    Statement q(db, u"SELECT %1 FROM imports ORDER BY started_at DESC"_s.arg(recordColumns));
    if (q.exec()) {
        while (q->next())
            out.append(recordFrom(*q));
    }
    return out;
}

bool save(Database& db, const ImportRecord& r)
{
    Statement q(db, u"INSERT INTO imports(id, file_path, file_hash, settings, status, rows_total,"
                    " last_row, invited, started_at, finished_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?,"
                    " ?, ?) ON CONFLICT(id) DO UPDATE SET file_path = excluded.file_path,"
                    " file_hash = excluded.file_hash, settings = excluded.settings,"
                    " status = excluded.status, rows_total = excluded.rows_total,"
                    " last_row = excluded.last_row, invited = excluded.invited,"
                    " started_at = excluded.started_at, finished_at = excluded.finished_at"_s);
    QJsonObject settings = r.settings;
    if (r.recordIds == core::RecordIds::Sequential)
        settings.insert(recordIdsKey, sequentialIds);
    for (const QVariant& v :
         QVariantList{core::toWireId(r.id), r.filePath, r.fileHash, toJsonText(settings),
                      toWireName(r.status), r.rowsTotal, r.lastRow, r.invited,
                      timeText(r.startedAt), timeText(r.finishedAt)}) {
        q->addBindValue(v);
    }
    return q.exec();
}

bool addBatch(Database& db, const QUuid& importId, const ImportBatch& b)
{
    Statement q(db, u"INSERT OR REPLACE INTO import_batches(import_id, batch, op_id, last_row,"
                    " counts, undo) VALUES(?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant& v :
         QVariantList{core::toWireId(importId), b.number, core::toWireId(b.opId), b.lastRow,
                      toJsonText(toJson(b.counts)), QString::fromUtf8(b.undo)}) {
        q->addBindValue(v);
    }
    return q.exec();
}

QList<ImportBatch> batches(Database& db, const QUuid& importId)
{
    QList<ImportBatch> out;
    Statement q(db, u"SELECT batch, op_id, last_row, counts FROM import_batches"
                    " WHERE import_id = ? ORDER BY batch"_s);
    q->addBindValue(core::toWireId(importId));
    if (!q.exec())
        return out;
    while (q->next()) {
        out.append({q->value(0).toInt(),
                    QUuid::fromString(q->value(1).toString()),
                    q->value(2).toLongLong(),
                    importCountsFromJson(jsonObjectFromText(q->value(3).toString())),
                    {}});
    }
    return out;
}

QJsonObject batchUndo(Database& db, const QUuid& importId, int batch)
{
    Statement q(db, u"SELECT undo FROM import_batches WHERE import_id = ? AND batch = ?"_s);
    q->addBindValue(core::toWireId(importId));
    q->addBindValue(batch);
    return q.exec() && q->next() ? jsonObjectFromText(q->value(0).toString()) : QJsonObject();
}

std::optional<core::ImportMapping> savedMapping(Database& db)
{
    const QString text = StoreReader(db).meta(u"import_mapping"_s);
    if (text.isEmpty())
        return std::nullopt;
    core::Decoded<core::ImportMapping> mapping = core::decodeImportMapping(text.toUtf8());
    return mapping.ok() ? std::optional(mapping.value) : std::nullopt;
}

bool saveMapping(Database& db, const core::ImportMapping& mapping)
{
    StoreTransaction tx(db);
    return tx.writer().setMeta(u"import_mapping"_s, toJsonText(core::toJson(mapping))) &&
           tx.commit();
}

} // namespace importtables

} // namespace kontor::app
