#pragma once

#include "auth/passwordhasher.h"
#include "storage/database.h"

#include <QCommandLineParser>

#include <functional>
#include <memory>
#include <optional>

namespace kontor::server::commands {

/// Options and helpers shared by the commands.
struct CommonOptions {
    QCommandLineOption database{QStringLiteral("database"),
                                QStringLiteral("SQLite file path or postgresql:// URL."),
                                QStringLiteral("DB")};
    QCommandLineOption testPasswordCost{
        QStringLiteral("test-password-cost"),
        QStringLiteral("Cheapest Argon2id cost. For test suites only.")};
    QCommandLineOption passwordFile{QStringLiteral("password-file"),
                                    u"Read the password from FILE (first line); without it, "
                                    "from standard input."_qs,
                                    QStringLiteral("FILE")};

    CommonOptions() { testPasswordCost.setFlags(QCommandLineOption::HiddenFromHelp); }
};

/// Parses @p arguments (the command's own, program name first); prints errors and help.
/// Returns an exit code to stop with, or nothing to go on.
std::optional<int> parseCommand(QCommandLineParser& parser, const QStringList& arguments,
                                const QStringList& required);

/// Opens and migrates the database; prints why not.
std::unique_ptr<storage::Database> openDatabase(const QString& spec);

/// The password from --password-file or standard input (never from the command line).
std::optional<QByteArray> readPassword(const QCommandLineParser& parser,
                                       const CommonOptions& common);

auth::PasswordCost passwordCost(const QCommandLineParser& parser, const CommonOptions& common);

void printError(const QString& message);
/// Runs @p work and turns a thrown ApiError or StorageError into a printed error and exit 1.
int runGuarded(const std::function<int()>& work);

int runInit(const QStringList& arguments);
int runUserAdd(const QStringList& arguments);
int runServe(const QStringList& arguments);
int runDemo(const QStringList& arguments);

} // namespace kontor::server::commands
