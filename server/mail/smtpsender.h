#pragma once

#include "mimerenderer.h"
#include "smtpsettings.h"

#include <QString>

namespace kontor::mail {

/// What became of one attempt to hand a message to the SMTP server.
enum class SmtpOutcome {
    Sent,             ///< the server accepted the message (250 after the data)
    TemporaryFailure, ///< 4xx reply, no connection, timeout, connection lost: try again later
    PermanentFailure, ///< 5xx reply: sending the same message again will not help
};

/// The result of SmtpSender::send(), a value the outbox can store as it is.
struct SmtpResult {
    SmtpOutcome outcome = SmtpOutcome::TemporaryFailure;
    /// The server's last reply code (0 when it never answered).
    int replyCode = 0;
    /// The server's last reply, lines joined by "\n" ("550 5.1.1 No such user").
    QString replyText;
    /// What went wrong as libcurl describes it; empty when sent.
    QString error;
    /// The whole message went out and then the connection broke or timed out before the
    /// server's final reply: the server may have accepted it. A retry then sends the same
    /// Message-ID, by which the receiving side can recognise the second copy.
    bool mayHaveBeenDelivered = false;

    bool sent() const { return outcome == SmtpOutcome::Sent; }
};

/// Classifies a failed transaction by the server's last reply code: 5xx is permanent,
/// everything else (4xx, no reply, a connection that broke after a positive reply) temporary.
SmtpOutcome classifySmtpFailure(int replyCode);

/// Delivers rendered messages over SMTP with libcurl: STARTTLS whenever the server offers it,
/// AUTH when a password is configured, connect and total timeouts. send() may be called from
/// several threads at once; each call uses its own connection.
class SmtpSender {
public:
    explicit SmtpSender(SmtpSettings settings);

    /// One SMTP transaction for @p mail; blocks for at most the configured timeout.
    SmtpResult send(const RenderedMail& mail) const;

    const SmtpSettings& settings() const { return m_settings; }

private:
    SmtpSettings m_settings;
};

} // namespace kontor::mail
