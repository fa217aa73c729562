#include "commandsupport.h"

#include "server.h"

#include "mail/smtpsettings.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace kontor::server::commands {

namespace {

bool parseListen(const QString& text, http::HttpConfig& config)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return false;
    config.host = text.left(colon);
    if (config.host.startsWith(u'[') && config.host.endsWith(u']'))
        config.host = config.host.mid(1, config.host.size() - 2);
    config.port = quint16(port);
    return true;
}

// Seconds with decimals ("0.5"), for the timeouts.
std::optional<std::chrono::milliseconds> seconds(const QString& text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value <= 0)
        return std::nullopt;
    return std::chrono::milliseconds(qint64(value * 1000));
}

} // namespace

int runServe(const QStringList& arguments)
{
    CommonOptions common;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Runs the HTTP API (and the client portal). Stops gracefully on SIGTERM: running "
        "requests finish, then it exits."_s);
    const QCommandLineOption listen(u"listen"_s,
                                    u"Address and port, e.g. 127.0.0.1:8080 (port "
                                    "0: any free port; the bound one is printed)."_s,
                                    u"HOST:PORT"_s, u"127.0.0.1:8080"_s);
    const QCommandLineOption publicUrl(
        u"public-url"_s, u"How clients reach this server (links in mails)."_s, u"URL"_s);
    const QCommandLineOption smtp(u"smtp"_s,
                                  u"Mail server for outgoing mail, smtp://[USER@]HOST:PORT "
                                  "(smtps:// for TLS from the start). Without it, mail stays "
                                  "queued."_s,
                                  u"URL"_s);
    const QCommandLineOption smtpPasswordFile(
        u"smtp-password-file"_s,
        u"File with the SMTP password (otherwise the environment variable "
        "KONTOR_SMTP_PASSWORD)."_s,
        u"FILE"_s);
    const QCommandLineOption smtpTimeout(u"smtp-timeout"_s,
                                         u"Seconds one delivery attempt may take (default 60)."_s,
                                         u"SECONDS"_s, u"60"_s);
    const QCommandLineOption mailFrom(
        u"mail-from"_s, u"Sender address of mails (default kontor@<public host>)."_s, u"ADDRESS"_s);
    const QCommandLineOption mailRetry(
        u"mail-retry-delay"_s,
        u"Seconds before the first retry of a temporarily failed mail (default 60; doubles "
        "each time, at most 2 hours)."_s,
        u"SECONDS"_s, u"60"_s);
    const QCommandLineOption mailAttempts(u"mail-max-attempts"_s,
                                          u"Attempts per mail before it fails (default 10)."_s,
                                          u"N"_s, u"10"_s);
    const QCommandLineOption invitationDays(u"invitation-days"_s,
                                            u"Days an invitation link stays valid (default 14)."_s,
                                            u"DAYS"_s, u"14"_s);
    const QCommandLineOption portalFirm(
        u"portal-firm"_s,
        u"The firm whose client portal this server shows (needed when the database holds "
        "several firms)."_s,
        u"NAME"_s);
    const QCommandLineOption portalEmailLimit(
        u"portal-limit-email"_s,
        u"Portal: failed sign-ins per email address and 15 minutes (default 10)."_s, u"N"_s,
        u"10"_s);
    const QCommandLineOption portalAddressLimit(
        u"portal-limit-address"_s,
        u"Portal: sign-ins, sign-ups and activations per client address and 15 minutes "
        "(default 100)."_s,
        u"N"_s, u"100"_s);
    const QCommandLineOption portalSignupLimit(
        u"portal-limit-signup"_s,
        u"Portal: sign-ups per email address and 15 minutes (default 5)."_s, u"N"_s, u"5"_s);
    const QCommandLineOption threads(u"threads"_s, u"Handler threads (default 4)."_s, u"N"_s,
                                     u"4"_s);
    const QCommandLineOption ioThreads(u"io-threads"_s, u"I/O threads (default 2)."_s, u"N"_s,
                                       u"2"_s);
    const QCommandLineOption maxBody(u"max-body"_s,
                                     u"Largest request body in bytes (default 10 MiB)."_s,
                                     u"BYTES"_s, u"10485760"_s);
    const QCommandLineOption maxHeader(u"max-header"_s,
                                       u"Largest request header in bytes (default 16 KiB)."_s,
                                       u"BYTES"_s, u"16384"_s);
    const QCommandLineOption readTimeout(u"read-timeout"_s,
                                         u"Seconds to receive a whole request (default 15)."_s,
                                         u"SECONDS"_s, u"15"_s);
    const QCommandLineOption idleTimeout(u"idle-timeout"_s,
                                         u"Seconds an idle connection stays open (default 60)."_s,
                                         u"SECONDS"_s, u"60"_s);
    const QCommandLineOption maxConnections(
        u"max-connections"_s, u"Open connections at most (default 1000)."_s, u"N"_s, u"1000"_s);
    const QCommandLineOption sessionHours(u"session-hours"_s,
                                          u"Lifetime of a sign-in in hours (default 336)."_s,
                                          u"HOURS"_s, u"336"_s);
    const QCommandLineOption accountLimit(
        u"signin-limit-account"_s,
        u"Failed sign-ins per email address and 15 minutes (default 10)."_s, u"N"_s, u"10"_s);
    const QCommandLineOption addressLimit(
        u"signin-limit-address"_s,
        u"Failed sign-ins per client address and 15 minutes (default 100)."_s, u"N"_s, u"100"_s);
    parser.addOptions({common.database,
                       listen,
                       publicUrl,
                       smtp,
                       smtpPasswordFile,
                       smtpTimeout,
                       mailFrom,
                       mailRetry,
                       mailAttempts,
                       invitationDays,
                       portalFirm,
                       portalEmailLimit,
                       portalAddressLimit,
                       portalSignupLimit,
                       threads,
                       ioThreads,
                       maxBody,
                       maxHeader,
                       readTimeout,
                       idleTimeout,
                       maxConnections,
                       sessionHours,
                       accountLimit,
                       addressLimit,
                       common.testPasswordCost});
    if (auto exit = parseCommand(parser, arguments, {u"database"_s}))
        return *exit;

    http::HttpConfig http;
    if (!parseListen(parser.value(listen), http)) {
        printError(u"--listen must be HOST:PORT"_s);
        return 2;
    }
    auto number = [&](const QCommandLineOption& option, qint64 min) -> std::optional<qint64> {
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        if (!ok || value < min) {
            printError(u"--%1 must be a number of at least %2"_s.arg(option.names().constFirst(),
                                                                     QString::number(min)));
            return std::nullopt;
        }
        return value;
    };
    const auto handlerCount = number(threads, 1);
    const auto ioCount = number(ioThreads, 1);
    const auto body = number(maxBody, 1024);
    const auto header = number(maxHeader, 1024);
    const auto connections = number(maxConnections, 1);
    const auto hours = number(sessionHours, 1);
    const auto perAccount = number(accountLimit, 1);
    const auto perAddress = number(addressLimit, 1);
    const auto days = number(invitationDays, 1);
    const auto attempts = number(mailAttempts, 1);
    const auto portalPerEmail = number(portalEmailLimit, 1);
    const auto portalPerAddress = number(portalAddressLimit, 1);
    const auto portalSignups = number(portalSignupLimit, 1);
    const auto read = seconds(parser.value(readTimeout));
    const auto idle = seconds(parser.value(idleTimeout));
    const auto smtpWait = seconds(parser.value(smtpTimeout));
    const auto retryDelay = seconds(parser.value(mailRetry));
    if (!handlerCount || !ioCount || !body || !header || !connections || !hours || !perAccount ||
        !perAddress || !days || !attempts || !portalPerEmail || !portalPerAddress ||
        !portalSignups || !read || !idle || !smtpWait || !retryDelay) {
        if (!read || !idle || !smtpWait || !retryDelay)
            printError(u"timeouts are positive numbers of seconds"_s);
        return 2;
    }
    http.handlerThreads = int(*handlerCount);
    http.ioThreads = int(*ioCount);
    http.bodyLimit = *body;
    http.headerLimit = quint32(*header);
    http.maxConnections = int(*connections);
    http.readTimeout = *read;
    http.idleTimeout = *idle;

    ServerSettings settings;
    QString error;
    const auto database = storage::DatabaseConfig::parse(parser.value(common.database), &error);
    if (!database) {
        printError(error);
        return 2;
    }
    settings.database = *database;
    settings.smtpUrl = parser.value(smtp);
    if (!settings.smtpUrl.isEmpty()) {
        const core::Decoded<mail::SmtpSettings> parsed =
            mail::parseSmtpSettings(settings.smtpUrl, parser.value(smtpPasswordFile));
        if (!parsed.ok()) {
            for (const core::Violation& v : parsed.errors)
                printError(u"--%1: %2"_s.arg(v.path(), v.message(nullptr)));
            return 2;
        }
        settings.smtp = parsed.value;
        settings.smtp->timeout = *smtpWait;
    }
    settings.mailFrom = parser.value(mailFrom);
    settings.mailRetry.initialDelay = *retryDelay;
    settings.mailRetry.maxAttempts = int(*attempts);
    settings.invitationValidityMs = *days * 24 * 3600 * 1000;
    settings.portal.firmName = parser.value(portalFirm);
    settings.portal.failuresPerEmail = int(*portalPerEmail);
    settings.portal.attemptsPerAddress = int(*portalPerAddress);
    settings.portal.signupsPerEmail = int(*portalSignups);
    settings.passwordCost = passwordCost(parser, common);
    settings.auth.sessionLifetime = std::chrono::hours(*hours);
    settings.auth.maxFailuresPerAccount = int(*perAccount);
    settings.auth.maxFailuresPerAddress = int(*perAddress);
    settings.publicUrl = parser.value(publicUrl);
    if (settings.publicUrl.isEmpty())
        settings.publicUrl = u"http://"_s + parser.value(listen);
    if (settings.publicUrl.endsWith(u'/'))
        settings.publicUrl.chop(1);

    Server server(settings, http);
    if (!server.start(&error)) {
        printError(u"cannot start: %1"_s.arg(error));
        return 1;
    }
    // Tests and scripts read this line to learn the port.
    QTextStream(stdout) << "kontor-server listening on http://" << http.host << ":" << server.port()
                        << " (" << database->describe() << ")" << Qt::endl;
    server.run();
    return 0;
}

} // namespace kontor::server::commands
