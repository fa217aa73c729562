#include "smtpsettings.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kontor::mail {

namespace {

core::Violation urlError(const char* text)
{
    return core::Violation(u"smtp"_s, core::code::invalidUrl, text);
}

bool isLoopback(const QString& host)
{
    // QHostAddress would pull in Qt Network for three comparisons.
    static const QRegularExpression ipv4Loopback(u"^127(\\.\\d{1,3}){3}$"_s);
    return host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || host == u"::1"_s ||
           ipv4Loopback.match(host).hasMatch();
}

} // namespace

core::Decoded<SmtpSettings> parseSmtpSettings(const QString& url, const QString& passwordFile)
{
    core::Decoded<SmtpSettings> result;
    SmtpSettings& s = result.value;
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != u"smtp"_s && scheme != u"smtps"_s) ||
        parsed.host().isEmpty() || (!parsed.path().isEmpty() && parsed.path() != u"/"_s) ||
        parsed.hasQuery() || parsed.hasFragment()) {
        result.errors.append(urlError(QT_TRANSLATE_NOOP(
            "Validation", "The mail server address has the form smtp://[user@]host[:port].")));
        return result;
    }
    if (!parsed.password().isEmpty()) {
        result.errors.append(urlError(QT_TRANSLATE_NOOP(
            "Validation", "Do not put the mail server password in the address, where other "
                          "users of the computer can read it: use a password file or the "
                          "environment variable KONTOR_SMTP_PASSWORD.")));
        return result;
    }
    s.server.setScheme(scheme);
    s.server.setHost(parsed.host());
    s.server.setPort(parsed.port());
    s.user = parsed.userName();

    if (!passwordFile.isEmpty()) {
        QFile file(passwordFile);
        if (!file.open(QIODevice::ReadOnly)) {
            result.errors.append(core::Violation(
                u"smtp_password_file"_s, core::code::notFound,
                QT_TRANSLATE_NOOP("Validation", "The password file “%1” cannot be read."),
                {passwordFile}));
            return result;
        }
        QByteArray bytes = file.readAll();
        if (bytes.endsWith('\n'))
            bytes.chop(1);
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        s.password = QString::fromUtf8(bytes);
    } else {
        s.password = qEnvironmentVariable(smtpPasswordVariable);
    }
    if (s.user.isEmpty() != s.password.isEmpty()) {
        result.errors.append(urlError(
            s.user.isEmpty()
                ? QT_TRANSLATE_NOOP("Validation", "A mail server password needs a user name in "
                                                  "the address: smtp://user@host.")
                : QT_TRANSLATE_NOOP("Validation", "The mail server user needs a password: give "
                                                  "a password file or set "
                                                  "KONTOR_SMTP_PASSWORD.")));
        return result;
    }
    s.requireTls = !s.password.isEmpty() && !isLoopback(s.server.host());
    return result;
}

} // namespace kontor::mail
