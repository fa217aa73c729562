#pragma once

#include "clicontext.h"

namespace kontor::cli {

void addSyncOptions(QCommandLineParser& parser);
/// `login --server URL --email EMAIL --password-file FILE`: signs in; the session token goes to
/// the keychain entry the desktop client uses, and the firm's local store is opened.
int runLogin(CliContext& cli, const QCommandLineParser& parser);
/// `sync`: one full cycle with the server (push the outbox, pull the changes).
int runSync(CliContext& cli, const QCommandLineParser& parser, const QString& storePath);
/// `accounts list [--json]`: the local store's accounts in list order.
int runAccountsList(CliContext& cli, const QCommandLineParser& parser, const QString& storePath);

} // namespace kontor::cli
