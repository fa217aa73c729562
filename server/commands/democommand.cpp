#include "commandsupport.h"

#include "auth/staffauth.h"
#include "core/germantext.h"
#include "core/wireformat.h"
#include "domain/accounts.h"
#include "domain/firms.h"
#include "domain/invitations.h"
#include "domain/reference.h"
#include "storage/query.h"

#include <QElapsedTimer>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace kontor::server::commands {

namespace {

const QString firmName = u"Kanzlei Demo"_s;
const QString ownerEmail = u"inhaberin@kanzlei-demo.de"_s;
const QString demoPassword = u"kontor-demo"_s;

const QStringList firstNames{u"Anna"_s,   u"Jürgen"_s, u"Sophie"_s,   u"Lukas"_s,  u"Marie"_s,
                             u"Felix"_s,  u"Emma"_s,   u"Jonas"_s,    u"Lea"_s,    u"Paul"_s,
                             u"Hannah"_s, u"Leon"_s,   u"Mia"_s,      u"Elias"_s,  u"Lina"_s,
                             u"Noah"_s,   u"Clara"_s,  u"Ben"_s,      u"Ida"_s,    u"Karl"_s,
                             u"Greta"_s,  u"Otto"_s,   u"Frieda"_s,   u"Anton"_s,  u"Helga"_s,
                             u"Dieter"_s, u"Ursula"_s, u"Wolfgang"_s, u"Renate"_s, u"Günther"_s};
const QStringList lastNames{
    u"Müller"_s,  u"Schmidt"_s,    u"Schneider"_s, u"Fischer"_s,  u"Weber"_s,    u"Meyer"_s,
    u"Wagner"_s,  u"Becker"_s,     u"Schulz"_s,    u"Hoffmann"_s, u"Schäfer"_s,  u"Koch"_s,
    u"Bauer"_s,   u"Richter"_s,    u"Klein"_s,     u"Wolf"_s,     u"Schröder"_s, u"Neumann"_s,
    u"Schwarz"_s, u"Zimmermann"_s, u"Braun"_s,     u"Krüger"_s,   u"Hofmann"_s,  u"Hartmann"_s,
    u"Lange"_s,   u"Schmitt"_s,    u"Werner"_s,    u"Krause"_s,   u"Meier"_s,    u"Lehmann"_s,
    u"Köhler"_s,  u"Groß"_s,       u"Jäger"_s,     u"Böhm"_s,     u"Weiß"_s,     u"Vogel"_s};
const QStringList companySuffixes{u"GmbH"_s, u"GbR"_s, u"KG"_s, u"OHG"_s, u"e.K."_s, u"UG"_s};
const QStringList trades{u"Bäckerei"_s,  u"Zimmerei"_s, u"Autohaus"_s, u"Steuerbüro"_s,
                         u"Gärtnerei"_s, u"Praxis"_s,   u"Elektro"_s,  u"Malerbetrieb"_s,
                         u"Metallbau"_s, u"Café"_s};
const QStringList cities{u"Dresden"_s, u"Leipzig"_s, u"Köln"_s,    u"München"_s,
                         u"Berlin"_s,  u"Hamburg"_s, u"Münster"_s, u"Würzburg"_s};
const QStringList tagNames{u"Lohn"_s, u"Buchhaltung"_s, u"Jahresabschluss"_s, u"VIP"_s,
                           u"Neumandant"_s};

QString ascii(const QString& name)
{
    return core::germanTransliteration(name).toLower();
}

// The i-th demo account, the same on every run (so a second run continues the series).
core::Account demoAccount(int i, const QList<QUuid>& members)
{
    const QString first = firstNames.at(i % firstNames.size());
    const QString last = lastNames.at((i / firstNames.size() + i * 7) % lastNames.size());
    const QString city = cities.at(i % cities.size());
    core::Account a;
    a.type = i % 4 == 3 ? core::AccountType::Company : core::AccountType::Individual;
    if (a.type == core::AccountType::Company) {
        a.companyName = u"%1 %2 %3"_s.arg(trades.at(i % trades.size()), last,
                                          companySuffixes.at(i % companySuffixes.size()));
    }
    if (i % 3 == 0)
        a.tags.append(tagNames.at(i % tagNames.size()));
    if (i % 10 == 0)
        a.tags.append(u"VIP"_s);
    a.tags.removeDuplicates();
    a.teamMemberIds = {members.at(i % members.size())};
    core::AccountContact c;
    c.contact.firstName = first;
    c.contact.lastName = last;
    c.contact.email =
        u"%1.%2.%3@beispiel-mandant.de"_s.arg(ascii(first), ascii(last), QString::number(i));
    c.contact.phones.append({u"0351 %1"_s.arg(1000000 + i), true});
    c.contact.address = {
        u"Hauptstraße %1"_s.arg(i % 200 + 1), u"0%1"_s.arg(1067 + i % 900), city, {}, u"DE"_s};
    c.switches = {i % 2 == 0, true, i % 5 == 0};
    a.contacts.append(c);
    return a;
}

QUuid ensureUser(storage::Database& db, const QUuid& firmId, const QString& email,
                 const QString& name, core::Role role, core::Permissions permissions,
                 const auth::PasswordHasher& hasher)
{
    storage::Query q(db, u"SELECT user_id FROM users WHERE firm_id = :f AND email_key = :e"_s);
    q.bind(u":f"_s, firmId).bind(u":e"_s, email).exec();
    if (q.next())
        return q.id(0);
    core::TeamMember m;
    m.email = email;
    m.name = name;
    m.role = role;
    m.permissions = permissions;
    const QByteArray hash = hasher.hash(demoPassword.toUtf8());
    return storage::transact(db, storage::TxMode::Write, [&](storage::Transaction& tx) {
        return domain::firms::addStaff(tx, firmId, m, hash);
    });
}

} // namespace

int runDemo(const QStringList& arguments)
{
    CommonOptions common;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Creates the demo firm \"Kanzlei Demo\" with an owner, two employees, tags, custom "
        "fields, a folder template and generated German accounts. A second run reuses what is "
        "there and only adds missing accounts."_s);
    const QCommandLineOption count(u"accounts"_s, u"Number of accounts (default 300)."_s, u"N"_s,
                                   u"300"_s);
    const QCommandLineOption publicUrl(
        u"public-url"_s,
        u"Address in the demo invitations' links (default http://127.0.0.1:8080)."_s, u"URL"_s,
        u"http://127.0.0.1:8080"_s);
    parser.addOptions({common.database, count, publicUrl, common.testPasswordCost});
    if (auto exit = parseCommand(parser, arguments, {u"database"_s}))
        return *exit;
    bool ok = false;
    const int wanted = parser.value(count).toInt(&ok);
    if (!ok || wanted < 0) {
        printError(u"--accounts must be a number"_s);
        return 2;
    }
    auto db = openDatabase(parser.value(common.database));
    if (!db)
        return 1;
    return runGuarded([&] {
        QElapsedTimer timer;
        timer.start();
        const auth::PasswordHasher hasher(passwordCost(parser, common));
        std::optional<domain::firms::FirmRef> firm = domain::firms::findByName(*db, firmName);
        if (!firm) {
            const QUuid id =
                storage::transact(*db, storage::TxMode::Write, [&](storage::Transaction& tx) {
                    return domain::firms::create(tx, firmName);
                });
            firm = domain::firms::FirmRef{id, firmName};
        }
        const QUuid ownerId = ensureUser(*db, firm->id, ownerEmail, u"Ines Inhaberin"_s,
                                         core::Role::Owner, {true, true}, hasher);
        const QUuid employee1 =
            ensureUser(*db, firm->id, u"max.mitarbeiter@kanzlei-demo.de"_s, u"Max Mitarbeiter"_s,
                       core::Role::Employee, {true, false}, hasher);
        const QUuid employee2 =
            ensureUser(*db, firm->id, u"eva.einsteigerin@kanzlei-demo.de"_s, u"Eva Einsteigerin"_s,
                       core::Role::Employee, {false, false}, hasher);
        const std::optional<auth::Staff> owner = auth::StaffAuth::loadStaff(*db, firm->id, ownerId);

        int existing = 0;
        storage::transact(*db, storage::TxMode::Write, [&](storage::Transaction& tx) {
            namespace ref = domain::reference;
            QStringList knownTags;
            for (const core::Tag& t : ref::tagList(*db, firm->id))
                knownTags.append(t.name);
            const QStringList colors{u"#2e7d32"_s, u"#1565c0"_s, u"#6a1b9a"_s, u"#c62828"_s,
                                     u"#ef6c00"_s};
            for (qsizetype i = 0; i < tagNames.size(); ++i) {
                if (!knownTags.contains(tagNames.at(i)))
                    ref::saveTag(tx, firm->id, {{}, tagNames.at(i), colors.at(i)});
            }
            if (ref::customFields(*db, firm->id).isEmpty()) {
                ref::saveCustomField(tx, firm->id,
                                     {{},
                                      u"Steuernummer"_s,
                                      core::CustomFieldType::Text,
                                      core::CustomFieldScope::Account,
                                      {},
                                      false});
                ref::saveCustomField(tx, firm->id,
                                     {{},
                                      u"Mandantengruppe"_s,
                                      core::CustomFieldType::SingleChoice,
                                      core::CustomFieldScope::Account,
                                      {u"A"_s, u"B"_s, u"C"_s},
                                      false});
                ref::saveCustomField(tx, firm->id,
                                     {{},
                                      u"Geburtsdatum"_s,
                                      core::CustomFieldType::Date,
                                      core::CustomFieldScope::Contact,
                                      {},
                                      false});
            }
            if (ref::folderTemplates(*db, firm->id).isEmpty()) {
                ref::saveFolderTemplate(
                    tx, firm->id,
                    {{},
                     u"Unternehmen"_s,
                     {{u"Vom Kunden hochgeladene Dokumente"_s, {}},
                      {u"Buchhaltung"_s, {{u"Belege"_s, {}}, {u"Auswertungen"_s, {}}}},
                      {u"Lohn"_s, {}},
                      {u"Jahresabschluss"_s, {}}}});
            }
            storage::Query n(*db, u"SELECT COUNT(*) FROM accounts WHERE firm_id = :f"_s);
            n.bind(u":f"_s, firm->id).exec();
            existing = n.next() ? int(n.integer(0)) : 0;
        });
        const QList<QUuid> members{ownerId, employee1, employee2};
        domain::invitations::Options invitationOptions;
        invitationOptions.publicUrl = parser.value(publicUrl);
        invitationOptions.mailFrom = u"kontor@kanzlei-demo.de"_s;
        // Batches keep each transaction (and SQLite's write lock) short.
        for (int start = existing; start < wanted; start += 1000) {
            storage::transact(*db, storage::TxMode::Write, [&](storage::Transaction& tx) {
                for (int i = start; i < std::min(wanted, start + 1000); ++i) {
                    const domain::accounts::Stored stored =
                        domain::accounts::create(tx, *owner, demoAccount(i, members));
                    // Some invited clients, so "Ausstehende Aktivierung" has entries (R-INV-7).
                    const core::AccountContact& contact = stored.account.contacts.constFirst();
                    if (i % 12 == 0 && contact.switches.login) {
                        domain::invitations::invite(
                            tx, *owner, {std::nullopt, stored.account.id, contact.contact.id, {}},
                            invitationOptions);
                    }
                }
            });
        }
        QTextStream out(stdout);
        out << "Demo firm \"" << firmName << "\": " << std::max(existing, wanted) << " accounts ("
            << std::max(0, wanted - existing) << " new, " << timer.elapsed() << " ms)\n"
            << "  owner:     " << ownerEmail << "  password: " << demoPassword << "\n"
            << "  employees: max.mitarbeiter@kanzlei-demo.de, eva.einsteigerin@kanzlei-demo.de "
               "(same password)\n";
        return 0;
    });
}

} // namespace kontor::server::commands
