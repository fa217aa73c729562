#include "portaltesttools.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace kontor::test {

namespace {
// Cookies are kept by PortalClient itself, so tests can see and change them.
class NoCookieJar : public QNetworkCookieJar {
public:
    QList<QNetworkCookie> cookiesForUrl(const QUrl&) const override { return {}; }
    bool setCookiesFromUrl(const QList<QNetworkCookie>&, const QUrl&) override { return false; }
};
} // namespace

PortalClient::PortalClient(QUrl base)
    : m_base(std::move(base))
{
    m_nam.setCookieJar(new NoCookieJar);
}

Reply PortalClient::send(const QByteArray& method, const QString& path, const QByteArray& body)
{
    QUrl url = m_base;
    const qsizetype q = path.indexOf(u'?');
    url.setPath(path.left(q < 0 ? path.size() : q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (method == "POST")
        request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    QByteArrayList cookies;
    for (auto it = m_cookies.cbegin(); it != m_cookies.cend(); ++it)
        cookies.append(it.key() + '=' + it.value());
    if (!cookies.isEmpty())
        request.setRawHeader("Cookie", cookies.join("; "));
    QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    for (const auto& [name, value] : reply->rawHeaderPairs()) {
        const QByteArray lower = name.toLower();
        r.headers.insert(lower,
                         r.headers.contains(lower) ? r.headers.value(lower) + '\n' + value : value);
        if (lower != "set-cookie")
            continue;
        for (const QByteArray& line : value.split('\n')) {
            const QByteArray pair = line.split(';').value(0).trimmed();
            const qsizetype eq = pair.indexOf('=');
            if (eq <= 0)
                continue;
            if (line.contains("Max-Age=0"))
                m_cookies.remove(pair.left(eq));
            else
                m_cookies.insert(pair.left(eq), pair.mid(eq + 1));
        }
    }
    reply->deleteLater();
    return r;
}

Reply PortalClient::get(const QString& pathAndQuery)
{
    return send("GET", pathAndQuery, {});
}

Reply PortalClient::post(const QString& path, QList<std::pair<QString, QString>> fields)
{
    const bool hasCsrf = std::any_of(fields.cbegin(), fields.cend(),
                                     [](const auto& f) { return f.first == u"csrf"; });
    if (!hasCsrf)
        fields.append({u"csrf"_s, QString::fromLatin1(m_cookies.value("kontor_csrf"))});
    QByteArrayList parts;
    for (const auto& [name, value] : std::as_const(fields))
        parts.append(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value));
    return send("POST", path, parts.join('&'));
}

QString PortalClient::csrf(const QString& page)
{
    if (!m_cookies.contains("kontor_csrf"))
        get(page);
    return QString::fromLatin1(m_cookies.value("kontor_csrf"));
}

QString inputValue(const QByteArray& html, const QString& name)
{
    const QRegularExpression re(u"<input[^>]*name=\""_s + QRegularExpression::escape(name) +
                                u"\"[^>]*value=\"([^\"]*)\""_s);
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(html));
    if (!m.hasMatch())
        return {};
    QString value = m.captured(1);
    return value.replace(u"&quot;"_s, u"\""_s)
        .replace(u"&#39;"_s, u"'"_s)
        .replace(u"&lt;"_s, u"<"_s)
        .replace(u"&gt;"_s, u">"_s)
        .replace(u"&amp;"_s, u"&"_s);
}

MailView viewMail(const QByteArray& data)
{
    const QJsonObject parsed = mail::test::parseWithPython(data);
    MailView v;
    v.to = parsed[u"to"_s][0][u"address"_s].toString();
    v.subject = parsed[u"subject"_s].toString();
    v.messageId = parsed[u"message_id"_s].toString();
    for (const QJsonValue& part : parsed[u"parts"_s].toArray()) {
        const QString type = part[u"content_type"_s].toString();
        if (type == u"text/plain")
            v.text = part[u"body"_s].toString();
        else if (type == u"text/html")
            v.html = part[u"body"_s].toString();
    }
    return v;
}

QString activationPath(const QString& text)
{
    static const QRegularExpression re(
        u"https?://[^/\\s]+(/portal/activate\\?token=[A-Za-z0-9_-]+)"_s);
    return re.match(text).captured(1);
}

QList<mail::test::ReceivedMail> waitForMails(const mail::test::SmtpTestServer& server, int count,
                                             int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QList<mail::test::ReceivedMail> mails = server.received();
    while (mails.size() < count && !deadline.hasExpired()) {
        QThread::msleep(50);
        mails = server.received();
    }
    return mails;
}

} // namespace kontor::test
