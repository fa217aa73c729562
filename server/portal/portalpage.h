#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QTranslator;

namespace kontor::server::portal {

/// One server-rendered portal page: a header with the firm's name, the content, the CSS file.
/// No scripts. Every value that comes from data or a request goes through esc(); the
/// builders below escape their arguments themselves.
class PortalPage {
public:
    PortalPage(const QString& language, const QString& firmName);

    /// A portal text (context "Portal") in the page's language, %1… filled in (escaped).
    QString t(const char* source, const QStringList& args = {}) const;
    const QTranslator* translator() const { return m_translator; }
    const QString& language() const { return m_language; }

    void setTitle(const QString& title) { m_title = title; }
    /// HTML that was built with esc() and t().
    void add(const QString& html) { m_body += html; }
    void heading(const QString& text);
    void paragraph(const QString& text, const QString& cssClass = {});
    /// The header's right-hand side (the sign-out form).
    void setHeaderExtra(const QString& html) { m_headerExtra = html; }

    /// `<form method=post>` with the hidden CSRF field.
    static QString formStart(const QString& action, const QString& csrf);
    /// A labelled input; @p error shown below it and tied to it for screen readers.
    QString field(const QString& name, const QString& type, const QString& label,
                  const QString& value = {}, const QString& error = {}, const QString& hint = {},
                  const QString& autocomplete = {}) const;

    QByteArray render() const;

private:
    QString m_language;
    QString m_firmName;
    const QTranslator* m_translator = nullptr;
    QString m_title;
    QString m_headerExtra;
    QString m_body;
};

/// Escapes & < > " ' for HTML text and quoted attributes.
QString esc(const QString& value);

} // namespace kontor::server::portal
