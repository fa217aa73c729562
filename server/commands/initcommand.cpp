#include "commandsupport.h"

#include "core/wireformat.h"
#include "domain/firms.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace kontor::server::commands {

int runInit(const QStringList& arguments)
{
    CommonOptions common;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Creates a firm and its owner. On a database that has firms, adds another one. The "
        "password comes from --password-file or standard input, never from the command line."_s);
    const QCommandLineOption firm(u"firm"_s, u"Name of the firm."_s, u"NAME"_s);
    const QCommandLineOption ownerEmail(u"owner-email"_s, u"Sign-in email of the owner."_s,
                                        u"EMAIL"_s);
    const QCommandLineOption ownerName(u"owner-name"_s, u"Full name of the owner."_s, u"NAME"_s);
    parser.addOptions({common.database, firm, ownerEmail, ownerName, common.passwordFile,
                       common.testPasswordCost});
    if (auto exit = parseCommand(parser, arguments,
                                 {u"database"_s, u"firm"_s, u"owner-email"_s, u"owner-name"_s}))
        return *exit;
    const std::optional<QByteArray> password = readPassword(parser, common);
    if (!password)
        return 1;
    auto db = openDatabase(parser.value(common.database));
    if (!db)
        return 1;
    return runGuarded([&] {
        const auth::PasswordHasher hasher(passwordCost(parser, common));
        core::TeamMember owner;
        owner.name = parser.value(ownerName);
        owner.email = parser.value(ownerEmail);
        owner.role = core::Role::Owner;
        // Owners hold every permission by role; the default-access flag (assigned to and
        // notified of every new account) stays off.
        owner.permissions = {};
        const QByteArray hash = hasher.hash(*password);
        const auto [firmId, ownerId] =
            storage::transact(*db, storage::TxMode::Write, [&](storage::Transaction& tx) {
                const QUuid f = domain::firms::create(tx, parser.value(firm));
                return std::pair(f, domain::firms::addStaff(tx, f, owner, hash));
            });
        QTextStream(stdout) << "firm " << core::toWireId(firmId) << " \"" << parser.value(firm)
                            << "\" created with owner " << owner.email << "\n";
        return 0;
    });
}

int runUserAdd(const QStringList& arguments)
{
    CommonOptions common;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Adds a team member to a firm. The password comes from --password-file or standard "
        "input, never from the command line."_s);
    const QCommandLineOption firm(u"firm"_s, u"Name of the firm."_s, u"NAME"_s);
    const QCommandLineOption email(u"email"_s, u"Sign-in email."_s, u"EMAIL"_s);
    const QCommandLineOption name(u"name"_s, u"Full name."_s, u"NAME"_s);
    const QCommandLineOption role(u"role"_s, u"owner, admin or employee."_s, u"ROLE"_s);
    const QCommandLineOption permissions(
        u"permissions"_s, u"Comma-separated: manage_accounts, default_account_access."_s,
        u"LIST"_s);
    parser.addOptions({common.database, firm, email, name, role, permissions, common.passwordFile,
                       common.testPasswordCost});
    if (auto exit = parseCommand(parser, arguments,
                                 {u"database"_s, u"firm"_s, u"email"_s, u"name"_s, u"role"_s}))
        return *exit;
    core::TeamMember member;
    member.name = parser.value(name);
    member.email = parser.value(email);
    const std::optional<core::Role> parsedRole = core::roleFromWireName(parser.value(role));
    if (!parsedRole) {
        printError(u"--role must be owner, admin or employee"_s);
        return 2;
    }
    member.role = *parsedRole;
    for (const QString& p : parser.value(permissions).split(u',', Qt::SkipEmptyParts)) {
        if (p.trimmed() == u"manage_accounts") {
            member.permissions.manageAccounts = true;
        } else if (p.trimmed() == u"default_account_access") {
            member.permissions.defaultAccountAccess = true;
        } else {
            printError(u"unknown permission %1"_s.arg(p));
            return 2;
        }
    }
    const std::optional<QByteArray> password = readPassword(parser, common);
    if (!password)
        return 1;
    auto db = openDatabase(parser.value(common.database));
    if (!db)
        return 1;
    return runGuarded([&] {
        const std::optional<domain::firms::FirmRef> found =
            domain::firms::findByName(*db, parser.value(firm));
        if (!found) {
            printError(u"no firm named \"%1\""_s.arg(parser.value(firm)));
            return 1;
        }
        const QByteArray hash = auth::PasswordHasher(passwordCost(parser, common)).hash(*password);
        const QUuid id =
            storage::transact(*db, storage::TxMode::Write, [&](storage::Transaction& tx) {
                return domain::firms::addStaff(tx, found->id, member, hash);
            });
        QTextStream(stdout) << "user " << core::toWireId(id) << " " << member.email << " ("
                            << core::toWireName(member.role) << ") added to " << found->name
                            << "\n";
        return 0;
    });
}

} // namespace kontor::server::commands
