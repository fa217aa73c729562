#include "invitations.h"

#include "accounts.h"
#include "entities.h"
#include "invitationmails.h"
#include "mailoutbox.h"
#include "notifications.h"

#include "auth/tokens.h"
#include "core/wireformat.h"
#include "http/apierror.h"
#include "storage/query.h"
#include "storage/sqlhelpers.h"

using namespace Qt::StringLiterals;

namespace kontor::server::domain::invitations {

using http::ApiError;
using storage::Query;

namespace {

const QString columns = u"firm_id, invitation_id, account_id, contact_id, kind, email, status, "
                        "sent_by, sent_at, expires_at, send_count, created_at"_s;
const QString openStates = u"('queued', 'sent', 'failed')"_s;

Invitation read(const Query& q)
{
    Invitation i;
    i.firmId = q.id(0);
    i.id = q.id(1);
    i.accountId = q.id(2);
    i.contactId = q.id(3);
    i.kind = q.text(4);
    i.email = q.text(5);
    i.status = q.text(6);
    i.sentBy = q.optionalId(7);
    if (!q.isNull(8))
        i.sentAt = q.integer(8);
    i.expiresAt = q.integer(9);
    i.sendCount = int(q.integer(10));
    i.createdAt = q.integer(11);
    return i;
}

std::optional<Invitation> loadOne(storage::Database& db, const QUuid& firmId, const QUuid& id)
{
    QList<Invitation> found = loadMany(db, firmId, {id});
    return found.isEmpty() ? std::nullopt : std::optional<Invitation>(found.takeFirst());
}

// Closes the open invitations of a contact (on one account, or on all when @p accountId is
// null) and voids their queued mails. Returns the highest send count among them.
int closeOpen(storage::Transaction& tx, const QUuid& firmId, const QUuid& contactId,
              const std::optional<QUuid>& accountId, const QString& newStatus,
              const std::optional<QUuid>& except = std::nullopt)
{
    QString where = u"firm_id = :f AND contact_id = :c AND status IN "_s + openStates;
    if (accountId)
        where += u" AND account_id = :a"_s;
    Query find(tx.db(), u"SELECT invitation_id, mail_id, send_count FROM invitations WHERE "_s +
                            where + storage::forUpdate(tx.dialect()));
    find.bind(u":f"_s, firmId).bind(u":c"_s, contactId);
    if (accountId)
        find.bind(u":a"_s, *accountId);
    find.exec();
    QList<std::pair<QUuid, std::optional<QUuid>>> rows;
    int sendCount = 0;
    while (find.next()) {
        if (except && find.id(0) == *except)
            continue;
        rows.append({find.id(0), find.optionalId(1)});
        sendCount = std::max(sendCount, int(find.integer(2)));
    }
    Query close(tx.db(), u"UPDATE invitations SET status = :s, closed_at = :t, updated_at = :t "
                         "WHERE firm_id = :f AND invitation_id = :id"_s);
    for (const auto& [id, mailId] : rows) {
        close.bind(u":s"_s, newStatus)
            .bind(u":t"_s, storage::nowMs())
            .bind(u":f"_s, firmId)
            .bind(u":id"_s, id)
            .exec();
        if (mailId)
            outbox::voidPending(tx, firmId, *mailId);
        tx.touch(firmId, entity::invitation, id);
    }
    return sendCount;
}

struct Target {
    accounts::Stored account;
    core::AccountContact link;
};

// The account and the contact's link on it, checked for an invitation: LOGIN on, an email.
Target checkedTarget(storage::Database& db, const QUuid& firmId, const QUuid& accountId,
                     const QUuid& contactId)
{
    const QList<accounts::Stored> found = accounts::loadMany(db, firmId, {accountId});
    if (found.isEmpty())
        throw ApiError::notFound();
    Target t{found.constFirst(), {}};
    const auto& links = t.account.account.contacts;
    const auto it = std::find_if(links.cbegin(), links.cend(), [&](const core::AccountContact& c) {
        return c.contact.id == contactId;
    });
    if (it == links.cend()) {
        throw ApiError::invalid({core::Violation(
            u"contact_id"_s, core::code::notFound,
            QT_TRANSLATE_NOOP("Validation", "This contact is not linked to the account."))});
    }
    t.link = *it;
    if (t.link.contact.email.trimmed().isEmpty()) {
        throw ApiError::invalid({core::Violation(
            u"contact_id"_s, core::code::loginRequiresEmail,
            QT_TRANSLATE_NOOP("Validation", "A contact with portal access needs an email "
                                            "address."))});
    }
    if (!t.link.switches.login) {
        throw ApiError::invalid({core::Violation(
            u"contact_id"_s, QLatin1StringView("login_off"),
            QT_TRANSLATE_NOOP("Validation", "Turn on portal access (LOGIN) for this contact "
                                            "first."))});
    }
    return t;
}

void requireAccess(storage::Database& db, const auth::Staff& staff, const QUuid& accountId)
{
    if (accounts::visibility(db, staff, accountId) != accounts::Visibility::Visible)
        throw ApiError::notFound();
    if (!core::canManageAccounts(staff.member))
        throw ApiError::forbidden();
}

Invitation issue(storage::Transaction& tx, const QUuid& firmId, const Target& target,
                 const QString& kind, const QString& message, const std::optional<QUuid>& sentBy,
                 const std::optional<QUuid>& requestedId, const Options& options)
{
    const QUuid contactId = target.link.contact.id;
    if (tx.dialect() == storage::Dialect::Postgres) {
        // Two invitations of one link at once: the second waits, then replaces the first.
        Query lock(tx.db(), u"SELECT 1 FROM account_contacts WHERE firm_id = :f AND account_id = "
                            ":a AND contact_id = :c FOR UPDATE"_s);
        lock.bind(u":f"_s, firmId)
            .bind(u":a"_s, target.account.account.id)
            .bind(u":c"_s, contactId)
            .exec();
    }
    const int before = closeOpen(tx, firmId, contactId, target.account.account.id, u"voided"_s);
    const qint64 now = storage::nowMs();
    Invitation inv;
    inv.firmId = firmId;
    inv.id = requestedId.value_or(storage::newId());
    inv.accountId = target.account.account.id;
    inv.contactId = contactId;
    inv.kind = kind;
    inv.email = target.link.contact.email.trimmed();
    inv.status = u"queued"_s;
    inv.sentBy = sentBy;
    inv.expiresAt = now + options.validityMs;
    inv.sendCount = before + 1;
    inv.createdAt = now;
    const QString token = auth::newBearerToken(firmId);
    Query insert(tx.db(), u"INSERT INTO invitations (firm_id, invitation_id, account_id, "
                          "contact_id, kind, email, message, token_hash, status, sent_by, "
                          "send_count, expires_at, created_at, updated_at) VALUES (:f, :id, :a, "
                          ":c, :k, :e, :m, :h, 'queued', :by, :n, :x, :t, :t)"_s);
    insert.bind(u":f"_s, firmId)
        .bind(u":id"_s, inv.id)
        .bind(u":a"_s, inv.accountId)
        .bind(u":c"_s, contactId)
        .bind(u":k"_s, kind)
        .bind(u":e"_s, inv.email)
        .bind(u":m"_s, message)
        .bind(u":h"_s, auth::tokenHash(token))
        .bind(u":by"_s, sentBy)
        .bind(u":n"_s, inv.sendCount)
        .bind(u":x"_s, inv.expiresAt)
        .bind(u":t"_s, now)
        .exec();
    const QUuid mailId = queueMail(tx, firmId, inv, target.link.contact, message, token, options);
    Query mail(tx.db(), u"UPDATE invitations SET mail_id = :m WHERE firm_id = :f AND "
                        "invitation_id = :id"_s);
    mail.bind(u":m"_s, mailId).bind(u":f"_s, firmId).bind(u":id"_s, inv.id).exec();
    tx.touch(firmId, entity::invitation, inv.id);
    refreshPortalStatus(tx, firmId, contactId, inv.accountId);
    return inv;
}

} // namespace

bool Invitation::isOpen() const
{
    return status == u"queued" || status == u"sent" || status == u"failed";
}

QString wireStatus(const Invitation& i, qint64 now)
{
    if ((i.status == u"queued" || i.status == u"sent") && i.expiresAt <= now)
        return u"expired"_s;
    return i.status;
}

QJsonObject toJson(const Invitation& i, qint64 now)
{
    return {{u"id"_s, core::toWireId(i.id)},
            {u"invitation_id"_s, core::toWireId(i.id)},
            {u"kind"_s, i.kind},
            {u"account_id"_s, core::toWireId(i.accountId)},
            {u"contact_id"_s, core::toWireId(i.contactId)},
            {u"email"_s, i.email},
            {u"status"_s, wireStatus(i, now)},
            {u"sent_at"_s,
             i.sentAt ? QJsonValue(storage::toIsoTime(*i.sentAt)) : QJsonValue(QJsonValue::Null)},
            {u"expires_at"_s, storage::toIsoTime(i.expiresAt)},
            {u"send_count"_s, i.sendCount}};
}

Invitation invite(storage::Transaction& tx, const auth::Staff& staff, const InviteRequest& request,
                  const Options& options)
{
    requireAccess(tx.db(), staff, request.accountId);
    if (request.id && loadOne(tx.db(), staff.firmId, *request.id)) {
        throw ApiError::conflict(u"invitation_exists"_s,
                                 QT_TRANSLATE_NOOP("Server", "An invitation with this id "
                                                             "exists."));
    }
    if (request.message.size() > 5000) {
        throw ApiError::invalid({core::Violation(
            u"message"_s, core::code::tooLong,
            QT_TRANSLATE_NOOP("Validation", "The personal message is too long."))});
    }
    const Target target =
        checkedTarget(tx.db(), staff.firmId, request.accountId, request.contactId);
    return issue(tx, staff.firmId, target, outbox::invitationMail, request.message, staff.id(),
                 request.id, options);
}

Invitation resend(storage::Transaction& tx, const auth::Staff& staff, const QUuid& id,
                  const Options& options)
{
    std::optional<Invitation> old = loadOne(tx.db(), staff.firmId, id);
    if (!old)
        throw ApiError::notFound();
    requireAccess(tx.db(), staff, old->accountId);
    if (!old->isOpen()) {
        throw ApiError::conflict(u"invitation_closed"_s,
                                 QT_TRANSLATE_NOOP("Server", "This invitation was already used "
                                                             "or replaced."));
    }
    const Target target = checkedTarget(tx.db(), staff.firmId, old->accountId, old->contactId);
    Query message(tx.db(), u"SELECT message, mail_id FROM invitations WHERE firm_id = :f AND "
                           "invitation_id = :id"_s);
    message.bind(u":f"_s, staff.firmId).bind(u":id"_s, id).exec();
    message.next();
    const QString text = message.text(0);
    if (const std::optional<QUuid> oldMail = message.optionalId(1))
        outbox::voidPending(tx, staff.firmId, *oldMail);
    closeOpen(tx, staff.firmId, old->contactId, old->accountId, u"voided"_s, id);

    // The same invitation (the client's list keeps its row) with a new link.
    const qint64 now = storage::nowMs();
    const QString token = auth::newBearerToken(staff.firmId);
    old->email = target.link.contact.email.trimmed();
    old->status = u"queued"_s;
    old->sentBy = staff.id();
    old->expiresAt = now + options.validityMs;
    old->sendCount += 1;
    Query update(tx.db(), u"UPDATE invitations SET token_hash = :h, status = 'queued', email = "
                          ":e, sent_by = :by, expires_at = :x, send_count = :n, updated_at = :t "
                          "WHERE firm_id = :f AND invitation_id = :id"_s);
    update.bind(u":h"_s, auth::tokenHash(token))
        .bind(u":e"_s, old->email)
        .bind(u":by"_s, staff.id())
        .bind(u":x"_s, old->expiresAt)
        .bind(u":n"_s, old->sendCount)
        .bind(u":t"_s, now)
        .bind(u":f"_s, staff.firmId)
        .bind(u":id"_s, id)
        .exec();
    const QUuid mailId =
        queueMail(tx, staff.firmId, *old, target.link.contact, text, token, options);
    Query mail(tx.db(), u"UPDATE invitations SET mail_id = :m WHERE firm_id = :f AND "
                        "invitation_id = :id"_s);
    mail.bind(u":m"_s, mailId).bind(u":f"_s, staff.firmId).bind(u":id"_s, id).exec();
    tx.touch(staff.firmId, entity::invitation, id);
    refreshPortalStatus(tx, staff.firmId, old->contactId, old->accountId);
    return *old;
}

Invitation issueSignup(storage::Transaction& tx, const QUuid& firmId, const QUuid& accountId,
                       const QUuid& contactId, const Options& options)
{
    const Target target = checkedTarget(tx.db(), firmId, accountId, contactId);
    return issue(tx, firmId, target, outbox::signupMail, {}, std::nullopt, std::nullopt, options);
}

QList<Invitation> pending(storage::Database& db, const auth::Staff& staff)
{
    const QString visible = accounts::visibleCondition(staff);
    Query q(db, u"SELECT i."_s + QString(columns).replace(u", "_s, u", i."_s) +
                    u" FROM invitations i JOIN accounts a ON a.firm_id = i.firm_id AND "
                    "a.account_id = i.account_id WHERE i.firm_id = :f AND i.status IN "_s +
                    openStates + (visible.isEmpty() ? QString() : u" AND "_s + visible) +
                    u" ORDER BY i.created_at DESC, i.invitation_id"_s);
    q.bind(u":f"_s, staff.firmId);
    if (!visible.isEmpty())
        q.bind(u":me"_s, staff.id());
    q.exec();
    QList<Invitation> out;
    while (q.next())
        out.append(read(q));
    return out;
}

QList<Invitation> loadMany(storage::Database& db, const QUuid& firmId, const QList<QUuid>& ids)
{
    QList<Invitation> out;
    if (ids.isEmpty())
        return out;
    Query q(db, u"SELECT "_s + columns +
                    u" FROM invitations WHERE firm_id = :f AND "
                    "invitation_id IN ("_s +
                    storage::idsFrom(db.dialect(), u":ids"_s) + u')');
    q.bind(u":f"_s, firmId).bind(u":ids"_s, storage::idArrayText(ids)).exec();
    while (q.next())
        out.append(read(q));
    return out;
}

std::optional<Invitation> findByToken(storage::Database& db, const QString& token)
{
    const std::optional<QUuid> firm = auth::firmOfToken(token);
    if (!firm)
        return std::nullopt;
    Query q(db, u"SELECT "_s + columns +
                    u" FROM invitations WHERE firm_id = :f AND token_hash = :h AND status IN "_s +
                    openStates + u" AND expires_at > :now"_s);
    q.bind(u":f"_s, *firm)
        .bind(u":h"_s, auth::tokenHash(token))
        .bind(u":now"_s, storage::nowMs())
        .exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

std::optional<Invitation> activate(storage::Transaction& tx, const QString& token,
                                   const QByteArray& passwordHash, const Options& options)
{
    const std::optional<QUuid> firm = auth::firmOfToken(token);
    if (!firm)
        return std::nullopt;
    const qint64 now = storage::nowMs();
    // The one statement that decides: of concurrent callers, only one changes the row (the
    // others wait for its lock and then no longer match, or see its commit).
    Query use(tx.db(), u"UPDATE invitations SET status = 'activated', closed_at = :now, "
                       "updated_at = :now WHERE firm_id = :f AND token_hash = :h AND status IN "_s +
                           openStates + u" AND expires_at > :now"_s);
    use.bind(u":now"_s, now).bind(u":f"_s, *firm).bind(u":h"_s, auth::tokenHash(token)).exec();
    if (use.rowsAffected() != 1)
        return std::nullopt;
    Query q(tx.db(), u"SELECT "_s + columns +
                         u" FROM invitations WHERE firm_id = :f AND "
                         "token_hash = :h"_s);
    q.bind(u":f"_s, *firm).bind(u":h"_s, auth::tokenHash(token)).exec();
    q.next();
    const Invitation inv = read(q);
    tx.touch(inv.firmId, entity::invitation, inv.id);
    Query identity(tx.db(), u"INSERT INTO portal_identities (firm_id, contact_id, password_hash, "
                            "created_at, updated_at) VALUES (:f, :c, :h, :t, :t) ON CONFLICT "
                            "(firm_id, contact_id) DO UPDATE SET password_hash = "
                            "excluded.password_hash, updated_at = excluded.updated_at"_s);
    identity.bind(u":f"_s, inv.firmId)
        .bind(u":c"_s, inv.contactId)
        .bind(u":h"_s, QString::fromLatin1(passwordHash))
        .bind(u":t"_s, now)
        .exec();
    // A new password ends the sessions that knew the old one.
    Query sessions(tx.db(),
                   u"DELETE FROM portal_sessions WHERE firm_id = :f AND contact_id = :c"_s);
    sessions.bind(u":f"_s, inv.firmId).bind(u":c"_s, inv.contactId).exec();
    closeOpen(tx, inv.firmId, inv.contactId, std::nullopt, u"activated"_s);
    refreshPortalStatus(tx, inv.firmId, inv.contactId);
    notifyTeam(tx, inv, options);
    return inv;
}

void linkClosed(storage::Transaction& tx, const QUuid& firmId, const QUuid& accountId,
                const QUuid& contactId)
{
    closeOpen(tx, firmId, contactId, accountId, u"voided"_s);
}

void contactEmailChanged(storage::Transaction& tx, const QUuid& firmId, const QUuid& contactId)
{
    closeOpen(tx, firmId, contactId, std::nullopt, u"voided"_s);
    refreshPortalStatus(tx, firmId, contactId);
}

bool refreshPortalStatus(storage::Transaction& tx, const QUuid& firmId, const QUuid& contactId,
                         const std::optional<QUuid>& accountId)
{
    const QString onlyAccount = accountId ? u" AND account_id = :a"_s : QString();
    auto statuses = [&] {
        QHash<QUuid, QString> out;
        Query q(tx.db(), u"SELECT account_id, portal_status FROM account_contacts WHERE "
                         "firm_id = :f AND contact_id = :c"_s +
                             onlyAccount);
        q.bind(u":f"_s, firmId).bind(u":c"_s, contactId);
        if (accountId)
            q.bind(u":a"_s, *accountId);
        q.exec();
        while (q.next())
            out.insert(q.id(0), q.text(1));
        return out;
    };
    const QHash<QUuid, QString> before = statuses();
    Query update(tx.db(),
                 u"UPDATE account_contacts SET portal_status = CASE WHEN login = 1 AND EXISTS "
                 "(SELECT 1 FROM portal_identities p WHERE p.firm_id = account_contacts.firm_id "
                 "AND p.contact_id = account_contacts.contact_id) THEN 'activated' WHEN login = "
                 "1 AND EXISTS (SELECT 1 FROM invitations i WHERE i.firm_id = "
                 "account_contacts.firm_id AND i.account_id = account_contacts.account_id AND "
                 "i.contact_id = account_contacts.contact_id AND i.status IN "_s +
                     openStates +
                     u") THEN 'pending' ELSE 'not_activated' END WHERE firm_id = :f AND "
                     "contact_id = :c"_s +
                     onlyAccount);
    update.bind(u":f"_s, firmId).bind(u":c"_s, contactId);
    if (accountId)
        update.bind(u":a"_s, *accountId);
    update.exec();
    const QHash<QUuid, QString> after = statuses();
    bool changed = false;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (before.value(it.key()) != it.value()) {
            tx.touch(firmId, entity::account, it.key());
            changed = true;
        }
    }
    return changed;
}

void mailSent(storage::Transaction& tx, const QUuid& firmId, const QUuid& invitationId,
              const QUuid& mailId)
{
    Query q(tx.db(), u"UPDATE invitations SET status = CASE WHEN status = 'queued' THEN 'sent' "
                     "ELSE status END, sent_at = :t, updated_at = :t WHERE firm_id = :f AND "
                     "invitation_id = :id AND mail_id = :m"_s);
    q.bind(u":t"_s, storage::nowMs())
        .bind(u":f"_s, firmId)
        .bind(u":id"_s, invitationId)
        .bind(u":m"_s, mailId)
        .exec();
    if (q.rowsAffected() > 0)
        tx.touch(firmId, entity::invitation, invitationId);
}

void mailFailed(storage::Transaction& tx, const QUuid& firmId, const QUuid& invitationId,
                const QUuid& mailId)
{
    Query q(tx.db(), u"UPDATE invitations SET status = 'failed', updated_at = :t WHERE firm_id = "
                     ":f AND invitation_id = :id AND mail_id = :m AND status IN ('queued', "
                     "'sent')"_s);
    q.bind(u":t"_s, storage::nowMs())
        .bind(u":f"_s, firmId)
        .bind(u":id"_s, invitationId)
        .bind(u":m"_s, mailId)
        .exec();
    if (q.rowsAffected() == 0)
        return;
    tx.touch(firmId, entity::invitation, invitationId);
    const std::optional<Invitation> inv = loadOne(tx.db(), firmId, invitationId);
    if (!inv || !inv->sentBy)
        return;
    notifications::create(tx, firmId, {*inv->sentBy}, u"invitation_failed"_s, inv->accountId,
                          QT_TRANSLATE_NOOP("Server", "The invitation to %1 could not be "
                                                      "delivered. Check the address and send "
                                                      "it again."),
                          {inv->email});
}

} // namespace kontor::server::domain::invitations
