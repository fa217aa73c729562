#include "invariantcheck.h"

#include "../server/serverfixture.h"

#include "app/localstore.h"
#include "app/storereader.h"

#include "core/wireformat.h"

#include <QAtomicInteger>
#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kontor::test {

namespace {

QAtomicInteger<int> connectionCounter;

QSet<QString> asSet(const QStringList& list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

QSet<QUuid> contactIds(const core::Account& a)
{
    QSet<QUuid> out;
    for (const core::AccountContact& c : a.contacts)
        out.insert(c.existingContactId.value_or(c.contact.id));
    return out;
}

bool hasTag(const QJsonValue& tags, const QString& tag)
{
    for (const QJsonValue& t : tags.toArray()) {
        if (t.toString() == tag)
            return true;
    }
    return false;
}

} // namespace

QString sqliteIntegrity(const QString& path)
{
    const QString name = u"harness-integrity-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1));
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open()) {
            result = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(u"PRAGMA integrity_check"_s))
                result = q.lastError().text();
            QStringList rows;
            while (q.next())
                rows.append(q.value(0).toString());
            if (result.isEmpty())
                result = rows.join(u"; "_s);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// --- Edit log ---

QList<LoggedEdit> readEditLog(const QString& path)
{
    QList<LoggedEdit> out;
    QHash<QString, qsizetype> byMarker;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray& raw : file.readAll().split('\n')) {
        const QStringList parts = QString::fromUtf8(raw).split(u' ', Qt::SkipEmptyParts);
        if (parts.size() < 2)
            continue;
        if (parts[0] == u"I" && parts.size() >= 4) {
            byMarker.insert(parts[1], out.size());
            out.append({parts[1], parts[2], QUuid::fromString(parts[3]), false, false});
        } else if (const auto it = byMarker.constFind(parts[1]); it != byMarker.cend()) {
            out[*it].saved |= parts[0] == u"D";
            out[*it].refused |= parts[0] == u"X";
        }
    }
    return out;
}

ClientState readClientState(const QString& storePath)
{
    ClientState s;
    s.integrity = sqliteIntegrity(storePath);
    app::LocalStore store;
    if (!store.open(storePath))
        return s;
    QSqlQuery q(store.connection());
    q.exec(u"SELECT id FROM accounts"_s);
    QList<QUuid> ids;
    while (q.next())
        ids.append(QUuid::fromString(q.value(0).toString()));
    q.finish();
    for (const QUuid& id : ids) {
        if (std::optional<core::Account> a = store.account(id))
            s.accounts.insert(id, *a);
    }
    s.outbox = app::StoreReader(store.database()).outbox(1000000);
    s.conflicts = store.conflicts();
    s.issues = store.syncIssues();
    s.drafts = store.drafts();
    for (const app::Draft& d : std::as_const(s.drafts)) {
        if (d.needsAttention)
            s.refusedAccounts.insert(d.id);
    }
    return s;
}

std::optional<QHash<QUuid, core::Account>> readServerAccounts(const QUrl& server,
                                                              const QString& token)
{
    ApiClient api(server);
    api.setToken(token);
    QHash<QUuid, core::Account> out;
    QString cursor;
    for (;;) {
        const Reply r = api.get(u"/api/v1/changes?limit=1000&since="_s + cursor);
        if (r.status != 200)
            return std::nullopt;
        core::Violations ignored;
        const core::ChangePage page = core::readChangePage(core::JsonReader(r.json, &ignored));
        for (const core::Change& c : page.changes) {
            if (c.entity != u"account")
                continue;
            if (c.deleted) {
                out.remove(c.id);
                continue;
            }
            core::Account a = core::readAccount(core::JsonReader(c.data, &ignored));
            a.id = c.id;
            out.insert(c.id, a);
        }
        if (!page.more)
            return out;
        cursor = page.cursor;
    }
}

// --- The checker ---

void CheckResult::add(const CheckResult& o)
{
    edits += o.edits;
    onServer += o.onServer;
    inConflicts += o.inConflicts;
    inDrafts += o.inDrafts;
    inOutbox += o.inOutbox;
    lost += o.lost;
    duplicated += o.duplicated;
    converged = converged && o.converged;
    problems += o.problems;
}

CheckResult checkInvariant(const QList<QList<LoggedEdit>>& logs, const QList<ClientState>& clients,
                           const QHash<QUuid, core::Account>& server)
{
    CheckResult r;
    // Where each marker is on the server: accounts by their contacts' last names (creates),
    // and by their tags (tag edits).
    QHash<QString, QList<QUuid>> created;
    QHash<QString, QList<QUuid>> tagged;
    for (const core::Account& a : server) {
        for (const core::AccountContact& c : a.contacts)
            created[c.contact.lastName].append(a.id);
        for (const QString& t : a.tags)
            tagged[t].append(a.id);
    }
    for (qsizetype k = 0; k < logs.size(); ++k) {
        const ClientState& client = clients.at(k);
        for (const LoggedEdit& e : logs.at(k)) {
            if (e.refused)
                continue; // the store said no: the user saw it was not saved
            // A draft (saved wizard input) is, after a crash, either still a draft or the
            // account created from it: never both, never neither.
            const bool isDraft = e.kind == u"draft";
            const bool isCreate = e.kind == u"create" || isDraft;
            const QList<QUuid> found = (isCreate ? created : tagged).value(e.marker);
            // Where the client may still hold it.
            const bool queued = std::any_of(
                client.outbox.cbegin(), client.outbox.cend(), [&](const core::Operation& op) {
                    if (isCreate)
                        return op.kind == core::opkind::accountCreate &&
                               op.payload.value(u"id"_s).toString() == core::toWireId(e.accountId);
                    return op.kind == core::opkind::accountUpdate &&
                           hasTag(op.payload[u"fields"_s][u"tags"_s], e.marker);
                });
            const bool conflicted =
                !isCreate &&
                std::any_of(client.conflicts.cbegin(), client.conflicts.cend(),
                            [&](const app::FieldConflictItem& c) {
                                return c.accountId == e.accountId && c.field == u"tags" &&
                                       hasTag(c.clientValue, e.marker) && c.serverValue.isArray();
                            });
            const bool drafted =
                std::any_of(client.drafts.cbegin(), client.drafts.cend(), [&](const app::Draft& d) {
                    if (!d.needsAttention || d.id != e.accountId)
                        return false;
                    if (!isCreate)
                        return d.account.tags.contains(e.marker);
                    return std::any_of(d.account.contacts.cbegin(), d.account.contacts.cend(),
                                       [&](const core::AccountContact& c) {
                                           return c.contact.lastName == e.marker;
                                       });
                });
            const bool stillDraft =
                isDraft &&
                std::any_of(client.drafts.cbegin(), client.drafts.cend(), [&](const app::Draft& d) {
                    return !d.needsAttention && d.id == e.accountId &&
                           d.account.contacts.value(0).contact.lastName == e.marker;
                });
            // An edit the log does not confirm counts when the store shows it was saved.
            const auto local = client.accounts.constFind(e.accountId);
            const bool visible = local != client.accounts.cend() &&
                                 (isCreate ? true : local->tags.contains(e.marker));
            if (!e.saved && !visible && !queued && !drafted && !conflicted && !stillDraft &&
                found.isEmpty()) {
                continue; // killed before the store saved it: never an edit
            }
            ++r.edits;
            if (stillDraft && (!found.isEmpty() || queued || drafted)) {
                ++r.duplicated;
                r.problems.append(u"%1 is a draft and was created too"_s.arg(e.marker));
            } else if (stillDraft) {
                ++r.inDrafts;
            } else if (found.size() > 1) {
                ++r.duplicated;
                r.problems.append(
                    u"%1 is %2 times on the server"_s.arg(e.marker).arg(found.size()));
            } else if (found.size() == 1 && found.first() != e.accountId) {
                ++r.lost;
                r.problems.append(u"%1 is on account %2, not %3"_s.arg(
                    e.marker, core::toWireId(found.first()), core::toWireId(e.accountId)));
            } else if (found.size() == 1) {
                ++r.onServer;
            } else if (conflicted) {
                ++r.inConflicts;
            } else if (drafted) {
                ++r.inDrafts;
            } else if (queued) {
                ++r.inOutbox;
            } else {
                ++r.lost;
                // What the client knows of it, for whoever reads the report.
                QStringList traces;
                if (local != client.accounts.cend() && local->tags.contains(e.marker))
                    traces.append(u"shown on this computer"_s);
                for (const app::SyncIssue& issue : client.issues) {
                    if (QString::fromUtf8(QJsonDocument(issue.operation.payload).toJson())
                            .contains(e.marker)) {
                        traces.append(u"in a %1 issue of %2 (%3)"_s.arg(
                            issue.kind == app::SyncIssue::Kind::Conflict ? u"conflict"_s
                                                                         : u"rejected"_s,
                            issue.operation.kind,
                            issue.errors.isEmpty() ? QString() : issue.errors.first().code()));
                    }
                }
                r.problems.append(u"%1 (%2 on %3, client %4%5) is lost%6"_s.arg(
                    e.marker, e.kind, core::toWireId(e.accountId), QString::number(k),
                    e.saved ? QString() : u", not confirmed in the log"_s,
                    traces.isEmpty() ? QString() : u": "_s + traces.join(u", "_s)));
            }
        }
    }
    // Convergence: every client shows the server's accounts (its own refused creates aside).
    for (qsizetype k = 0; k < clients.size(); ++k) {
        const ClientState& client = clients.at(k);
        if (client.integrity != u"ok") {
            r.problems.append(u"client %1 store: %2"_s.arg(k).arg(client.integrity));
        }
        QSet<QUuid> localIds;
        for (auto it = client.accounts.cbegin(); it != client.accounts.cend(); ++it) {
            if (!client.refusedAccounts.contains(it.key()))
                localIds.insert(it.key());
        }
        const QList<QUuid> serverIdList = server.keys();
        if (localIds != QSet<QUuid>(serverIdList.cbegin(), serverIdList.cend())) {
            r.converged = false;
            r.problems.append(u"client %1 has %2 accounts, the server %3"_s.arg(k)
                                  .arg(localIds.size())
                                  .arg(server.size()));
            continue;
        }
        for (const QUuid& id : localIds) {
            const core::Account& mine = client.accounts[id];
            const core::Account& theirs = server[id];
            if (asSet(mine.tags) != asSet(theirs.tags) || mine.name != theirs.name ||
                contactIds(mine) != contactIds(theirs)) {
                r.converged = false;
                r.problems.append(
                    u"client %1 differs from the server on %2"_s.arg(k).arg(core::toWireId(id)));
            }
        }
    }
    return r;
}

} // namespace kontor::test
