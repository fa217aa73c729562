#include "synccommands.h"

#include "app/apiclient.h"
#include "app/session.h"
#include "app/syncengine.h"

#include "core/account.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kontor::cli {

void addSyncOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {u"server"_s, CliContext::tr("The Kontor server, e.g. https://kontor.kanzlei.de."),
         u"url"_s},
        {u"email"_s, CliContext::tr("Sign in as <email>."), u"email"_s},
        {u"password-file"_s,
         CliContext::tr("Read the password from the first line of <file> (never from the "
                        "command line)."),
         u"file"_s},
        {u"timeout"_s, CliContext::tr("Give up a sync after <seconds> (default 3600)."),
         u"seconds"_s},
    });
}

int runLogin(CliContext& cli, const QCommandLineParser& parser)
{
    const QUrl server(parser.value(u"server"_s));
    const QString email = parser.value(u"email"_s);
    if (server.isEmpty() || email.isEmpty() || !parser.isSet(u"password-file"_s)) {
        return cli.usage(CliContext::tr("Usage: kontor-cli login --server URL --email EMAIL "
                                        "--password-file FILE"));
    }
    QFile file(parser.value(u"password-file"_s));
    if (!file.open(QIODevice::ReadOnly))
        return cli.usage(
            CliContext::tr("The password file “%1” cannot be read.").arg(file.fileName()));
    const QString password = QString::fromUtf8(file.readLine()).remove(u'\n').remove(u'\r');

    app::ApiClient api;
    app::Session session(&api, &cli.credentials(), &cli.settings());
    session.signIn(server, email, password);
    CliContext::waitFor([&] { return session.state() != app::Session::State::SigningIn; }, 120'000);
    if (session.state() != app::Session::State::SignedIn) {
        cli.err() << u"kontor-cli: "_s << session.errorMessage() << Qt::endl;
        return Partly;
    }
    // The session writes the token on its own; this write is waited for before the end.
    std::optional<app::CredentialStore::Result> kept;
    cli.credentials().writeToken(app::Session::credentialKey(server), session.token(),
                                 &cli.credentials(),
                                 [&](const app::CredentialStore::Result& r) { kept = r; });
    CliContext::waitFor([&] { return kept.has_value(); }, 30'000);
    if (!kept || kept->status != app::CredentialStore::Status::Ok) {
        cli.err() << u"kontor-cli: "_s
                  << (kept ? kept->message : CliContext::tr("The keychain did not answer in time."))
                  << Qt::endl;
        return Partly;
    }
    const app::CurrentUser user = session.user();
    app::LocalStore* store = cli.openStore(app::LocalStore::defaultPath(user.firmId));
    if (!store || !store->setCurrentUser(user))
        return Partly;
    cli.settings().setLastUser(app::toJson(user));
    cli.out() << CliContext::tr("Signed in as %1 (%2).").arg(user.name, user.firmName) << Qt::endl;
    return Ok;
}

int runSync(CliContext& cli, const QCommandLineParser& parser, const QString& storePath)
{
    app::LocalStore* store = cli.openStore(storePath);
    if (!store)
        return Unusable;
    const std::optional<QString> token = cli.readToken();
    if (!token)
        return Unusable;
    app::SyncEngine::Options options;
    options.pollInterval = std::chrono::hours(1);
    options.maxRetryDelay = std::chrono::seconds(2);
    app::SyncEngine engine(store, options);
    std::optional<bool> finished;
    bool unauthorized = false;
    QObject::connect(&engine, &app::SyncEngine::cycleFinished, [&](bool ok) { finished = ok; });
    QObject::connect(&engine, &app::SyncEngine::unauthorized, [&] { unauthorized = true; });
    engine.start(cli.settings().serverUrl(), *token);
    const int timeout =
        parser.value(u"timeout"_s).toInt() > 0 ? parser.value(u"timeout"_s).toInt() : 3600;
    const bool inTime = CliContext::waitFor([&] { return finished.has_value(); }, timeout * 1000);
    engine.stop();
    if (!inTime || !*finished || unauthorized) {
        cli.err() << u"kontor-cli: "_s
                  << (engine.statusMessage().isEmpty()
                          ? CliContext::tr("The server did not answer in time.")
                          : engine.statusMessage())
                  << Qt::endl;
        return Partly;
    }
    const int issues = store->syncIssueCount();
    cli.out() << CliContext::tr("Synchronised: %1 changes sent, %2 received.")
                     .arg(engine.pushedOperations())
                     .arg(engine.receivedChanges())
              << Qt::endl;
    if (issues > 0) {
        cli.out() << CliContext::tr("%1 changes were not accepted by the server and need "
                                    "attention in Kontor.")
                         .arg(issues)
                  << Qt::endl;
        return Partly;
    }
    return Ok;
}

int runAccountsList(CliContext& cli, const QCommandLineParser& parser, const QString& storePath)
{
    app::LocalStore* store = cli.openStore(storePath);
    if (!store)
        return Unusable;
    const bool json = parser.isSet(u"json"_s);
    QSqlQuery q(store->connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT a.id, a.name, a.type, a.portal_status, (SELECT count(*) FROM"
                " account_contacts l WHERE l.account_rid = a.rid) FROM accounts a"
                " ORDER BY a.sort_key, a.rid"_s)) {
        return cli.usage(CliContext::tr("The accounts cannot be read."));
    }
    if (json)
        cli.out() << u"["_s;
    bool first = true;
    while (q.next()) {
        const QString type = core::toWireName(core::AccountType(q.value(2).toInt()));
        const QString status = core::toWireName(core::PortalStatus(q.value(3).toInt()));
        if (json) {
            const QJsonObject o{{u"id"_s, q.value(0).toString()},
                                {u"name"_s, q.value(1).toString()},
                                {u"type"_s, type},
                                {u"portal_status"_s, status},
                                {u"contacts"_s, q.value(4).toInt()}};
            cli.out() << (first ? u"\n"_s : u",\n"_s)
                      << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        } else {
            cli.out() << q.value(1).toString() << u'\t' << type << u'\t' << status << u'\t'
                      << q.value(4).toInt() << u'\t' << q.value(0).toString() << u'\n';
        }
        first = false;
    }
    if (json)
        cli.out() << u"\n]"_s;
    cli.out() << Qt::flush;
    return Ok;
}

} // namespace kontor::cli
