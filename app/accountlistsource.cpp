#include "accountlistsource.h"

#include "database.h"
#include "searchtext.h"
#include "sqlitebulk.h"
#include "storereader.h"

#include "core/wireformat.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kontor::app {

namespace {

constexpr qsizetype chunkSize = 500; // bound values per IN (…) list

QString placeholders(qsizetype count)
{
    return QStringList(count, u"?"_s).join(u',');
}

bool run(QSqlQuery& q)
{
    if (q.exec())
        return true;
    qCWarning(lcStore) << "list query failed:" << q.lastQuery().left(120) << q.lastError().text();
    return false;
}

// Calls @p each with consecutive slices of @p rids of at most chunkSize.
template <typename Each> void inChunks(const QList<qint64>& rids, Each each)
{
    for (qsizetype i = 0; i < rids.size(); i += chunkSize)
        each(rids.mid(i, chunkSize));
}

} // namespace

AccountListSource::AccountListSource(Database& db)
    : m_db(db)
{
}

std::vector<qint64> AccountListSource::orderedRids()
{
    return selectIntegers(m_db.db(), u"SELECT rid FROM accounts ORDER BY sort_key, rid"_s)
        .value_or(std::vector<qint64>());
}

QByteArray AccountListSource::sortKey(qint64 rid)
{
    Statement q(m_db, u"SELECT sort_key FROM accounts WHERE rid = ?"_s);
    q->addBindValue(rid);
    if (q.exec() && q->next())
        return q->value(0).toString().toUtf8();
    return {};
}

QHash<qint64, QByteArray> AccountListSource::sortKeys(const QList<qint64>& rids)
{
    QHash<qint64, QByteArray> out;
    inChunks(rids, [&](const QList<qint64>& chunk) {
        QSqlQuery q(m_db.db());
        q.setForwardOnly(true);
        q.prepare(u"SELECT rid, sort_key FROM accounts WHERE rid IN (%1)"_s.arg(
            placeholders(chunk.size())));
        for (qint64 rid : chunk)
            q.addBindValue(rid);
        if (!run(q))
            return;
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toString().toUtf8());
    });
    return out;
}

QList<AccountRow> AccountListSource::rows(const QList<qint64>& rids)
{
    QList<AccountRow> out;
    inChunks(rids, [&](const QList<qint64>& chunk) {
        QSqlQuery q(m_db.db());
        q.setForwardOnly(true);
        // The sync state: a rejected operation outweighs a conflict outweighs a queued one.
        q.prepare(u"SELECT a.rid, a.id, a.name, a.company_name, a.type, a.tags,"
                  " a.team_member_ids, a.portal_status,"
                  // An import batch names its accounts in outbox_accounts, queued or refused.
                  " CASE WHEN EXISTS(SELECT 1 FROM sync_issues s WHERE s.account_id = a.id"
                  "   AND s.status = 'rejected') OR EXISTS(SELECT 1 FROM outbox_accounts x"
                  "   JOIN sync_issues s ON s.op_id = x.op_id WHERE x.account_id = a.id"
                  "   AND s.status = 'rejected') THEN 2"
                  " WHEN EXISTS(SELECT 1 FROM sync_issues s WHERE s.account_id = a.id) THEN 3"
                  " WHEN EXISTS(SELECT 1 FROM outbox o WHERE o.account_id = a.id)"
                  "   OR EXISTS(SELECT 1 FROM outbox_accounts x WHERE x.account_id = a.id) THEN 1"
                  " ELSE 0 END"
                  " FROM accounts a WHERE a.rid IN (%1)"_s.arg(placeholders(chunk.size())));
        for (qint64 rid : chunk)
            q.addBindValue(rid);
        if (!run(q))
            return;
        while (q.next()) {
            AccountRow r;
            r.rid = q.value(0).toLongLong();
            r.id = QUuid::fromString(q.value(1).toString());
            r.name = q.value(2).toString();
            r.companyName = q.value(3).toString();
            r.type = core::AccountType(q.value(4).toInt());
            for (const QJsonValue& v : jsonArrayFromText(q.value(5).toString()))
                r.tags.append(v.toString());
            for (const QJsonValue& v : jsonArrayFromText(q.value(6).toString()))
                r.teamMemberIds.append(QUuid::fromString(v.toString()));
            r.portalStatus = core::PortalStatus(q.value(7).toInt());
            r.syncState = SyncState(q.value(8).toInt());
            out.append(r);
        }
    });
    return out;
}

QList<AccountListSource::Criterion> AccountListSource::criteria(const AccountFilter& f)
{
    QList<Criterion> out;
    const QString match = ftsMatchExpression(f.searchText);
    if (!match.isEmpty()) {
        out.append({u"SELECT rowid FROM accounts_fts WHERE accounts_fts MATCH ? %1"_s, match});
    } else if (!f.searchText.trimmed().isEmpty()) {
        // Only separators typed ("-", "@"): nothing can match a word.
        out.append({u"SELECT rid FROM accounts WHERE 0 %1"_s, QVariant()});
    }
    if (f.type)
        out.append({u"SELECT rid FROM accounts WHERE type = ? %1"_s, int(*f.type)});
    if (!f.tag.isEmpty()) {
        out.append(
            {u"SELECT account_rid FROM account_tags WHERE tag_key = ? %1"_s, f.tag.toCaseFolded()});
    }
    if (!f.teamMemberId.isNull()) {
        out.append({u"SELECT account_rid FROM account_members WHERE member_id = ? %1"_s,
                    core::toWireId(f.teamMemberId)});
    }
    if (f.pendingActivationOnly) {
        out.append({u"SELECT rid FROM accounts WHERE portal_status = ? %1"_s,
                    int(core::PortalStatus::Pending)});
    }
    return out;
}

namespace {

// The column a criterion's rids come from, for its "AND <column> IN (…)" restriction.
QString ridColumn(const QString& sql)
{
    if (sql.contains(u"accounts_fts"))
        return u"rowid"_s;
    if (sql.startsWith(u"SELECT account_rid"))
        return u"account_rid"_s;
    return u"rid"_s;
}

} // namespace

std::vector<qint64> AccountListSource::matching(const Criterion& c)
{
    // A search the index cannot answer (an unusual character) matches nothing.
    return selectIntegers(m_db.db(), c.sql.arg(QString()),
                          c.value.isValid() ? QVariantList{c.value} : QVariantList{})
        .value_or(std::vector<qint64>());
}

QSet<qint64> AccountListSource::matchingAmong(const Criterion& c, const QList<qint64>& rids)
{
    QSet<qint64> out;
    inChunks(rids, [&](const QList<qint64>& chunk) {
        QSqlQuery q(m_db.db());
        q.setForwardOnly(true);
        q.prepare(c.sql.arg(u"AND "_s + ridColumn(c.sql) + u" IN ("_s + placeholders(chunk.size()) +
                            u')'));
        if (c.value.isValid())
            q.addBindValue(c.value);
        for (qint64 rid : chunk)
            q.addBindValue(rid);
        if (!run(q))
            return;
        while (q.next())
            out.insert(q.value(0).toLongLong());
    });
    return out;
}

} // namespace kontor::app
