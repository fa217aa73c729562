#pragma once

#include "auth/staff.h"
#include "storage/transaction.h"

#include <QJsonObject>

#include <optional>

namespace kontor::server::domain::invitations {

/// Where links point and mails come from, and how long a link works.
struct Options {
    QString publicUrl; ///< without a trailing slash
    QString mailFrom;  ///< the From address of every mail
    qint64 validityMs = qint64(14) * 24 * 3600 * 1000;
};

/// An invitation to the portal (R-INV-1…7) or the confirmation of a self sign-up (R-REG-1):
/// one contact on one account, with the hash of its current single-use link.
struct Invitation {
    QUuid firmId;
    QUuid id;
    QUuid accountId;
    QUuid contactId;
    QString kind;   ///< "invitation" or "signup"
    QString email;  ///< the address the link went to
    QString status; ///< stored: queued, sent, failed, activated, voided
    std::optional<QUuid> sentBy;
    std::optional<qint64> sentAt;
    qint64 expiresAt = 0;
    int sendCount = 0;
    qint64 createdAt = 0;

    /// Waiting for the client: listed under "Ausstehende Aktivierung".
    bool isOpen() const;
};

/// The status as staff see it: queued, sent, failed, or expired once the link's time is over.
QString wireStatus(const Invitation& invitation, qint64 now);
/// The pending-activation item (DESIGN.md "Wire shapes") plus `id` and `kind`.
QJsonObject toJson(const Invitation& invitation, qint64 now);

struct InviteRequest {
    std::optional<QUuid> id; ///< made by the client (invitation.send); new when empty
    QUuid accountId;
    QUuid contactId;
    QString message; ///< the personal message, may be empty
};

/// R-INV-1/2/6: invites a contact linked to the account with LOGIN on and an email (R-SW-4):
/// a new single-use link (an open invitation of the same contact and account is replaced) and
/// the mail in the outbox. Throws ApiError: 404 unknown or hidden, 403, 422, 409 id in use.
Invitation invite(storage::Transaction& tx, const auth::Staff& staff, const InviteRequest& request,
                  const Options& options);
/// R-INV-7: a new link for an open invitation; the old link stops working at once.
Invitation resend(storage::Transaction& tx, const auth::Staff& staff, const QUuid& id,
                  const Options& options);
/// R-REG-1: the confirmation link of a self sign-up (no staff member sent it).
Invitation issueSignup(storage::Transaction& tx, const QUuid& firmId, const QUuid& accountId,
                       const QUuid& contactId, const Options& options);

/// Open invitations of the accounts @p staff may see, newest first.
QList<Invitation> pending(storage::Database& db, const auth::Staff& staff);
QList<Invitation> loadMany(storage::Database& db, const QUuid& firmId, const QList<QUuid>& ids);

/// The open, unexpired invitation a link's token belongs to.
std::optional<Invitation> findByToken(storage::Database& db, const QString& token);

/// R-INV-6: uses up the token (only one of any number of concurrent callers succeeds), stores
/// the contact's portal password hash, closes the contact's other open invitations, moves its
/// links with LOGIN on to "activated" and tells the account's team (R-REG-2/3). Nothing when
/// the token is unknown, used, replaced or expired.
std::optional<Invitation> activate(storage::Transaction& tx, const QString& token,
                                   const QByteArray& passwordHash, const Options& options);

/// LOGIN went off or the contact was unlinked: the link's open invitation stops working.
void linkClosed(storage::Transaction& tx, const QUuid& firmId, const QUuid& accountId,
                const QUuid& contactId);
/// The contact's email changed: its open invitations stop working.
void contactEmailChanged(storage::Transaction& tx, const QUuid& firmId, const QUuid& contactId);
/// R-INV-7: recomputes portal_status of the contact's links (activated when LOGIN is on and the
/// contact has a portal password, pending with an open invitation, otherwise not_activated)
/// and puts the accounts whose status changed on the change feed. True when one changed.
/// With @p accountId only that one link (its cost then does not grow with the contact's links).
bool refreshPortalStatus(storage::Transaction& tx, const QUuid& firmId, const QUuid& contactId,
                         const std::optional<QUuid>& accountId = std::nullopt);

/// The outbox reports on an invitation's mail (only its current mail counts).
void mailSent(storage::Transaction& tx, const QUuid& firmId, const QUuid& invitationId,
              const QUuid& mailId);
/// Marks the invitation failed and tells the staff member who sent it.
void mailFailed(storage::Transaction& tx, const QUuid& firmId, const QUuid& invitationId,
                const QUuid& mailId);

} // namespace kontor::server::domain::invitations
