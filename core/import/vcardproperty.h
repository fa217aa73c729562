#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace kontor::core {

/// One content line of a vCard (RFC 2426 for 3.0, RFC 6350 for 4.0, and 2.1 as Outlook still
/// writes it), split into name, parameters and the raw value. Names and parameter names are
/// upper case; a group prefix ("item1.ADR") is dropped; 2.1's bare parameters ("TEL;CELL")
/// become TYPE parameters, or ENCODING for "QUOTED-PRINTABLE"/"BASE64".
struct VCardProperty {
    QByteArray name;
    QList<std::pair<QByteArray, QByteArray>> parameters;
    QByteArray value;

    /// The value of the first parameter @p name (upper case), or empty.
    QByteArray parameter(QByteArrayView name) const;
    /// TYPE contains @p type (lower case), as "TYPE=cell", "TYPE=work,cell" or 2.1's "CELL".
    bool hasType(QByteArrayView type) const;
    /// Marked preferred: TYPE=pref (3.0) or a PREF parameter (4.0).
    bool isPreferred() const;
    bool isQuotedPrintable() const;
    bool isBase64() const;
};

/// Splits one unfolded content line. Nothing when the line has no ':' or no name.
std::optional<VCardProperty> parseVCardLine(QByteArrayView line);

/// Decodes quoted-printable: "=XX" becomes the byte XX; anything malformed is kept as it is.
QByteArray decodeQuotedPrintable(QByteArrayView encoded);

/// Resolves vCard escapes: "\n" and "\N" become a line break, "\\", "\,", "\;" and "\:" their
/// character; any other backslash is kept.
QString unescapeVCardText(QStringView text);

enum class VCardEscapes { Resolve, Keep };

/// Splits a structured value (N, ADR, ORG: @p separator ';') or a list (CATEGORIES: ',') at
/// unescaped separators, and unescapes each part unless @p escapes says Keep (for a component
/// that is itself a list, split again later).
QStringList splitVCardValue(QStringView text, QChar separator,
                            VCardEscapes escapes = VCardEscapes::Resolve);

} // namespace kontor::core
