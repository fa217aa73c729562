#pragma once

#include "mailmessage.h"

#include "core/decoded.h"

#include <QByteArray>
#include <QList>

namespace kontor::mail {

/// A message ready for SMTP: the RFC 5322 bytes and the envelope addresses (ASCII, domains in
/// IDNA form). The outbox stores exactly these, so a retry sends the very same bytes.
struct RenderedMail {
    QString messageId; ///< as in MailMessage, for logs
    QByteArray envelopeFrom;
    QList<QByteArray> envelopeTo;
    QByteArray data;
};

/// Renders @p message as MIME: 7-bit, CRLF, UTF-8 parts in quoted-printable,
/// multipart/alternative (text/plain, text/html) when there is HTML. Header values are cleaned
/// of line breaks and controls and encoded per RFC 2047, so no input can add a header.
/// The output depends only on @p message (the boundary derives from the Message-ID).
/// Errors name the field: `from.email`, `to[0].email`, `reply_to.email`, `message_id`, `date`.
core::Decoded<RenderedMail> renderMail(const MailMessage& message);

} // namespace kontor::mail
