#include "portalpage.h"

#include "http/apierror.h"
#include "mail/mailbody.h"

#include <QTranslator>

using namespace Qt::StringLiterals;

namespace kontor::server::portal {

QString esc(const QString& value)
{
    return mail::htmlEscaped(value);
}

PortalPage::PortalPage(const QString& language, const QString& firmName)
    : m_language(language == u"en" ? u"en"_s : u"de"_s)
    , m_firmName(firmName)
    , m_translator(http::translatorFor(m_language.toLatin1()))
{
}

QString PortalPage::t(const char* source, const QStringList& args) const
{
    QString text;
    if (m_translator)
        text = m_translator->translate("Portal", source);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    text = esc(text);
    for (qsizetype i = 0; i < args.size(); ++i)
        text.replace(u'%' + QString::number(i + 1), esc(args.at(i)));
    return text;
}

void PortalPage::heading(const QString& text)
{
    if (m_title.isEmpty())
        m_title = text;
    m_body += u"<h1>"_s + text + u"</h1>\n"_s;
}

void PortalPage::paragraph(const QString& text, const QString& cssClass)
{
    m_body += (cssClass.isEmpty() ? u"<p>"_s : u"<p class=\""_s + cssClass + u"\">"_s) + text +
              u"</p>\n"_s;
}

QString PortalPage::formStart(const QString& action, const QString& csrf)
{
    return u"<form method=\"post\" action=\""_s + esc(action) +
           u"\">\n<input type=\"hidden\" name=\"csrf\" value=\""_s + esc(csrf) + u"\">\n"_s;
}

QString PortalPage::field(const QString& name, const QString& type, const QString& label,
                          const QString& value, const QString& error, const QString& hint,
                          const QString& autocomplete) const
{
    const QString id = u"f-"_s + name;
    QString describedBy;
    QString html = u"<label for=\""_s + id + u"\">"_s + label + u"</label>\n"_s;
    if (!hint.isEmpty()) {
        html += u"<p class=\"hint\" id=\""_s + id + u"-hint\">"_s + hint + u"</p>\n"_s;
        describedBy += id + u"-hint"_s;
    }
    if (!error.isEmpty()) {
        html += u"<p class=\"error\" id=\""_s + id + u"-error\">"_s + error + u"</p>\n"_s;
        describedBy += (describedBy.isEmpty() ? u""_s : u" "_s) + id + u"-error"_s;
    }
    html += u"<input type=\""_s + type + u"\" id=\""_s + id + u"\" name=\""_s + name + u'"';
    if (type != u"password" && !value.isEmpty())
        html += u" value=\""_s + esc(value) + u'"';
    if (!autocomplete.isEmpty())
        html += u" autocomplete=\""_s + autocomplete + u'"';
    if (!describedBy.isEmpty())
        html += u" aria-describedby=\""_s + describedBy + u'"';
    if (!error.isEmpty())
        html += u" aria-invalid=\"true\""_s;
    html += u" required>\n"_s;
    return html;
}

QByteArray PortalPage::render() const
{
    const QString title =
        m_title.isEmpty() ? t(QT_TRANSLATE_NOOP("Portal", "Client portal")) : m_title;
    QString html = u"<!DOCTYPE html>\n<html lang=\""_s + m_language +
                   u"\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                   "<title>"_s +
                   title + u" – "_s + esc(m_firmName) +
                   u"</title>\n<link rel=\"stylesheet\" href=\"/portal/portal.css\">\n"
                   "</head>\n<body>\n<header><span class=\"firm\">"_s +
                   esc(m_firmName) + u" · "_s + t(QT_TRANSLATE_NOOP("Portal", "Client portal")) +
                   u"</span>"_s + m_headerExtra + u"</header>\n<main>\n"_s + m_body +
                   u"</main>\n<footer>Kontor</footer>\n</body>\n</html>\n"_s;
    return html.toUtf8();
}

} // namespace kontor::server::portal
