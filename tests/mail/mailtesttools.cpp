#include "mailtesttools.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace kontor::mail::test {

namespace {

// Debian's Python, which has python3-aiosmtpd; the python3 first on PATH may be another.
const QString systemPython = u"/usr/bin/python3"_s;
const QString toolDir = QStringLiteral(KONTOR_MAIL_TEST_DIR);

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool acceptsConnections(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(200);
}

void setToolEnvironment(QProcess& process)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PYTHONPATH"_s, toolDir);
    env.insert(u"PYTHONDONTWRITEBYTECODE"_s, u"1"_s);
    process.setProcessEnvironment(env);
}

} // namespace

QJsonObject parseWithPython(const QByteArray& message)
{
    QProcess python;
    python.start(systemPython, {toolDir + u"/parse_mail.py"_s});
    python.write(message);
    python.closeWriteChannel();
    if (!python.waitForFinished(10000) || python.exitCode() != 0) {
        std::fprintf(stderr, "parse_mail.py failed: %s\n",
                     python.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

std::unique_ptr<SmtpTestServer> SmtpTestServer::startAiosmtpd(bool tls)
{
    // The port is chosen before the process binds it; another process may take it meanwhile,
    // so a server that exits at once is started again on another port.
    for (int attempt = 0; attempt < 5; ++attempt) {
        std::unique_ptr<SmtpTestServer> server(new SmtpTestServer);
        server->m_port = freePort();
        QStringList arguments = {u"-m"_s, u"aiosmtpd"_s, u"-n"_s, u"-l"_s,
                                 u"127.0.0.1:"_s + QString::number(server->m_port)};
        if (tls) {
            arguments +=
                {u"--tlscert"_s, certificatePath(), u"--tlskey"_s, keyPath(), u"--no-requiretls"_s};
        }
        arguments += {u"-c"_s, u"kontor_smtp_store.StoreHandler"_s, server->m_store.path()};
        setToolEnvironment(server->m_process);
        server->m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        server->m_process.start(systemPython, arguments);
        if (!server->m_process.waitForStarted(5000))
            return nullptr;
        const QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired() && server->m_process.state() == QProcess::Running) {
            if (acceptsConnections(server->m_port))
                return server;
            QThread::msleep(50);
        }
    }
    return nullptr;
}

std::unique_ptr<SmtpTestServer> SmtpTestServer::startFaultServer(const QString& mode,
                                                                 const QStringList& extraArguments)
{
    std::unique_ptr<SmtpTestServer> server(new SmtpTestServer);
    setToolEnvironment(server->m_process);
    server->m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server->m_process.start(systemPython,
                            QStringList{toolDir + u"/smtp_fault_server.py"_s, u"--mode"_s, mode,
                                        u"--store"_s, server->m_store.path()} +
                                extraArguments);
    if (!server->m_process.waitForStarted(5000))
        return nullptr;
    const QDeadlineTimer deadline(10000);
    QByteArray output;
    while (!deadline.hasExpired() && !output.contains('\n')) {
        if (!server->m_process.waitForReadyRead(static_cast<int>(deadline.remainingTime())))
            break;
        output += server->m_process.readAllStandardOutput();
    }
    if (!output.startsWith("PORT "))
        return nullptr;
    server->m_port = static_cast<quint16>(output.mid(5).trimmed().toUInt());
    return server;
}

SmtpTestServer::~SmtpTestServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
}

QList<ReceivedMail> SmtpTestServer::received() const
{
    QList<ReceivedMail> mails;
    const QDir dir(m_store.path());
    for (const QString& name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile meta(dir.filePath(name));
        if (!meta.open(QIODevice::ReadOnly))
            continue;
        ReceivedMail mail;
        mail.envelope = QJsonDocument::fromJson(meta.readAll()).object();
        QFile eml(dir.filePath(mail.envelope.value(u"eml"_s).toString()));
        if (eml.open(QIODevice::ReadOnly))
            mail.data = eml.readAll();
        mails.append(mail);
    }
    return mails;
}

QString SmtpTestServer::certificatePath()
{
    return toolDir + u"/testdata/smtp-test-cert.pem"_s;
}

QString SmtpTestServer::keyPath()
{
    return toolDir + u"/testdata/smtp-test-key.pem"_s;
}

} // namespace kontor::mail::test
