#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace kontor::mail {

/// A mailbox: a display name (may be empty, any Unicode) and an address whose domain may be
/// internationalised ("kanzlei@müller-steuer.de").
struct MailAddress {
    QString name;
    QString email;

    bool operator==(const MailAddress&) const = default;
};

/// One email as the server wants to send it. Rendered to MIME by renderMail(); the caller
/// chooses messageId and date once and keeps them, so every attempt to send the message
/// produces the same bytes and a receiver can recognise a repeated delivery.
struct MailMessage {
    MailAddress from;
    QList<MailAddress> to;
    std::optional<MailAddress> replyTo;
    QString subject;
    /// "unique@domain" without angle brackets; see makeMessageId().
    QString messageId;
    QDateTime date;
    /// The plain-text body (LF line ends).
    QString text;
    /// The HTML body; empty sends a text/plain message only.
    QString html;
};

/// A Message-ID for a message known by @p id (an outbox row), e.g.
/// "0b6f5a3e-…@kontor.kanzlei-mueller.de". The same id always gives the same Message-ID.
QString makeMessageId(const QUuid& id, const QString& domain);

} // namespace kontor::mail
