#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace kontor::mail {

/// The building blocks of MIME output (RFC 2045, 2047, 5322), kept apart from the message
/// layout so each rule can be tested on its own. Output is 7-bit ASCII with CRLF line ends.
namespace mime {

/// Text for a header: every line break, tab and Unicode line/paragraph separator becomes a
/// space, other control and invisible formatting characters are dropped, runs of spaces
/// collapse. Nothing in the result can start a new header line.
QString cleanHeaderText(const QString& text);

/// Body text: CR LF and lone CR become LF; control characters other than LF and TAB are
/// dropped.
QString cleanBodyText(const QString& text);

/// True when @p text can stand in a header as it is: printable ASCII only and nothing that a
/// reader would take for an encoded-word ("=?").
bool isPlainHeaderText(const QString& text);

/// RFC 2047 "B" encoded-words for UTF-8 @p text, each at most 64 characters long and never
/// splitting a character, so that a folded header line stays within 78 characters.
QList<QByteArray> encodedWords(const QString& text);

/// A display name as an RFC 5322 phrase: atoms as they are, other printable ASCII as a
/// quoted-string, anything else as encoded-words. Returns the pieces that may be folded apart.
QList<QByteArray> phrase(const QString& name);

/// An unstructured header value (Subject): words as they are when plain, otherwise
/// encoded-words. Returns the pieces that may be folded apart.
QList<QByteArray> unstructured(const QString& text);

/// "Name: piece piece …" folded with CRLF + space before a piece that would make the line
/// longer than 78 characters; ends with CRLF.
QByteArray foldedHeader(const QByteArray& name, const QList<QByteArray>& pieces);

/// Quoted-printable (RFC 2045) of UTF-8 text with LF line ends: encoded lines of at most 76
/// characters, CRLF hard breaks, "=" soft breaks; a leading "." or "From " is encoded so that
/// no transport can mistake a line for the end of data or an mbox separator.
QByteArray quotedPrintable(const QString& text);

/// RFC 5322 date-time in English regardless of locale: "Fri, 27 Nov 2026 18:57:06 +0100".
QByteArray rfc5322Date(const QDateTime& dateTime);

} // namespace mime
} // namespace kontor::mail
