#include "importrunner.h"

#include "accountfeed.h"
#include "importjson.h"
#include "importmerge.h"
#include "importwriter.h"

#include "app/jsontext.h"
#include "app/operations.h"
#include "app/searchindexbulkload.h"
#include "app/storereader.h"
#include "app/storewriter.h"

#include "core/import/accountassembler.h"
#include "core/wireformat.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <optional>

Q_LOGGING_CATEGORY(lcImport, "kontor.import")

using namespace Qt::StringLiterals;

namespace kontor::app {

namespace {

QString storageFailed()
{
    return QCoreApplication::translate("kontor::app::ImportPlan",
                                       "The import could not be saved on this computer. Is the "
                                       "disk full?");
}

// A batch is one outbox operation: it must fit one push (4 MB, app/syncworker.cpp) and so
// stays far below the server's 10 MB request limit, whatever the rows hold.
constexpr qsizetype maxBatchBytes = 3 * 1024 * 1024;

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

/// Names the @p accounts an `import.batch` @p opId creates or changes (outbox_accounts), so
/// their list rows show it as queued until the server answered for it.
bool nameBatchAccounts(Database& db, const QUuid& opId, const QSet<QUuid>& accounts)
{
    SqliteStatement insert(db.db(),
                           "INSERT OR IGNORE INTO outbox_accounts(account_id, op_id) VALUES(?, ?)");
    const QString op = core::toWireId(opId);
    // In key order: an import's sequential ids then go in at one end of the table, not on a
    // page of their own each (a QSet iterates in hash order).
    QStringList ids;
    ids.reserve(accounts.size());
    for (const QUuid& id : accounts)
        ids.append(core::toWireId(id));
    ids.sort();
    for (const QString& id : std::as_const(ids)) {
        if (!insert.bind(1, id).bind(2, op).exec())
            return false;
    }
    return true;
}

/// A bulk load or delete on this connection while it lives: a larger page cache (sort keys,
/// emails and names come in random order, so their index entries are all over), and WAL
/// checkpoints (each with an fsync) every 64 MB instead of 4 MB.
class BulkWrite {
public:
    explicit BulkWrite(Database& db)
        : m_db(db)
    {
        execSql(m_db.db(), u"PRAGMA cache_size = -65536"_s);
        execSql(m_db.db(), u"PRAGMA wal_autocheckpoint = 16384"_s);
    }
    ~BulkWrite()
    {
        execSql(m_db.db(), u"PRAGMA cache_size = -16000"_s);
        execSql(m_db.db(), u"PRAGMA wal_autocheckpoint = 1000"_s);
    }
    BulkWrite(const BulkWrite&) = delete;
    BulkWrite& operator=(const BulkWrite&) = delete;

private:
    Database& m_db;
};

/// The batch being written (its outbox items and what undo will need) and the transaction it
/// is written in. A transaction holds several batches: a commit rewrites every index page the
/// rows touched, and ids are random, so fewer, larger transactions write far less (a 500,000
/// row import: 20 % less time with 20,000 rows a transaction than with 2,000).
class Batch {
public:
    Batch(Database& db, const QUuid& importId, int number)
        : m_db(db)
        , m_importId(importId)
        , m_number(number)
    {
    }

    bool isOpen() const { return m_open; }
    bool inTransaction() const { return m_tx.has_value(); }
    int transactionBatches() const { return m_transactionBatches; }
    qsizetype itemBytes() const { return m_items.size(); }
    ImportCounts& counts() { return m_counts; }
    StoreChanges& fastChanges() { return m_fastChanges; }
    StoreWriter& writer() { return m_tx->writer(); }

    bool open()
    {
        if (!m_tx)
            m_tx.emplace(m_db);
        m_open = true;
        return m_tx->isActive();
    }
    /// Drops the transaction: every batch closed in it and the open one.
    void rollback()
    {
        m_tx.reset();
        m_fastChanges = {};
        m_transactionBatches = 0;
        resetBatch();
    }

    void addItem(QLatin1StringView kind, const QByteArray& payload)
    {
        m_items += m_items.isEmpty() ? "{\"kind\":" : ",{\"kind\":";
        jsontext::appendString(m_items, QString(kind));
        m_items += ",\"payload\":";
        m_items += payload;
        m_items += '}';
    }
    /// An operation on a record that existed before: applied as the outbox would apply it.
    bool apply(QLatin1StringView kind, const QJsonObject& payload)
    {
        if (!writer().applyOperation({{}, QString(kind), payload}))
            return false;
        addItem(kind, QJsonDocument(payload).toJson(QJsonDocument::Compact));
        return true;
    }

    /// Undo's entries: the new accounts' (FeedItem::undoCreated, comma-separated JSON text; a
    /// batch creates up to 2,000 of them), links to stored accounts, updates, invitations.
    QByteArray undoAccounts;
    QJsonArray undoLinks, undoUpdates, invite;
    QSet<QUuid> accounts; ///< created or changed by this batch (outbox_accounts)
    qint64 rows = 0;
    qint64 lastRow = 0;

    /// Queues the batch's operation and records the batch, in the open transaction.
    bool close(ImportRecord& record)
    {
        const QUuid opId = QUuid::createUuid();
        QByteArray payload = "{\"batch\":" + QByteArray::number(m_number) + ",\"import_id\":";
        jsontext::appendString(payload, core::toWireId(m_importId));
        payload += ",\"items\":[" + m_items + "]}";
        SqliteStatement outbox(m_db.db(), "INSERT INTO outbox(op_id, kind, payload, account_id,"
                                          " contact_id, created_at) VALUES(?, ?, ?, NULL, NULL,"
                                          " ?)");
        ImportBatch batch;
        batch.number = m_number;
        batch.opId = opId;
        batch.lastRow = lastRow;
        batch.counts = m_counts;
        batch.counts.rows = rows;
        const auto json = [](const QJsonArray& a) {
            return QJsonDocument(a).toJson(QJsonDocument::Compact);
        };
        batch.undo = "{\"accounts\":[" + undoAccounts + "],\"links\":" + json(undoLinks) +
                     ",\"updates\":" + json(undoUpdates) + ",\"invite\":" + json(invite) + '}';
        record.lastRow = qMax(record.lastRow, lastRow);
        if (!outbox.bind(1, core::toWireId(opId))
                 .bind(2, QString(core::opkind::importBatch))
                 .bindUtf8(3, payload)
                 .bind(4, nowText())
                 .exec() ||
            !addOutboxAccounts(opId) || !importtables::addBatch(m_db, m_importId, batch) ||
            !importtables::save(m_db, record)) {
            return false;
        }
        ++m_transactionBatches;
        resetBatch();
        ++m_number;
        return true;
    }

    /// Commits the transaction with the batches closed in it. The changes to announce.
    std::optional<StoreChanges> commit()
    {
        if (!m_tx->commit()) {
            rollback();
            return std::nullopt;
        }
        StoreChanges changes = m_tx->changes();
        changes.merge(m_fastChanges);
        changes.outbox = true;
        rollback(); // nothing left to drop: resets the state
        return changes;
    }

private:
    bool addOutboxAccounts(const QUuid& opId) { return nameBatchAccounts(m_db, opId, accounts); }
    void resetBatch()
    {
        m_open = false;
        m_items.clear();
        m_counts = {};
        undoAccounts.clear();
        undoLinks = undoUpdates = invite = QJsonArray();
        accounts.clear();
        rows = 0;
    }

    Database& m_db;
    QUuid m_importId;
    int m_number;
    bool m_open = false;
    std::optional<StoreTransaction> m_tx;
    int m_transactionBatches = 0;
    QByteArray m_items;
    ImportCounts m_counts;
    StoreChanges m_fastChanges;
};

/// The second pass: the plan's accounts (AccountFeed), written batch by batch.
class Run {
public:
    Run(Database& db, const ImportPlan& plan, ImportRecord& record, int firstBatch,
        AccountFeed& feed)
        : m_db(db)
        , m_plan(plan)
        , m_record(record)
        , m_feed(feed)
        , m_batch(db, plan.importId(), firstBatch)
        , m_writer(db, StoreReader(db).firmSettings().nameFormat)
    {
    }

    bool add(const FeedItem& item);
    Batch& batch() { return m_batch; }

private:
    bool updateContact(const QUuid& id, const core::Contact& file);
    bool addNew(const FeedItem& item);
    bool addToExisting(const core::ImportedAccount& imported, const QUuid& accountId);

    Database& m_db;
    const ImportPlan& m_plan;
    ImportRecord& m_record;
    AccountFeed& m_feed;
    Batch m_batch;
    ImportWriter m_writer;
};

bool Run::updateContact(const QUuid& id, const core::Contact& file)
{
    const std::optional<core::Contact> stored = StoreReader(m_db).contact(id);
    if (!stored)
        return true; // gone since the preview
    const QJsonObject payload =
        ops::updatePayload(id, ops::contactFieldValues(*stored),
                           ops::contactFieldValues(mergedContact(*stored, file)));
    if (payload.value(u"fields"_s).toObject().isEmpty())
        return true;
    ++m_batch.counts().update;
    m_batch.undoUpdates.append(QJsonObject{{u"kind"_s, QString(core::opkind::contactUpdate)},
                                           {u"id"_s, core::toWireId(id)},
                                           {u"before"_s, payload.value(u"base"_s)},
                                           {u"after"_s, payload.value(u"fields"_s)}});
    return m_batch.apply(core::opkind::contactUpdate, payload);
}

bool Run::add(const FeedItem& item)
{
    const core::ImportedAccount& imported = item.imported;
    m_batch.lastRow = qMax(m_batch.lastRow, imported.rows.constLast());
    switch (item.decision) {
    case ImportPlan::AccountDecision::AlreadyImported:
    case ImportPlan::AccountDecision::SkipExisting:
        return true;
    case ImportPlan::AccountDecision::New:
        return m_batch.open() && addNew(item);
    case ImportPlan::AccountDecision::UpdateExisting: {
        const bool ok =
            m_batch.open() &&
            addToExisting(imported, m_plan.accountMatch(imported.rows.constFirst())->id);
        m_feed.handled();
        return ok;
    }
    }
    return true;
}

bool Run::addNew(const FeedItem& item)
{
    const core::ImportedAccount& imported = item.imported;
    const core::Account& account = item.account;
    for (qsizetype i = 0; i < imported.rows.size(); ++i) {
        const ContactTarget& target = item.targets.at(i);
        if (target.update && !updateContact(target.id, imported.account.contacts.at(i).contact))
            return false;
        if (target.create)
            ++m_batch.counts().contactsCreate;
        else
            ++m_batch.counts().link;
        if (account.contacts.at(i).switches.login)
            m_batch.invite.append(
                QJsonArray{core::toWireId(account.id), core::toWireId(target.id)});
    }
    m_batch.rows += imported.rows.size();
    ++m_batch.counts().accountsCreate;
    if (!m_batch.undoAccounts.isEmpty())
        m_batch.undoAccounts += ',';
    m_batch.undoAccounts += item.undoCreated;
    m_batch.accounts.insert(account.id);
    m_batch.addItem(core::opkind::accountCreate, item.createOperation);
    return m_writer.createAccount(account, item.prepared, m_batch.fastChanges());
}

bool Run::addToExisting(const core::ImportedAccount& imported, const QUuid& accountId)
{
    const std::optional<core::Account> stored = StoreReader(m_db).account(accountId);
    if (!stored)
        return true; // deleted since the preview
    m_batch.rows += imported.rows.size();
    m_batch.accounts.insert(accountId);
    const QJsonObject payload =
        ops::updatePayload(accountId, ops::accountFieldValues(*stored),
                           ops::accountFieldValues(mergedAccount(*stored, imported.account)));
    if (!payload.value(u"fields"_s).toObject().isEmpty()) {
        ++m_batch.counts().update;
        m_batch.undoUpdates.append(QJsonObject{{u"kind"_s, QString(core::opkind::accountUpdate)},
                                               {u"id"_s, core::toWireId(accountId)},
                                               {u"before"_s, payload.value(u"base"_s)},
                                               {u"after"_s, payload.value(u"fields"_s)}});
        if (!m_batch.apply(core::opkind::accountUpdate, payload))
            return false;
    }
    for (qsizetype i = 0; i < imported.rows.size(); ++i) {
        const qint64 row = imported.rows.at(i);
        const core::AccountContact& entry = imported.account.contacts.at(i);
        const ContactTarget target = m_feed.target(row);
        if (target.update && !updateContact(target.id, entry.contact))
            return false;
        const bool linked = m_plan.contactMatch(row) && m_plan.linkedToAccountMatch(row);
        if (linked) {
            // Counted as the plan labels the row: an update of the contact or the account
            // is counted where it is made (by whichever row of the contact the run meets first).
            if (m_plan.label(row) == RowLabel::Skip)
                ++m_batch.counts().skip;
            continue;
        }
        std::optional<core::Contact> newContact;
        if (target.create) {
            newContact = entry.contact;
            newContact->id = target.id;
            ++m_batch.counts().contactsCreate;
        } else {
            ++m_batch.counts().link;
        }
        m_batch.undoLinks.append(
            QJsonArray{core::toWireId(accountId), core::toWireId(target.id), target.create});
        if (entry.switches.login)
            m_batch.invite.append(QJsonArray{core::toWireId(accountId), core::toWireId(target.id)});
        if (!m_batch.apply(
                core::opkind::linkSet,
                ops::linkSetPayload(accountId, target.id, true, entry.switches, newContact))) {
            return false;
        }
    }
    return true;
}

// @p fromBatch: the first batch the result counts (a finished import run again counts only
// the new run; a resumed one counts its earlier runs too).
ImportResult finishWith(Database& db, ImportRecord& record, ImportStatus status, int fromBatch,
                        const QString& error = {})
{
    record.status = status;
    if (status == ImportStatus::Done || status == ImportStatus::Undone)
        record.finishedAt = QDateTime::currentDateTimeUtc();
    importtables::save(db, record);
    ImportResult result;
    result.importId = record.id;
    result.status = status;
    result.error = error;
    for (const ImportBatch& batch : importtables::batches(db, record.id)) {
        if (batch.number >= fromBatch)
            result.counts += batch.counts;
    }
    return result;
}

} // namespace

namespace importrun {

ImportResult run(Database& db, const ImportPlan& plan, const ImportCallbacks& callbacks)
{
    ImportResult failed;
    failed.importId = plan.importId();
    if (!plan.cache() || !plan.mappingIssues().isEmpty() || !importtables::ensure(db)) {
        failed.error = storageFailed();
        return failed;
    }
    const std::optional<ImportRecord> before = importtables::load(db, plan.importId());
    ImportRecord record = before.value_or(ImportRecord{});
    record.id = plan.importId();
    record.filePath = plan.settings().filePath;
    record.fileHash = plan.fileHash();
    record.settings = toJson(plan.settings());
    record.recordIds = plan.recordIds();
    record.status = ImportStatus::Running;
    record.rowsTotal = plan.counts().rows;
    if (!record.startedAt.isValid())
        record.startedAt = QDateTime::currentDateTimeUtc();
    record.finishedAt = {};
    const QList<ImportBatch> earlier = importtables::batches(db, record.id);
    if (!importtables::save(db, record)) {
        failed.error = storageFailed();
        return failed;
    }
    qCDebug(lcImport) << "import" << record.id << "runs:" << plan.counts().rows << "rows,"
                      << earlier.size() << "batches before";

    const int firstBatch = earlier.isEmpty() ? 0 : earlier.constLast().number + 1;
    const int counted = before && before->resumable() ? 0 : firstBatch;
    const BulkWrite bulk(db);
    SearchIndexBulkLoad searchIndex(db.db()); // merged when the run ends, however it ends
    AccountFeed feed(plan, StoreReader(db).firmSettings().nameFormat);
    Run run(db, plan, record, firstBatch, feed);
    const qint64 total = plan.cache()->count();
    const int batchRows = plan.settings().batchRows;
    qint64 reported = 0;
    qint64 lastRowCommitted = record.lastRow;
    auto commit = [&]() -> bool {
        if (!run.batch().inTransaction())
            return true;
        const std::optional<StoreChanges> changes = run.batch().commit();
        if (changes && callbacks.committed)
            callbacks.committed(*changes);
        lastRowCommitted = record.lastRow;
        return changes.has_value();
    };
    auto closeBatch = [&]() -> bool {
        if (!run.batch().isOpen())
            return true;
        return run.batch().close(record) &&
               (run.batch().transactionBatches() < callbacks.batchesPerTransaction || commit());
    };
    auto add = [&](const FeedItem& item) {
        return run.add(item) &&
               ((run.batch().rows < batchRows && run.batch().itemBytes() < maxBatchBytes) ||
                closeBatch());
    };
    // What the database holds after a rollback: the record as last committed.
    auto stop = [&](ImportStatus status, const QString& error = {}) {
        run.batch().rollback();
        record.lastRow = lastRowCommitted;
        return finishWith(db, record, status, counted, error);
    };
    while (const FeedItem* item = feed.next()) {
        if (callbacks.cancel && callbacks.cancel->load()) {
            qCDebug(lcImport) << "import" << record.id << "cancelled at row"
                              << item->imported.rows.constFirst();
            return stop(ImportStatus::Cancelled);
        }
        if (!add(*item))
            return stop(ImportStatus::Failed, storageFailed());
        if (callbacks.progress && item->rowsRead - reported >= 1024) {
            reported = item->rowsRead;
            callbacks.progress(reported, total);
        }
    }
    if (!closeBatch() || !commit())
        return stop(ImportStatus::Failed, storageFailed());
    searchIndex.finish(); // before "done": the wizard's search then finds the rows at full speed
    if (callbacks.progress)
        callbacks.progress(total, total);
    ImportResult result = finishWith(db, record, ImportStatus::Done, counted);
    // Rows no batch went through were skipped (or had errors) in the plan.
    const qint64 handled = result.counts.rows;
    result.counts.rows = plan.counts().rows;
    result.counts.errorRows = plan.counts().errorRows;
    result.counts.skip += plan.counts().rows - plan.counts().errorRows - handled;
    qCDebug(lcImport) << "import" << record.id << "done:" << toJson(result.counts);
    return result;
}

namespace {

// One undo step as an outbox item, applied locally as the outbox would apply it.
bool undoItem(StoreWriter& writer, QByteArray& items, const QString& kind,
              const QJsonObject& payload)
{
    if (!writer.applyOperation({{}, kind, payload}))
        return false;
    items += items.isEmpty() ? "{\"kind\":" : ",{\"kind\":";
    jsontext::appendString(items, kind);
    items += ",\"payload\":" + QJsonDocument(payload).toJson(QJsonDocument::Compact) + '}';
    return true;
}

// What an undo puts back of an update the import made (@p update: kind, id, before, after):
// the fields that still have the import's value, as `fields` (before) and `base` (after). A
// field changed since, by someone here, a later import or the server, keeps its value.
std::pair<QJsonObject, QJsonObject> revertibleFields(Database& db, const QString& kind,
                                                     const QJsonObject& update)
{
    const QUuid id = QUuid::fromString(update.value(u"id"_s).toString());
    const StoreReader reader(db);
    QJsonObject current;
    if (kind == core::opkind::accountUpdate) {
        if (const std::optional<core::Account> a = reader.account(id))
            current = ops::accountFieldValues(*a);
    } else if (const std::optional<core::Contact> c = reader.contact(id)) {
        current = ops::contactFieldValues(*c);
    }
    const QJsonObject before = update.value(u"before"_s).toObject();
    const QJsonObject after = update.value(u"after"_s).toObject();
    QJsonObject fields;
    QJsonObject base;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (current.value(it.key()) == it.value()) {
            fields.insert(it.key(), before.value(it.key()));
            base.insert(it.key(), it.value());
        }
    }
    return {fields, base};
}

template <typename Each> void reversed(const QJsonArray& array, Each each)
{
    for (qsizetype i = array.size() - 1; i >= 0; --i)
        each(array.at(i));
}

// Takes back what @p batch wrote here, in @p tx, and queues that for the server, or, for a
// batch the server refused (@p refusedOp, whose sync issue goes), only here: the server has
// none of it. Adds what it took back to @p counts.
bool undoBatch(StoreTransaction& tx, Database& db, const QUuid& importId, const ImportBatch& batch,
               ImportCounts& counts, const QUuid& refusedOp = {})
{
    const QJsonObject undo = importtables::batchUndo(db, importId, batch.number);
    StoreWriter& w = tx.writer();
    if (!refusedOp.isNull() && !w.removeSyncIssue(refusedOp))
        return false;
    const qsizetype removedBefore = w.contactsRemoved();
    QByteArray items;
    bool ok = true;
    ImportCounts done;
    // The accounts the undo changes or removes, and those of the contacts it restores: listed
    // with its operation, so that stored ones show as queued, and so that the server's copy of
    // any of them, arriving before the undo went out, gets the undo applied again over it.
    QSet<QUuid> changedAccounts;
    StoreReader reader(db);
    QJsonArray created; // contacts the batch created: deleted once nothing links them
    // The new accounts first: reverting a stored contact's update below touches the accounts
    // it is linked to, and the server keeps an account changed since its creation
    // (keep_changed), which would then be this undo's own change. They go in the order they
    // were created, so their contacts leave the search index in ascending rowid order: FTS5
    // keeps a transaction's changes in memory only while rowids ascend, and wrote a segment for
    // every contact when they went backwards (the accounts' entries StoreWriter sorts itself).
    // Their deletes are independent of each other; a contact one of them links goes with the
    // last step below.
    const QJsonArray accounts = undo.value(u"accounts"_s).toArray();
    for (const QJsonValue& value : accounts) {
        QJsonArray ids = value.toArray();
        const QJsonValue accountId = ids.takeAt(0);
        changedAccounts.insert(QUuid::fromString(accountId.toString()));
        // What someone changed on the server since the import stays there (keep_changed) and
        // comes back with the next pull.
        ok = ok &&
             undoItem(w, items, QString(core::opkind::accountDelete),
                      {{u"id"_s, accountId}, {u"contact_ids"_s, ids}, {u"keep_changed"_s, true}});
        ++done.accountsCreate;
        for (const QJsonValue& id : std::as_const(ids))
            created.append(id);
    }
    reversed(undo.value(u"updates"_s).toArray(), [&](const QJsonValue& value) {
        const QJsonObject u = value.toObject();
        const QString kind = u.value(u"kind"_s).toString();
        const auto [fields, base] = revertibleFields(db, kind, u);
        if (fields.isEmpty())
            return; // every field changed since
        ok =
            ok && undoItem(w, items, kind,
                           {{u"id"_s, u.value(u"id"_s)}, {u"fields"_s, fields}, {u"base"_s, base}});
        ++done.update;
        const QUuid id = QUuid::fromString(u.value(u"id"_s).toString());
        if (kind == core::opkind::accountUpdate) {
            changedAccounts.insert(id);
        } else {
            for (const QUuid& account : reader.accountIdsOfContact(id))
                changedAccounts.insert(account);
        }
    });
    reversed(undo.value(u"links"_s).toArray(), [&](const QJsonValue& value) {
        const QJsonArray l = value.toArray();
        changedAccounts.insert(QUuid::fromString(l.at(0).toString())); // a stored account
        QJsonObject unlink = ops::linkSetPayload(QUuid::fromString(l.at(0).toString()),
                                                 QUuid::fromString(l.at(1).toString()), false, {});
        unlink.insert(u"keep_changed"_s, true); // skipped on the server when it no longer applies
        ok = ok && undoItem(w, items, QString(core::opkind::linkSet), unlink);
        ++done.link;
        if (l.at(2).toBool())
            created.append(l.at(1));
    });
    // Last, as a contact may have been created on one account and linked to another.
    if (!created.isEmpty()) {
        ok = ok && undoItem(w, items, QString(core::opkind::accountDelete),
                            {{u"contact_ids"_s, created}, {u"keep_changed"_s, true}});
    }
    // A contact someone linked elsewhere since stays: only those deleted count as removed.
    done.contactsCreate += w.contactsRemoved() - removedBefore;
    if (!ok)
        return false;
    // Invitations queued for what is gone would wait for nothing.
    Statement invitations(db, u"DELETE FROM invitations WHERE status = 'queued' AND NOT EXISTS"
                              " (SELECT 1 FROM accounts a WHERE a.id = invitations.account_id)"_s);
    Statement forget(db, u"DELETE FROM import_batches WHERE import_id = ? AND batch = ?"_s);
    forget->addBindValue(core::toWireId(importId));
    forget->addBindValue(batch.number);
    if (!items.isEmpty() && refusedOp.isNull()) {
        SqliteStatement outbox(db.db(), "INSERT INTO outbox(op_id, kind, payload, account_id,"
                                        " contact_id, created_at) VALUES(?, ?, ?, NULL, NULL, ?)");
        QByteArray payload = "{\"batch\":" + QByteArray::number(batch.number) + ",\"import_id\":";
        jsontext::appendString(payload, core::toWireId(importId));
        payload += ",\"items\":[" + items + "],\"undo\":true}";
        const QUuid opId = QUuid::createUuid();
        if (!outbox.bind(1, core::toWireId(opId))
                 .bind(2, QString(core::opkind::importBatch))
                 .bindUtf8(3, payload)
                 .bind(4, nowText())
                 .exec() ||
            !nameBatchAccounts(db, opId, changedAccounts)) {
            return false;
        }
    }
    if (!invitations.exec() || !forget.exec())
        return false;
    counts += done;
    return true;
}

/// What a transaction of undoBatch() calls changed.
StoreChanges undoChanges(const StoreTransaction& tx)
{
    StoreChanges changes = tx.changes();
    changes.outbox = true;
    changes.invitations = true;
    return changes;
}

} // namespace

ImportResult undo(Database& db, const QUuid& importId, const ImportCallbacks& callbacks)
{
    ImportResult result;
    result.importId = importId;
    std::optional<ImportRecord> record =
        importtables::ensure(db) ? importtables::load(db, importId) : std::nullopt;
    if (!record) {
        result.error = QCoreApplication::translate("kontor::app::ImportPlan",
                                                   "This import is not known here.");
        return result;
    }
    record->status = ImportStatus::Undoing;
    if (!importtables::save(db, *record)) {
        result.error = storageFailed();
        return result;
    }
    const QList<ImportBatch> batches = importtables::batches(db, importId);
    // A batch the server refused has nothing there to take back: it goes here only, with its
    // sync issue, as "Abgelehnte Zeilen verwerfen" does.
    QSet<QUuid> refused;
    for (const SyncIssue& issue : StoreReader(db).syncIssues()) {
        if (issue.kind == SyncIssue::Kind::Rejected)
            refused.insert(issue.operation.opId);
    }
    const auto refusedOp = [&refused](const ImportBatch& batch) {
        return refused.contains(batch.opId) ? batch.opId : QUuid();
    };
    const auto cancelled = [&callbacks] { return callbacks.cancel && callbacks.cancel->load(); };
    const BulkWrite bulk(db);
    // Several batches a transaction, as the run writes them: a commit writes out every index
    // page the deletes touched. A cancel commits the batches undone so far.
    const int perTransaction = qMax(1, callbacks.batchesPerTransaction);
    qsizetype next = batches.size() - 1; // from the last
    while (next >= 0) {
        if (cancelled()) {
            result.status = ImportStatus::Cancelled; // stays "undoing": undo again goes on
            return result;
        }
        StoreTransaction tx(db);
        ImportCounts counts;
        bool ok = tx.isActive();
        int undone = 0;
        for (; ok && next >= 0 && undone < perTransaction && !cancelled(); ++undone, --next)
            ok = undoBatch(tx, db, importId, batches.at(next), counts, refusedOp(batches.at(next)));
        if (undone == 0 && ok)
            continue; // cancelled before the first: nothing to commit or announce
        if (!ok || !tx.commit()) {
            result.error = storageFailed();
            return result;
        }
        result.counts += counts;
        if (callbacks.committed)
            callbacks.committed(undoChanges(tx));
        if (callbacks.progress)
            callbacks.progress(batches.size() - 1 - next, batches.size());
    }
    record->status = ImportStatus::Undone;
    record->finishedAt = QDateTime::currentDateTimeUtc();
    record->invited = false;
    result.status = importtables::save(db, *record) ? ImportStatus::Undone : ImportStatus::Failed;
    qCDebug(lcImport) << "import" << importId << "undone:" << toJson(result.counts);
    return result;
}

int invitable(Database& db, const QUuid& importId)
{
    int count = 0;
    for (const ImportBatch& batch : importtables::batches(db, importId))
        count += int(importtables::batchUndo(db, importId, batch.number)
                         .value(u"invite"_s)
                         .toArray()
                         .size());
    return count;
}

std::optional<int> invite(Database& db, const QUuid& importId, const QString& message,
                          StoreChanges* changes)
{
    std::optional<ImportRecord> record =
        importtables::ensure(db) ? importtables::load(db, importId) : std::nullopt;
    if (!record)
        return std::nullopt;
    if (record->invited)
        return 0;
    int count = 0;
    const QList<ImportBatch> batches = importtables::batches(db, importId);
    SqliteStatement known(db.db(), "SELECT 1 FROM invitations WHERE id = ?");
    for (qsizetype i = 0; i < batches.size(); ++i) {
        StoreTransaction tx(db);
        if (!tx.isActive())
            return std::nullopt;
        const QJsonArray pairs = importtables::batchUndo(db, importId, batches.at(i).number)
                                     .value(u"invite"_s)
                                     .toArray();
        for (const QJsonValue& value : pairs) {
            const QJsonArray pair = value.toArray();
            // One id per run of the import (its end: the same import run again after an undo
            // invites again), account and contact: a batch whose invitations a crash or an
            // error in a later batch left behind already has them, and is not invited twice.
            const QUuid invitationId = QUuid::createUuidV5(
                importId, u"invitation:"_s + record->finishedAt.toString(Qt::ISODateWithMs) + u':' +
                              pair.at(0).toString() + u':' + pair.at(1).toString());
            known.bind(1, core::toWireId(invitationId));
            const bool queued = known.next();
            known.reset();
            if (queued)
                continue;
            const core::Operation op = ops::make(
                core::opkind::invitationSend,
                ops::invitationPayload(invitationId, QUuid::fromString(pair.at(0).toString()),
                                       QUuid::fromString(pair.at(1).toString()), message));
            if (!tx.writer().applyOperation(op) || !tx.writer().enqueue(op))
                return std::nullopt;
            ++count;
        }
        record->invited = i == batches.size() - 1;
        if ((record->invited && !importtables::save(db, *record)) || !tx.commit())
            return std::nullopt;
        if (changes)
            changes->merge(tx.changes());
    }
    return count;
}

QList<RefusedBatch> refusedBatches(Database& db)
{
    QList<RefusedBatch> out;
    if (!importtables::ensure(db))
        return out;
    const QList<SyncIssue> issues = StoreReader(db).syncIssues();
    for (const SyncIssue& issue : issues) {
        const QJsonObject& payload = issue.operation.payload;
        if (issue.operation.kind != core::opkind::importBatch ||
            issue.kind != SyncIssue::Kind::Rejected || payload.value(u"undo"_s).toBool()) {
            continue;
        }
        const QUuid importId = QUuid::fromString(payload.value(u"import_id"_s).toString());
        const int number = payload.value(u"batch"_s).toInt(-1);
        const std::optional<ImportRecord> record = importtables::load(db, importId);
        if (!record)
            continue;
        RefusedBatch refused{issue.operation.opId, importId, number, record->filePath, 1, 0,
                             issue.errors,         {}};
        for (const ImportBatch& batch : importtables::batches(db, importId)) {
            if (batch.number < number)
                refused.firstRow = batch.lastRow + 1;
            else if (batch.number == number)
                refused.lastRow = batch.lastRow;
        }
        const QJsonArray items = payload.value(u"items"_s).toArray();
        static const QRegularExpression itemPath(u"^items\\[(\\d+)\\]"_s);
        for (const core::Violation& error : std::as_const(refused.errors)) {
            const QRegularExpressionMatch m = itemPath.match(error.path());
            const QJsonObject item =
                m.hasMatch() ? items.at(m.captured(1).toInt()).toObject() : QJsonObject();
            refused.errorAccounts.append(
                item.value(u"payload"_s).toObject().value(u"name"_s).toString());
        }
        if (refused.lastRow > 0) // its record of what it wrote is still there
            out.append(refused);
    }
    return out;
}

bool dropRefused(Database& db, const RefusedBatch& refused, StoreChanges* changes)
{
    for (const ImportBatch& batch : importtables::batches(db, refused.importId)) {
        if (batch.number != refused.batch)
            continue;
        ImportCounts counts;
        StoreTransaction tx(db);
        if (!tx.isActive() || !undoBatch(tx, db, refused.importId, batch, counts, refused.opId) ||
            !tx.commit()) {
            return false;
        }
        qCDebug(lcImport) << "import" << refused.importId << "refused batch" << refused.batch
                          << "taken back:" << toJson(counts);
        if (changes)
            changes->merge(undoChanges(tx));
        return true;
    }
    return false;
}

} // namespace importrun

} // namespace kontor::app
