#pragma once

#include "../mail/mailtesttools.h"
#include "../server/serverfixture.h"

#include <QNetworkAccessManager>

// Helpers for the portal suites: a browser-like client for the HTML pages (form posts, its own
// cookies, redirects not followed) and readers for the mails the SMTP test server received.
namespace kontor::test {

class PortalClient {
public:
    explicit PortalClient(QUrl base);

    Reply get(const QString& pathAndQuery);
    /// A form post; the CSRF field is added from the cookie unless @p fields has "csrf".
    Reply post(const QString& path, QList<std::pair<QString, QString>> fields);

    /// Loads @p page when there is no CSRF cookie yet; returns the cookie's value.
    QString csrf(const QString& page = QStringLiteral("/portal/login"));
    QHash<QByteArray, QByteArray>& cookies() { return m_cookies; }

private:
    Reply send(const QByteArray& method, const QString& path, const QByteArray& body);

    QNetworkAccessManager m_nam;
    QUrl m_base;
    QHash<QByteArray, QByteArray> m_cookies;
};

/// The value of a hidden or text input named @p name in @p html (unescaped).
QString inputValue(const QByteArray& html, const QString& name);

/// What a test needs of one received mail, parsed by Python's email package.
struct MailView {
    QString to;
    QString subject;
    QString messageId;
    QString text;
    QString html;
};
MailView viewMail(const QByteArray& data);
/// The path and query of the first /portal/activate link in the text, e.g.
/// "/portal/activate?token=…".
QString activationPath(const QString& text);

/// Waits up to @p timeoutMs until @p server received at least @p count mails.
QList<mail::test::ReceivedMail> waitForMails(const mail::test::SmtpTestServer& server, int count,
                                             int timeoutMs = 20000);

} // namespace kontor::test
