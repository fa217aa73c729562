#pragma once

#include <QObject>

class QLocalServer;

namespace kontor::ui {

/// One Kontor per user: the first process listens on a local socket; a second one hands its
/// request (a kontor:// link, or just "show yourself") to it and exits. A socket left behind by
/// a crashed process is detected (nobody answers) and replaced, and every wait is bounded, so
/// a stale or hung socket never makes the client hang.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    /// @p socketName: an absolute path or a name (QLocalServer's rules); empty means the
    /// per-user default in the runtime directory.
    explicit SingleInstance(QString socketName = {}, QObject* parent = nullptr);
    ~SingleInstance() override;

    static QString defaultSocketName();

    /// Hands @p message to a running instance and waits (at most @p timeoutMs) for its receipt.
    /// True when a running instance took it: this process should exit.
    bool forwardToRunning(const QString& message, int timeoutMs = 2000);
    /// Starts answering others; false when the socket cannot be taken (another instance
    /// that does not answer), in which case this process goes on alone.
    bool listen();

Q_SIGNALS:
    /// A later process asked for something: an empty message means "come to the front".
    void messageReceived(const QString& message);

private:
    void acceptConnections();

    QString m_name;
    QLocalServer* m_server = nullptr;
};

} // namespace kontor::ui
