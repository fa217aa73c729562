#pragma once

#include "core/decoded.h"

#include <QString>
#include <QUrl>

#include <chrono>

namespace kontor::mail {

/// The environment variable that may hold the SMTP password (instead of a password file).
inline constexpr char smtpPasswordVariable[] = "KONTOR_SMTP_PASSWORD";

/// Where and how the server delivers mail. Built from `--smtp smtp://[user@]host[:port]`
/// (or smtps:// for TLS from the first byte) by parseSmtpSettings(); the password never comes
/// from the command line, where every user of the machine could read it.
struct SmtpSettings {
    QUrl server; ///< scheme, host and port only
    QString user;
    QString password; ///< empty: no AUTH
    /// STARTTLS is always used when the server offers it; with this set, a server that does
    /// not offer it is refused. Set when a password would otherwise cross the network in clear.
    bool requireTls = false;
    QString caFile; ///< extra CA certificates (a private CA); empty: the system's
    std::chrono::milliseconds connectTimeout = std::chrono::seconds(10);
    std::chrono::milliseconds timeout = std::chrono::seconds(60); ///< the whole transaction
};

/// Reads @p url and the password: from @p passwordFile when given (one trailing line break
/// is ignored), otherwise from the environment variable KONTOR_SMTP_PASSWORD. A user needs a
/// password and a password needs a user. A password inside the URL is refused. TLS is required
/// when a password is sent to a host other than the loopback interface.
/// Errors have the paths `smtp` and `smtp_password_file`.
core::Decoded<SmtpSettings> parseSmtpSettings(const QString& url,
                                              const QString& passwordFile = QString());

} // namespace kontor::mail
