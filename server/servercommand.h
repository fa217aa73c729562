#pragma once

#include <QStringList>

namespace kontor::server {

/// Runs `kontor-server <command> …` and returns the process exit code. Commands: init,
/// user add, serve, demo; `--help` on each.
int runServerCommand(const QStringList& arguments);

} // namespace kontor::server
