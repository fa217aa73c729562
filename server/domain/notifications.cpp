#include "notifications.h"

#include "entities.h"
#include "firms.h"

#include "core/violation.h"
#include "http/apierror.h"
#include "storage/query.h"

using namespace Qt::StringLiterals;

namespace kontor::server::domain::notifications {

using storage::Query;

namespace {

const QString columns = u"notification_id, user_id, kind, account_id, title, created_at, read_at"_s;

Notification read(const Query& q)
{
    Notification n;
    n.id = q.id(0);
    n.userId = q.id(1);
    n.kind = q.text(2);
    n.accountId = q.optionalId(3);
    n.title = q.text(4);
    n.createdAt = q.integer(5);
    if (!q.isNull(6))
        n.readAt = q.integer(6);
    return n;
}

} // namespace

void create(storage::Transaction& tx, const QUuid& firmId, const QList<QUuid>& userIds,
            const QString& kind, const std::optional<QUuid>& accountId, const char* titleSource,
            const QStringList& args)
{
    if (userIds.isEmpty())
        return;
    const QString language = firms::loadSettings(tx.db(), firmId).language;
    const QString title =
        http::renderMessage(titleSource, args, http::translatorFor(language.toLatin1()));
    Query q(tx.db(), u"INSERT INTO notifications (firm_id, notification_id, user_id, kind, "
                     "account_id, title, created_at) VALUES (:f, :id, :u, :k, :a, :title, :t)"_s);
    for (const QUuid& user : userIds) {
        const QUuid id = storage::newId();
        q.bind(u":f"_s, firmId)
            .bind(u":id"_s, id)
            .bind(u":u"_s, user)
            .bind(u":k"_s, kind)
            .bind(u":a"_s, accountId)
            .bind(u":title"_s, title)
            .bind(u":t"_s, storage::nowMs())
            .exec();
        tx.touch(firmId, entity::notification, id);
    }
}

void accountAccess(storage::Transaction& tx, const QUuid& firmId, const QList<QUuid>& userIds,
                   const QUuid& accountId, const QString& accountName)
{
    create(tx, firmId, userIds, u"account_access"_s, accountId,
           QT_TRANSLATE_NOOP("Server", "You were given access to the account “%1”."),
           {accountName});
}

QList<Notification> list(storage::Database& db, const QUuid& firmId, const QUuid& userId, int limit,
                         bool unreadOnly)
{
    Query q(db, u"SELECT "_s + columns +
                    u" FROM notifications WHERE firm_id = :f AND user_id = :u"_s +
                    (unreadOnly ? u" AND read_at IS NULL"_s : QString()) +
                    u" ORDER BY created_at DESC, notification_id DESC LIMIT :l"_s);
    q.bind(u":f"_s, firmId).bind(u":u"_s, userId).bind(u":l"_s, limit).exec();
    QList<Notification> out;
    while (q.next())
        out.append(read(q));
    return out;
}

std::optional<Notification> load(storage::Database& db, const QUuid& firmId, const QUuid& id)
{
    Query q(db, u"SELECT "_s + columns +
                    u" FROM notifications WHERE firm_id = :f AND notification_id = :id"_s);
    q.bind(u":f"_s, firmId).bind(u":id"_s, id).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

bool markRead(storage::Transaction& tx, const QUuid& firmId, const QUuid& userId, const QUuid& id)
{
    Query q(tx.db(), u"UPDATE notifications SET read_at = COALESCE(read_at, :t) WHERE firm_id = "
                     ":f AND notification_id = :id AND user_id = :u"_s);
    q.bind(u":t"_s, storage::nowMs())
        .bind(u":f"_s, firmId)
        .bind(u":id"_s, id)
        .bind(u":u"_s, userId)
        .exec();
    if (q.rowsAffected() == 0)
        return false;
    tx.touch(firmId, entity::notification, id);
    return true;
}

QString webLink(const QString& publicUrl, const QUuid& accountId)
{
    return publicUrl + u"/accounts/"_s + core::toWireId(accountId);
}

QJsonObject toJson(const Notification& n, const QString& publicUrl)
{
    QJsonObject links;
    if (n.accountId) {
        const QString id = core::toWireId(*n.accountId);
        links.insert(u"desktop"_s, QString(u"kontor://account/"_s + id));
        links.insert(u"web"_s, webLink(publicUrl, *n.accountId));
    }
    return {{u"id"_s, core::toWireId(n.id)},
            {u"kind"_s, n.kind},
            {u"account_id"_s,
             n.accountId ? QJsonValue(core::toWireId(*n.accountId)) : QJsonValue(QJsonValue::Null)},
            {u"title"_s, n.title},
            {u"created_at"_s, storage::toIsoTime(n.createdAt)},
            {u"read_at"_s,
             n.readAt ? QJsonValue(storage::toIsoTime(*n.readAt)) : QJsonValue(QJsonValue::Null)},
            {u"links"_s, links}};
}

} // namespace kontor::server::domain::notifications
