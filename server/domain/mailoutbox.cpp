#include "mailoutbox.h"

#include "invitations.h"

#include "http/apierror.h"
#include "mail/mimerenderer.h"
#include "storage/query.h"
#include "storage/sqlhelpers.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOutbox, "kontor.server.outbox")

using namespace Qt::StringLiterals;

namespace kontor::server::domain::outbox {

using storage::Query;

namespace {

constexpr int claimBatch = 10;

// The state a message may be claimed in: due, or left "sending" by a process whose lease ran
// out (it died between the two writes).
const QString claimable = u"((state = 'pending' AND next_attempt_at <= :now) OR "
                          "(state = 'sending' AND lease_until < :now))"_s;

QString describe(const mail::SmtpResult& r)
{
    QString text = r.replyCode ? QString::number(r.replyCode) + u' ' + r.replyText : r.error;
    if (r.mayHaveBeenDelivered)
        text += u" (may have been delivered)"_s;
    return text.left(1000);
}

} // namespace

QUuid enqueue(storage::Transaction& tx, const QUuid& firmId, const QString& kind,
              const std::optional<QUuid>& invitationId, mail::MailMessage message,
              const QString& domain)
{
    const QUuid id = storage::newId();
    message.messageId = mail::makeMessageId(id, domain);
    if (!message.date.isValid())
        message.date = QDateTime::currentDateTime();
    const core::Decoded<mail::RenderedMail> rendered = mail::renderMail(message);
    if (!rendered.ok())
        throw http::ApiError::invalid(rendered.errors);
    QJsonArray to;
    for (const QByteArray& address : rendered.value.envelopeTo)
        to.append(QString::fromLatin1(address));
    const qint64 now = storage::nowMs();
    Query q(tx.db(), u"INSERT INTO mail_outbox (firm_id, mail_id, message_id, kind, invitation_id, "
                     "envelope_from, envelope_to, data, state, attempts, next_attempt_at, "
                     "created_at) VALUES (:f, :id, :mid, :k, :inv, :from, :to, :data, 'pending', "
                     "0, :t, :t)"_s);
    q.bind(u":f"_s, firmId)
        .bind(u":id"_s, id)
        .bind(u":mid"_s, message.messageId)
        .bind(u":k"_s, kind)
        .bind(u":inv"_s, invitationId)
        .bind(u":from"_s, QString::fromLatin1(rendered.value.envelopeFrom))
        .bind(u":to"_s, to)
        .bind(u":data"_s, QString::fromLatin1(rendered.value.data))
        .bind(u":t"_s, now)
        .exec();
    return id;
}

void voidPending(storage::Transaction& tx, const QUuid& firmId, const QUuid& mailId)
{
    // The bytes hold a link that no longer works; they need not stay in the database.
    Query q(tx.db(), u"UPDATE mail_outbox SET state = 'voided', data = '' WHERE firm_id = :f AND "
                     "mail_id = :id AND state = 'pending'"_s);
    q.bind(u":f"_s, firmId).bind(u":id"_s, mailId).exec();
}

Sender::Sender(mail::SmtpSettings smtp, mail::RetryPolicy policy, QString processId)
    : m_smtp(smtp)
    , m_policy(policy)
    , m_processId(std::move(processId))
    // Longer than one attempt can last, so a live sender never loses its claim.
    , m_leaseMs(qint64(smtp.connectTimeout.count() + smtp.timeout.count()) + 60'000)
{
}

QList<Sender::Claimed> Sender::claim(storage::Database& db) const
{
    return storage::transact(db, storage::TxMode::Write, [&](storage::Transaction& tx) {
        const qint64 now = storage::nowMs();
        QList<std::pair<QUuid, QUuid>> candidates;
        {
            Query q(db,
                    u"SELECT firm_id, mail_id FROM mail_outbox WHERE "_s + claimable +
                        u" ORDER BY next_attempt_at LIMIT :n"_s +
                        (tx.dialect() == storage::Dialect::Postgres ? u" FOR UPDATE SKIP LOCKED"_s
                                                                    : QString()));
            q.bind(u":now"_s, now).bind(u":n"_s, claimBatch).exec();
            while (q.next())
                candidates.append({q.id(0), q.id(1)});
        }
        QList<Claimed> out;
        Query take(db, u"UPDATE mail_outbox SET state = 'sending', attempts = attempts + 1, "
                       "lease_until = :lease, claimed_by = :me WHERE firm_id = :f AND "
                       "mail_id = :id AND "_s +
                           claimable);
        Query read(db, u"SELECT kind, invitation_id, attempts, message_id, envelope_from, "
                       "envelope_to, data FROM mail_outbox WHERE firm_id = :f AND mail_id = :id"_s);
        for (const auto& [firmId, mailId] : candidates) {
            take.bind(u":lease"_s, now + m_leaseMs)
                .bind(u":me"_s, m_processId)
                .bind(u":f"_s, firmId)
                .bind(u":id"_s, mailId)
                .bind(u":now"_s, now)
                .exec();
            if (take.rowsAffected() != 1)
                continue; // another process was quicker
            read.bind(u":f"_s, firmId).bind(u":id"_s, mailId).exec();
            if (!read.next())
                continue;
            Claimed c;
            c.firmId = firmId;
            c.mailId = mailId;
            c.kind = read.text(0);
            c.invitationId = read.optionalId(1);
            c.attempts = int(read.integer(2));
            c.mail.messageId = read.text(3);
            c.mail.envelopeFrom = read.text(4).toLatin1();
            for (const QJsonValue& to : read.jsonArray(5))
                c.mail.envelopeTo.append(to.toString().toLatin1());
            c.mail.data = read.text(6).toLatin1();
            out.append(c);
        }
        return out;
    });
}

void Sender::finish(storage::Database& db, const Claimed& c, const mail::SmtpResult& result) const
{
    storage::transact(db, storage::TxMode::Write, [&](storage::Transaction& tx) {
        const qint64 now = storage::nowMs();
        QString state;
        qint64 next = now;
        if (result.sent()) {
            state = u"sent"_s;
        } else if (result.outcome == mail::SmtpOutcome::TemporaryFailure) {
            const auto delay = m_policy.delayAfter(c.attempts);
            state = delay ? u"pending"_s : u"failed"_s;
            next = now + (delay ? delay->count() : 0);
        } else {
            state = u"failed"_s;
        }
        // Sent or given up: the bytes (and the link inside them) need not stay.
        Query q(db, u"UPDATE mail_outbox SET state = :s, next_attempt_at = :next, last_error = "
                    ":e, sent_at = :sent, lease_until = NULL, data = CASE WHEN :s2 = 'pending' "
                    "THEN data ELSE '' END WHERE firm_id = :f AND mail_id = :id AND "
                    "state = 'sending' AND claimed_by = :me"_s);
        q.bind(u":s"_s, state)
            .bind(u":s2"_s, state)
            .bind(u":next"_s, next)
            .bind(u":e"_s, result.sent() ? QString() : describe(result))
            .bind(u":sent"_s,
                  result.sent() ? QVariant(now) : QVariant(QMetaType(QMetaType::LongLong)))
            .bind(u":f"_s, c.firmId)
            .bind(u":id"_s, c.mailId)
            .bind(u":me"_s, m_processId)
            .exec();
        if (q.rowsAffected() != 1) {
            qCWarning(lcOutbox) << "lost the claim on" << c.mail.messageId;
            return;
        }
        if (!c.invitationId)
            return;
        if (state == u"sent")
            invitations::mailSent(tx, c.firmId, *c.invitationId, c.mailId);
        else if (state == u"failed")
            invitations::mailFailed(tx, c.firmId, *c.invitationId, c.mailId);
    });
}

int Sender::runOnce(storage::Database& db) const
{
    int attempts = 0;
    for (;;) {
        const QList<Claimed> batch = claim(db);
        if (batch.isEmpty())
            return attempts;
        for (const Claimed& c : batch) {
            const mail::SmtpResult result = m_smtp.send(c.mail);
            ++attempts;
            if (result.sent()) {
                qCInfo(lcOutbox).noquote() << "sent" << c.mail.messageId;
            } else {
                qCWarning(lcOutbox).noquote() << "attempt" << c.attempts << "for"
                                              << c.mail.messageId << "failed:" << describe(result);
            }
            finish(db, c, result);
        }
    }
}

} // namespace kontor::server::domain::outbox
