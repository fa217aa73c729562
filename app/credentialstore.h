#pragma once

#include <QObject>

#include <chrono>
#include <functional>

namespace kontor::app {

/// Keeps the session token of a server in the system's keychain, so a restart needs no
/// password. Only tokens are stored, never a password; if the keychain is missing, locked or
/// refuses, the token is not kept anywhere else. Every call answers exactly once, within the
/// store's timeout (a locked keyring can leave a request hanging forever).
class CredentialStore : public QObject {
    Q_OBJECT

public:
    enum class Status { Ok, NotFound, Unavailable, TimedOut };
    struct Result {
        Status status = Status::Ok;
        QString token;   ///< for reads
        QString message; ///< for the user when not Ok (translated)
    };
    using Callback = std::function<void(const Result&)>;

    using QObject::QObject;

    /// @p key names the server (its URL); @p done runs unless @p context is gone.
    virtual void readToken(const QString& key, QObject* context, Callback done) = 0;
    virtual void writeToken(const QString& key, const QString& token, QObject* context,
                            Callback done) = 0;
    virtual void deleteToken(const QString& key, QObject* context, Callback done) = 0;
};

/// The CredentialStore on QtKeychain (Secret Service, KWallet, macOS Keychain, Windows
/// Credential Store), without its insecure plaintext fallback.
class KeychainCredentialStore : public CredentialStore {
    Q_OBJECT

public:
    explicit KeychainCredentialStore(QObject* parent = nullptr,
                                     std::chrono::milliseconds timeout = std::chrono::seconds(10));

    void readToken(const QString& key, QObject* context, Callback done) override;
    void writeToken(const QString& key, const QString& token, QObject* context,
                    Callback done) override;
    void deleteToken(const QString& key, QObject* context, Callback done) override;

    /// The service name entries are stored under.
    static QString serviceName();

private:
    std::chrono::milliseconds m_timeout;
};

} // namespace kontor::app
