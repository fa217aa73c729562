#include "mailbody.h"

#include "mimeencoding.h"

using namespace Qt::StringLiterals;

namespace kontor::mail {

namespace {

QString escapedLines(const QString& text)
{
    return htmlEscaped(text).replace(u'\n', u"<br>\n"_s);
}

QString href(const QUrl& url)
{
    return htmlEscaped(url.toString(QUrl::FullyEncoded));
}

} // namespace

QString htmlEscaped(const QString& value)
{
    QString out;
    out.reserve(value.size() + value.size() / 8);
    for (QChar c : value) {
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;"_s;
            break;
        case u'<':
            out += u"&lt;"_s;
            break;
        case u'>':
            out += u"&gt;"_s;
            break;
        case u'"':
            out += u"&quot;"_s;
            break;
        case u'\'':
            out += u"&#39;"_s;
            break;
        default:
            out += c;
        }
    }
    return out;
}

void MailBody::paragraph(const QString& text)
{
    const QString clean = mime::cleanBodyText(text).trimmed();
    m_text += clean + u"\n\n"_s;
    m_html += u"<p style=\"margin:0 0 16px\">"_s + escapedLines(clean) + u"</p>\n"_s;
}

void MailBody::quote(const QString& text)
{
    const QStringList lines = mime::cleanBodyText(text).trimmed().split(u'\n');
    for (const QString& line : lines)
        m_text += (line.isEmpty() ? u">"_s : u"> "_s + line) + u'\n';
    m_text += u'\n';
    m_html += u"<blockquote style=\"margin:0 0 16px;padding:8px 16px;border-left:4px solid "
              "#9aa5b1;color:#323f4b\">"_s +
              escapedLines(lines.join(u'\n')) + u"</blockquote>\n"_s;
}

void MailBody::button(const QString& label, const QUrl& url, const QString& fallbackHint)
{
    const QString address = url.toString(QUrl::FullyEncoded);
    m_text += address + u"\n\n"_s;
    m_html += u"<p style=\"margin:24px 0\"><a href=\""_s + href(url) +
              u"\" style=\"background:#1f5fa8;color:#ffffff;padding:12px 20px;border-radius:4px;"
              "text-decoration:none;font-weight:bold;display:inline-block\">"_s +
              htmlEscaped(label) + u"</a></p>\n"_s;
    m_html += u"<p style=\"margin:0 0 16px;font-size:13px;color:#52606d\">"_s +
              htmlEscaped(fallbackHint) + u"<br>\n<a href=\""_s + href(url) +
              u"\" style=\"color:#1f5fa8;word-break:break-all\">"_s + htmlEscaped(address) +
              u"</a></p>\n"_s;
}

void MailBody::link(const QString& label, const QUrl& url)
{
    const QString address = url.toString(QUrl::FullyEncoded);
    m_text += label + u":\n"_s + address + u"\n\n"_s;
    m_html += u"<p style=\"margin:0 0 12px\"><a href=\""_s + href(url) +
              u"\" style=\"color:#1f5fa8\">"_s + htmlEscaped(label) + u"</a></p>\n"_s;
}

void MailBody::note(const QString& text)
{
    const QString clean = mime::cleanBodyText(text).trimmed();
    m_text += u"-- \n"_s + clean + u'\n';
    m_html += u"<p style=\"margin:32px 0 0;font-size:13px;color:#52606d\">"_s +
              escapedLines(clean) + u"</p>\n"_s;
}

QString MailBody::text() const
{
    return m_text;
}

QString MailBody::html(const QString& title, const QString& language) const
{
    return u"<!DOCTYPE html>\n<html lang=\""_s + htmlEscaped(language) +
           u"\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"_s +
           htmlEscaped(mime::cleanHeaderText(title)) +
           u"</title>\n</head>\n<body style=\"margin:0;padding:24px;background:#ffffff;"
           "color:#1f2933;font-family:Arial,Helvetica,sans-serif;font-size:15px;"
           "line-height:1.5\">\n<div style=\"max-width:560px;margin:0 auto\">\n"_s +
           m_html + u"</div>\n</body>\n</html>\n"_s;
}

} // namespace kontor::mail
