#include "accountgenerator.h"

#include "app/database.h"
#include "app/searchtext.h"
#include "app/storewriter.h"

#include "core/teammember.h"
#include "core/wireformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kontor::bench {

namespace {

const QStringList firstNames = {
    u"Hans"_s,   u"Peter"_s,  u"Jürgen"_s, u"Anna"_s,   u"Maria"_s,      u"Ursula"_s,  u"Klaus"_s,
    u"Stefan"_s, u"Sabine"_s, u"Monika"_s, u"Thomas"_s, u"Andreas"_s,    u"Michael"_s, u"Petra"_s,
    u"Birgit"_s, u"Jörg"_s,   u"Gisela"_s, u"Renate"_s, u"Wolfgang"_s,   u"Helga"_s,   u"Lena"_s,
    u"Jonas"_s,  u"Leonie"_s, u"Lukas"_s,  u"Sophie"_s, u"Maximilian"_s, u"Özlem"_s,   u"Björn"_s};
const QStringList lastNames = {
    u"Müller"_s,  u"Schmidt"_s,    u"Schneider"_s, u"Fischer"_s,  u"Weber"_s,    u"Meyer"_s,
    u"Wagner"_s,  u"Becker"_s,     u"Schulz"_s,    u"Hoffmann"_s, u"Schäfer"_s,  u"Koch"_s,
    u"Bauer"_s,   u"Richter"_s,    u"Klein"_s,     u"Wolf"_s,     u"Schröder"_s, u"Neumann"_s,
    u"Schwarz"_s, u"Zimmermann"_s, u"Braun"_s,     u"Krüger"_s,   u"Hofmann"_s,  u"Hartmann"_s,
    u"Lange"_s,   u"Schmitt"_s,    u"Werner"_s,    u"Krause"_s,   u"Meier"_s,    u"Lehmann"_s,
    u"Weiß"_s,    u"Köhler"_s,     u"Jäger"_s,     u"Groß"_s,     u"Öztürk"_s,   u"Yılmaz"_s};
const QStringList trades = {u"Bäckerei"_s,   u"Metzgerei"_s,  u"Autohaus"_s,  u"Zahnarztpraxis"_s,
                            u"Steuerbüro"_s, u"Elektro"_s,    u"Gärtnerei"_s, u"Friseursalon"_s,
                            u"Immobilien"_s, u"Schreinerei"_s};
const QStringList forms = {u"GmbH"_s, u"GmbH & Co. KG"_s, u"e.K."_s, u"KG"_s, u"AG"_s, u"UG"_s};
const QStringList mailDomains = {u"gmx.de"_s,    u"web.de"_s,     u"t-online.de"_s,
                                 u"gmail.com"_s, u"outlook.de"_s, u"posteo.de"_s};
const QStringList tags = {u"Privat"_s,   u"Gewerbe"_s,     u"Lohn"_s,    u"Jahresabschluss"_s,
                          u"Neukunde"_s, u"Dauermandat"_s, u"Prüfung"_s, u"Rückfrage"_s};
constexpr int memberCount = 10;

QString emailPart(const QString& s)
{
    QString out;
    for (const QChar c : app::foldText(s)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
    }
    return out;
}

QString json(const QJsonArray& a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

} // namespace

bool generateAccounts(const QString& storePath, int count)
{
    app::Database db;
    if (!db.open(storePath))
        return false;
    QRandomGenerator rng(20261127);
    QList<QUuid> members;
    {
        app::StoreChanges ignored;
        app::StoreTransaction tx(db);
        for (int i = 0; i < memberCount; ++i) {
            core::TeamMember m{QUuid::createUuidV5(QUuid(), QString::number(i)),
                               firstNames.at(i) + u' ' + lastNames.at(i),
                               u"mitarbeiter%1@kanzlei.example"_s.arg(i),
                               core::Role::Employee,
                               {true, i < 2}};
            members.append(m.id);
            if (!tx.writer().applyChange({u"team_member"_s, false, m.id, core::toJson(m)}))
                return false;
        }
        if (!tx.commit())
            return false;
    }

    // A fresh file loaded once: no journal to copy every page through, and the secondary
    // indexes built after the load (sorted, in one go) instead of row by row.
    const QStringList indexes = {
        u"CREATE INDEX accounts_order ON accounts(sort_key)"_s,
        u"CREATE INDEX accounts_type ON accounts(type)"_s,
        u"CREATE INDEX accounts_portal ON accounts(portal_status)"_s,
        u"CREATE INDEX contacts_email ON contacts(email_key)"_s,
        u"CREATE INDEX contacts_name ON contacts(name_key)"_s,
        u"CREATE INDEX account_contacts_contact ON account_contacts(contact_rid)"_s,
        u"CREATE INDEX account_tags_account ON account_tags(account_rid)"_s,
        u"CREATE INDEX account_members_account ON account_members(account_rid)"_s,
    };
    if (!app::execSql(db.db(), u"PRAGMA journal_mode = OFF"_s) ||
        !app::execSql(db.db(), u"PRAGMA synchronous = OFF"_s)) {
        return false;
    }
    for (const QString& create : indexes) {
        if (!app::execSql(db.db(), u"DROP INDEX "_s + create.section(u' ', 2, 2)))
            return false;
    }
    app::Transaction tx(db.db());
    QSqlQuery account(db.db());
    account.prepare(u"INSERT INTO accounts(rid, id, type, name, company_name, sort_key,"
                    " portal_status, tags, team_member_ids, search_text)"
                    " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery contact(db.db());
    contact.prepare(u"INSERT INTO contacts(rid, id, first_name, last_name, email, email_key,"
                    " name_key, data, search_text) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery link(db.db());
    link.prepare(u"INSERT INTO account_contacts(account_rid, contact_rid, position, login,"
                 " notify, portal_status) VALUES(?, ?, ?, ?, 1, ?)"_s);
    QSqlQuery tag(db.db());
    tag.prepare(u"INSERT INTO account_tags(tag_key, account_rid) VALUES(?, ?)"_s);
    QSqlQuery member(db.db());
    member.prepare(u"INSERT INTO account_members(member_id, account_rid) VALUES(?, ?)"_s);

    qint64 contactRid = 0;
    for (int i = 1; i <= count; ++i) {
        const QString first = firstNames.at(rng.bounded(int(firstNames.size())));
        const QString last = lastNames.at(rng.bounded(int(lastNames.size())));
        const bool company = rng.bounded(4) == 0;
        const QString companyName =
            company ? u"%1 %2 %3"_s.arg(trades.at(rng.bounded(int(trades.size()))), last,
                                        forms.at(rng.bounded(int(forms.size()))))
                    : QString();
        // Numbered like real client numbers, so names repeat as they do in a large firm.
        const QString name = company ? companyName : u"%1, %2 (%3)"_s.arg(last, first).arg(i);
        const int status = rng.bounded(10) < 7 ? 0 : (rng.bounded(2) ? 1 : 2);
        QStringList accountTags;
        if (rng.bounded(10) < 4)
            accountTags.append(tags.at(rng.bounded(int(tags.size()))));
        QJsonArray memberIds;
        const QUuid m1 = members.at(rng.bounded(memberCount));
        memberIds.append(core::toWireId(m1));

        account.addBindValue(i);
        account.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        account.addBindValue(company ? 1 : 0);
        account.addBindValue(name);
        account.addBindValue(company ? companyName : u""_s);
        account.addBindValue(app::sortKey(name));
        account.addBindValue(status);
        account.addBindValue(json(QJsonArray::fromStringList(accountTags)));
        account.addBindValue(json(memberIds));
        account.addBindValue(app::searchDocument({name, company ? companyName : QString()}));
        if (!account.exec())
            return false;
        for (const QString& t : accountTags) {
            tag.addBindValue(t.toCaseFolded());
            tag.addBindValue(i);
            if (!tag.exec())
                return false;
        }
        member.addBindValue(core::toWireId(m1));
        member.addBindValue(i);
        if (!member.exec())
            return false;

        const int contacts = company && rng.bounded(3) == 0 ? 2 : 1;
        for (int c = 0; c < contacts; ++c) {
            const QString cf = c == 0 ? first : firstNames.at(rng.bounded(int(firstNames.size())));
            // first.last@provider, some with a number as people pick them when taken.
            const QString number =
                rng.bounded(10) < 3 ? QString::number(rng.bounded(100)) : QString();
            const QString email =
                u"%1.%2%3@%4"_s.arg(emailPart(cf), emailPart(last), number,
                                    mailDomains.at(rng.bounded(int(mailDomains.size()))));
            const QString phone = u"+49351%1"_s.arg(1000000 + rng.bounded(8999999));
            ++contactRid;
            contact.addBindValue(contactRid);
            contact.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            contact.addBindValue(cf);
            contact.addBindValue(last);
            contact.addBindValue(email);
            contact.addBindValue(email.toLower());
            contact.addBindValue(app::foldText(cf + u' ' + last));
            contact.addBindValue(u"{}"_s);
            contact.addBindValue(app::searchDocument({cf, last, email, phone}));
            if (!contact.exec())
                return false;
            link.addBindValue(i);
            link.addBindValue(contactRid);
            link.addBindValue(c);
            link.addBindValue(status > 0 ? 1 : 0);
            link.addBindValue(c == 0 ? status : 0);
            if (!link.exec())
                return false;
        }
    }
    for (const QString& create : indexes) {
        if (!app::execSql(db.db(), create))
            return false;
    }
    app::StoreChanges ignored;
    return app::StoreWriter(db, ignored).rebuildSearchIndex() && tx.commit() &&
           app::execSql(db.db(), u"PRAGMA journal_mode = WAL"_s);
}

} // namespace kontor::bench
