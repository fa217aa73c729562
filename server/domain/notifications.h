#pragma once

#include "storage/transaction.h"

#include <QJsonObject>

#include <optional>

namespace kontor::server::domain::notifications {

/// One entry of a team member's inbox ("Inbox+").
struct Notification {
    QUuid id;
    QUuid userId;
    QString kind; ///< "account_access", later "portal_activated", "portal_signup", …
    std::optional<QUuid> accountId;
    QString title; ///< rendered in the firm's language when created
    qint64 createdAt = 0;
    std::optional<qint64> readAt;
};

/// Creates a notification for each user; the title is rendered in the firm's language.
/// @p titleSource is marked with QT_TRANSLATE_NOOP("Server", …) and may use %1, %2… for @p args.
void create(storage::Transaction& tx, const QUuid& firmId, const QList<QUuid>& userIds,
            const QString& kind, const std::optional<QUuid>& accountId, const char* titleSource,
            const QStringList& args);
/// R-ACC-7: "you were given access to …".
void accountAccess(storage::Transaction& tx, const QUuid& firmId, const QList<QUuid>& userIds,
                   const QUuid& accountId, const QString& accountName);

/// A user's notifications, newest first.
QList<Notification> list(storage::Database& db, const QUuid& firmId, const QUuid& userId, int limit,
                         bool unreadOnly);
std::optional<Notification> load(storage::Database& db, const QUuid& firmId, const QUuid& id);
/// False when it is not the user's notification.
bool markRead(storage::Transaction& tx, const QUuid& firmId, const QUuid& userId, const QUuid& id);

/// The account on the web: `<public-url>/accounts/<id>` (a page that opens it in Kontor).
QString webLink(const QString& publicUrl, const QUuid& accountId);

/// The wire shape; links point at the account in the desktop client and on the web.
QJsonObject toJson(const Notification& n, const QString& publicUrl);

} // namespace kontor::server::domain::notifications
