#include "singleinstance.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcInstance, "kontor.ui.instance")

namespace kontor::ui {

namespace {
// One line per request, and one line back as its receipt.
constexpr qsizetype maxMessage = 4096;
const QByteArray receipt = "ok\n";
} // namespace

SingleInstance::SingleInstance(QString socketName, QObject* parent)
    : QObject(parent)
    , m_name(socketName.isEmpty() ? defaultSocketName() : std::move(socketName))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultSocketName()
{
    // The runtime directory belongs to the user alone (0700), so users do not meet.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    return QDir(dir).filePath(u"kontor.socket"_s);
}

bool SingleInstance::forwardToRunning(const QString& message, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs)) {
        qCDebug(lcInstance) << "no running instance:" << socket.errorString();
        return false;
    }
    QByteArray line = message.toUtf8().left(maxMessage - 1);
    line.replace('\n', ' ');
    line.append('\n');
    socket.write(line);
    if (!socket.waitForBytesWritten(timeoutMs)) {
        qCWarning(lcInstance) << "running instance does not read:" << socket.errorString();
        return false;
    }
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs)) {
            qCWarning(lcInstance) << "running instance does not answer";
            return false;
        }
    }
    return socket.readLine() == receipt;
}

bool SingleInstance::listen()
{
    if (m_server)
        return true;
    // No socket options: with them Qt renames its socket over an existing file, which would
    // take the socket from a process still holding it. The runtime directory is the user's
    // alone (0700) anyway.
    auto* server = new QLocalServer(this);
    if (!server->listen(m_name)) {
        // Nobody answered forwardToRunning(), so a socket file here is left over from a
        // process that ended without cleaning up.
        if (server->serverError() == QAbstractSocket::AddressInUseError) {
            QLocalSocket probe;
            probe.connectToServer(m_name);
            const bool alive = probe.waitForConnected(500);
            if (alive) {
                qCWarning(lcInstance) << "another instance holds" << m_name
                                      << "but did not answer; running without it";
                delete server;
                return false;
            }
            QLocalServer::removeServer(m_name);
        }
        if (!server->listen(m_name)) {
            qCWarning(lcInstance) << "cannot listen on" << m_name << server->errorString();
            delete server;
            return false;
        }
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
    return true;
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > maxMessage)
                    socket->abort();
                return;
            }
            const QString message = QString::fromUtf8(socket->readLine()).trimmed();
            socket->write(receipt);
            socket->flush();
            socket->disconnectFromServer();
            Q_EMIT messageReceived(message);
        });
    }
}

} // namespace kontor::ui
