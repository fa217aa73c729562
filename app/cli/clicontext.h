#pragma once

#include "app/credentialstore.h"
#include "app/localstore.h"
#include "app/settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace kontor::cli {

/// Exit codes of every command: done; done, but some of it failed (rows with errors, a sync
/// that could not finish); nothing done (usage, a file or the store could not be read).
enum Exit { Ok = 0, Partly = 1, Unusable = 2 };

/// What the commands share: the desktop client's settings and keychain (the same entries the
/// desktop client uses), the local store of the signed-in firm, and the output streams.
class CliContext {
    Q_DECLARE_TR_FUNCTIONS(kontor::cli::Cli)

public:
    CliContext();

    app::Settings& settings() { return m_settings; }
    app::KeychainCredentialStore& credentials() { return m_credentials; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    /// The store at @p path, or else the one of the firm of the last sign-in. Prints why not.
    app::LocalStore* openStore(const QString& path);
    /// The token of the last server from the keychain (waits for it). Prints why not.
    std::optional<QString> readToken();
    /// Runs the event loop until @p done() or @p timeoutMs passed; false on the timeout.
    static bool waitFor(const std::function<bool()>& done, int timeoutMs);

    /// Prints @p message to stderr and returns Unusable.
    int usage(const QString& message);

private:
    app::Settings m_settings;
    app::KeychainCredentialStore m_credentials;
    app::LocalStore m_store;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace kontor::cli
