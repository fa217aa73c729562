#pragma once

#include "mail/mailmessage.h"
#include "mail/retrypolicy.h"
#include "mail/smtpsender.h"
#include "storage/transaction.h"

#include <optional>

namespace kontor::server::domain::outbox {

/// What a queued message is about; permanent failures of invitation mails reach the
/// invitation (mailoutbox.cpp calls invitations::mailFailed).
inline const QString invitationMail = QStringLiteral("invitation");
inline const QString signupMail = QStringLiteral("signup");
inline const QString noticeMail = QStringLiteral("notice");

/// Renders @p message once (its Message-ID made from the new row's id and @p domain) and
/// queues the bytes in the caller's transaction. Every attempt later sends exactly these
/// bytes. Returns the row id. Throws ApiError (422) when the message cannot be rendered.
QUuid enqueue(storage::Transaction& tx, const QUuid& firmId, const QString& kind,
              const std::optional<QUuid>& invitationId, mail::MailMessage message,
              const QString& domain);

/// A queued message that was not claimed yet is never sent (its link was replaced).
void voidPending(storage::Transaction& tx, const QUuid& firmId, const QUuid& mailId);

/// Delivers due messages: claims a few at a time (PostgreSQL: FOR UPDATE SKIP LOCKED; both
/// backends: a conditional update with a lease, so exactly one process sends each), writes
/// state before and after each attempt, retries temporary failures with the RetryPolicy's
/// back-off and gives up on permanent ones. Runs on the jobs thread.
class Sender {
public:
    Sender(mail::SmtpSettings smtp, mail::RetryPolicy policy, QString processId);

    /// Sends what is due; returns how many attempts were made.
    int runOnce(storage::Database& db) const;

private:
    struct Claimed {
        QUuid firmId;
        QUuid mailId;
        QString kind;
        std::optional<QUuid> invitationId;
        int attempts = 0;
        mail::RenderedMail mail;
    };
    QList<Claimed> claim(storage::Database& db) const;
    void finish(storage::Database& db, const Claimed& claimed,
                const mail::SmtpResult& result) const;

    mail::SmtpSender m_smtp;
    mail::RetryPolicy m_policy;
    QString m_processId;
    qint64 m_leaseMs;
};

} // namespace kontor::server::domain::outbox
