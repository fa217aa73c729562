#pragma once

#include <QString>
#include <QUrl>

namespace kontor::mail {

/// Builds the plain-text and the HTML version of a mail body side by side, so that both say
/// the same and every interpolated value is escaped for HTML in exactly one place.
class MailBody {
public:
    /// A paragraph; line breaks in @p text are kept.
    void paragraph(const QString& text);
    /// A quoted block (a personal message): "> " lines in text, a blockquote in HTML.
    void quote(const QString& text);
    /// A prominent link: the address on a line of its own in text; in HTML a button labelled
    /// @p label, and below it @p fallbackHint with the address written out.
    void button(const QString& label, const QUrl& url, const QString& fallbackHint);
    /// A link: "label:" and the address on the next line in text.
    void link(const QString& label, const QUrl& url);
    /// A muted closing line (footer), after a "-- " signature separator in text.
    void note(const QString& text);

    QString text() const;
    /// A complete HTML document with @p title and lang="@p language".
    QString html(const QString& title, const QString& language) const;

private:
    QString m_text;
    QString m_html;
};

/// Escapes & < > " ' so a value can stand in HTML text and in quoted attributes.
QString htmlEscaped(const QString& value);

} // namespace kontor::mail
