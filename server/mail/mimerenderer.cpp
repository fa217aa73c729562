#include "mimerenderer.h"

#include "mimeencoding.h"

#include "core/emailaddress.h"
#include "core/textrules.h"

#include <QCryptographicHash>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace kontor::mail {

namespace {

bool isDotAtomText(QStringView text)
{
    if (text.isEmpty() || text.startsWith(u'.') || text.endsWith(u'.') || text.contains(u".."))
        return false;
    for (QChar c : text) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                        (c >= u'0' && c <= u'9') ||
                        QStringView(u".!#$%&'*+-/=?^_`{|}~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

// The address with its domain in IDNA form; core::checkEmail has made sure the local part is
// a dot-atom of ASCII characters, so the result cannot carry a line break or a bracket.
QByteArray asciiAddress(const QString& email)
{
    const qsizetype at = email.lastIndexOf(u'@');
    return email.left(at).toLatin1() + '@' + QUrl::toAce(email.mid(at + 1));
}

QByteArray checkedAddress(const QString& email, const QString& path, core::Violations& errors)
{
    core::Violations found = core::checkRequired(email, path);
    if (found.isEmpty())
        found = core::checkEmail(email, path);
    errors += found;
    return found.isEmpty() ? asciiAddress(email) : QByteArray();
}

QList<QByteArray> mailboxPieces(const MailAddress& address, const QByteArray& ascii)
{
    QList<QByteArray> pieces = mime::phrase(address.name);
    pieces.append(pieces.isEmpty() ? ascii : '<' + ascii + '>');
    return pieces;
}

QByteArray part(const QByteArray& contentType, const QString& body)
{
    return "Content-Type: " + contentType + "; charset=UTF-8\r\n" +
           "Content-Transfer-Encoding: quoted-printable\r\n\r\n" +
           mime::quotedPrintable(mime::cleanBodyText(body));
}

} // namespace

QString makeMessageId(const QUuid& id, const QString& domain)
{
    const QString ace = QString::fromLatin1(QUrl::toAce(domain)).toLower();
    return id.toString(QUuid::WithoutBraces) + u'@' + (ace.isEmpty() ? u"localhost"_s : ace);
}

core::Decoded<RenderedMail> renderMail(const MailMessage& message)
{
    core::Decoded<RenderedMail> result;
    core::Violations& errors = result.errors;
    RenderedMail& mail = result.value;

    mail.envelopeFrom = checkedAddress(message.from.email, u"from.email"_s, errors);
    QList<QByteArray> to;
    if (message.to.isEmpty())
        errors += core::checkRequired(QString(), u"to"_s);
    for (qsizetype i = 0; i < message.to.size(); ++i) {
        const MailAddress& rcpt = message.to.at(i);
        const QByteArray ascii = checkedAddress(
            rcpt.email, core::joinPath(core::indexPath(u"to"_s, i), u"email"_s), errors);
        if (!to.isEmpty())
            to.last().append(',');
        to += mailboxPieces(rcpt, ascii);
        mail.envelopeTo.append(ascii);
    }
    QByteArray replyTo;
    if (message.replyTo) {
        const QByteArray ascii =
            checkedAddress(message.replyTo->email, u"reply_to.email"_s, errors);
        replyTo = mime::foldedHeader("Reply-To", mailboxPieces(*message.replyTo, ascii));
    }
    const qsizetype at = message.messageId.indexOf(u'@');
    if (message.messageId.size() > 250 || at < 0 ||
        !isDotAtomText(QStringView(message.messageId).left(at)) ||
        !isDotAtomText(QStringView(message.messageId).mid(at + 1))) {
        errors.append(core::Violation(
            u"message_id"_s, core::code::invalidValue,
            QT_TRANSLATE_NOOP("Validation", "A Message-ID has the form “unique@domain”.")));
    }
    if (!message.date.isValid()) {
        errors.append(core::Violation(u"date"_s, core::code::invalidDate,
                                      QT_TRANSLATE_NOOP("Validation", "The date is not valid.")));
    }
    if (!errors.isEmpty()) {
        result.value = {};
        return result;
    }

    mail.messageId = message.messageId;
    QByteArray& out = mail.data;
    out += "Date: " + mime::rfc5322Date(message.date) + "\r\n";
    out += mime::foldedHeader("From", mailboxPieces(message.from, mail.envelopeFrom));
    out += mime::foldedHeader("To", to);
    out += replyTo;
    out += mime::foldedHeader("Subject", mime::unstructured(message.subject));
    out += "Message-ID: <" + message.messageId.toLatin1() + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    if (message.html.isEmpty()) {
        // The data must end with a line break; one more line break is all the text gets.
        out +=
            part("text/plain", message.text.endsWith(u'\n') ? message.text : message.text + u'\n');
        return result;
    }
    // "=_" never occurs in quoted-printable output, so the boundary cannot collide with a
    // body; deriving it from the Message-ID keeps the rendering reproducible.
    const QByteArray boundary = "=_kontor_" + QCryptographicHash::hash(message.messageId.toUtf8(),
                                                                       QCryptographicHash::Sha256)
                                                  .toHex()
                                                  .left(32);
    out += "Content-Type: multipart/alternative;\r\n boundary=\"" + boundary + "\"\r\n\r\n";
    out += "--" + boundary + "\r\n" + part("text/plain", message.text) + "\r\n";
    out += "--" + boundary + "\r\n" + part("text/html", message.html) + "\r\n";
    out += "--" + boundary + "--\r\n";
    return result;
}

} // namespace kontor::mail
