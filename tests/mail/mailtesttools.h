#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace kontor::mail::test {

/// Parses @p message with Python's email package (parse_mail.py) and returns what a mail
/// client sees: decoded headers, addresses, parts, defects and facts about the raw bytes.
/// An empty object (and a test failure message on stderr) when Python failed.
QJsonObject parseWithPython(const QByteArray& message);

/// One message as the SMTP test server stored it.
struct ReceivedMail {
    QJsonObject envelope; ///< mail_from, rcpt_tos, tls, authenticated, login
    QByteArray data;
};

/// A real SMTP server process on a free loopback port, stopped when this object goes away:
/// Debian's aiosmtpd with our storing handler, or our fault-injecting server.
class SmtpTestServer {
public:
    /// `python3 -m aiosmtpd` with kontor_smtp_store; with @p tls, STARTTLS is offered with the
    /// test certificate (testdata/smtp-test-cert.pem).
    static std::unique_ptr<SmtpTestServer> startAiosmtpd(bool tls = false);
    /// smtp_fault_server.py in @p mode with @p extraArguments (--auth, --tls …).
    static std::unique_ptr<SmtpTestServer> startFaultServer(const QString& mode,
                                                            const QStringList& extraArguments = {});
    ~SmtpTestServer();

    quint16 port() const { return m_port; }
    /// The messages stored so far, oldest first.
    QList<ReceivedMail> received() const;

    static QString certificatePath();
    static QString keyPath();

private:
    SmtpTestServer() = default;
    QTemporaryDir m_store;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace kontor::mail::test
