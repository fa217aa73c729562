#pragma once

// Shared by the app tests: a local store in a temporary directory with a firm's reference data
// (as the change feed would deliver it), and builders for accounts and contacts.

#include "app/database.h"
#include "app/localstore.h"
#include "app/storereader.h"
#include "app/storewriter.h"

#include "core/wireformat.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace kontor::test {

using namespace Qt::StringLiterals;

inline const QUuid ownerId = QUuid::fromString(u"00000000-0000-4000-8000-000000000001"_s);
inline const QUuid employeeId = QUuid::fromString(u"00000000-0000-4000-8000-000000000002"_s);
inline const QUuid assistantId = QUuid::fromString(u"00000000-0000-4000-8000-000000000003"_s);
inline const QUuid accountFieldId = QUuid::fromString(u"00000000-0000-4000-8000-0000000000f1"_s);

inline core::Change change(const QString& entity, const QUuid& id, const QJsonObject& data)
{
    return core::Change{entity, false, id, data};
}

/// Applies server changes to @p store in one transaction, as the sync worker does, and
/// announces them.
inline bool applyServerChanges(app::LocalStore& store, const QList<core::Change>& changes)
{
    app::StoreChanges done;
    {
        app::StoreTransaction tx(store.database());
        for (const core::Change& c : changes) {
            if (!tx.writer().applyChange(c))
                return false;
        }
        if (!tx.writer().rebaseTouched() || !tx.commit())
            return false;
        done = tx.changes();
    }
    store.notifyExternalChanges(done);
    return true;
}

inline QList<core::Change> referenceData()
{
    core::TeamMember owner{
        ownerId, u"Olga Inhaber"_s, u"olga@kanzlei.example"_s, core::Role::Owner, {}};
    core::TeamMember employee{employeeId,
                              u"Emil Mitarbeiter"_s,
                              u"emil@kanzlei.example"_s,
                              core::Role::Employee,
                              {true, true}};
    core::TeamMember assistant{assistantId,
                               u"Anja Assistenz"_s,
                               u"anja@kanzlei.example"_s,
                               core::Role::Employee,
                               {false, false}};
    core::CustomFieldDefinition taxId{accountFieldId,
                                      u"Steuernummer"_s,
                                      core::CustomFieldType::Text,
                                      core::CustomFieldScope::Account,
                                      {},
                                      false};
    core::FirmSettings settings;
    settings.nameFormat = core::NameFormat::LastCommaFirst;
    return {
        change(u"team_member"_s, owner.id, core::toJson(owner)),
        change(u"team_member"_s, employee.id, core::toJson(employee)),
        change(u"team_member"_s, assistant.id, core::toJson(assistant)),
        change(u"custom_field"_s, taxId.id, core::toJson(taxId)),
        change(u"tag"_s, QUuid::createUuid(),
               core::toJson(core::Tag{QUuid(), u"Privat"_s, u"#00aa00"_s})),
        change(u"settings"_s, QUuid(), core::toJson(settings)),
    };
}

/// A store in a fresh temporary directory, with reference data and a signed-in owner.
struct StoreFixture {
    QTemporaryDir dir;
    app::LocalStore store;

    StoreFixture()
    {
        if (!store.open(dir.filePath(u"store.sqlite"_s)))
            qFatal("cannot open the test store");
        if (!applyServerChanges(store, referenceData()))
            qFatal("cannot write reference data");
        app::CurrentUser me;
        me.id = ownerId;
        me.name = u"Olga Inhaber"_s;
        me.role = core::Role::Owner;
        store.setCurrentUser(me);
    }

    int count(const QString& sql)
    {
        QSqlQuery q(store.connection());
        if (!q.exec(sql) || !q.next())
            qFatal("count query failed");
        return q.value(0).toInt();
    }
};

inline core::Contact person(const QString& first, const QString& last, const QString& email = {},
                            const QStringList& phones = {})
{
    core::Contact c;
    c.firstName = first;
    c.lastName = last;
    c.email = email;
    for (const QString& p : phones)
        c.phones.append(core::PhoneNumber{p, c.phones.isEmpty()});
    return c;
}

inline core::Account individual(const core::Contact& contact, bool login = false)
{
    core::Account a;
    a.type = core::AccountType::Individual;
    core::AccountContact entry;
    entry.contact = contact;
    entry.switches = {login, true, false};
    a.contacts.append(entry);
    return a;
}

inline core::Account company(const QString& companyName, const QList<core::Contact>& contacts)
{
    core::Account a;
    a.type = core::AccountType::Company;
    a.companyName = companyName;
    for (const core::Contact& c : contacts) {
        core::AccountContact entry;
        entry.contact = c;
        entry.switches = {false, true, false};
        a.contacts.append(entry);
    }
    return a;
}

/// A server-side account as the change feed carries it (full record, contacts included).
inline core::Change serverAccount(const QUuid& id, const QString& name, const QStringList& tags,
                                  core::AccountType type = core::AccountType::Individual,
                                  core::PortalStatus status = core::PortalStatus::NotActivated)
{
    core::Account a;
    a.id = id;
    a.type = type;
    a.name = name;
    if (type == core::AccountType::Company)
        a.companyName = name;
    a.tags = tags;
    a.portalStatus = status;
    core::AccountContact entry;
    entry.contact = person(u"Kontakt"_s, name.section(u' ', 0, 0), {});
    entry.contact.id = QUuid::createUuid();
    entry.portalStatus = status;
    a.contacts.append(entry);
    return change(u"account"_s, id, core::toJson(a));
}

/// A server-side individual account whose one contact is @p contact (with its id), as another
/// computer of the firm made it.
inline core::Change serverAccountWith(const QUuid& id, const QString& name,
                                      const core::Contact& contact)
{
    core::Account a;
    a.id = id;
    a.type = core::AccountType::Individual;
    a.name = name;
    core::AccountContact entry;
    entry.contact = contact;
    a.contacts.append(entry);
    return change(u"account"_s, id, core::toJson(a));
}

/// The server's answer (@p answer, its op id filled in) for the oldest queued operation, written
/// as the sync worker writes it, and announced.
inline bool answerOldest(app::LocalStore& store, const core::OperationResult& answer)
{
    const QList<core::Operation> queued = app::StoreReader(store.database()).outbox(1);
    if (queued.isEmpty())
        return false;
    core::OperationResult r = answer;
    r.opId = queued.first().opId;
    app::StoreChanges changes;
    {
        app::StoreTransaction tx(store.database());
        if (!tx.writer().settle(queued.first(), r) || !tx.writer().rebaseTouched() || !tx.commit())
            return false;
        changes = tx.changes();
    }
    store.notifyExternalChanges(changes);
    return true;
}

/// An account from the server (@p serverName), renamed here to @p localName, and the server's
/// @p answer to the rename. Its id; null when a step failed.
inline QUuid accountRenamedHere(app::LocalStore& store, const QString& serverName,
                                const QString& localName, const core::OperationResult& answer)
{
    const QUuid id = QUuid::createUuid();
    if (!applyServerChanges(store, {serverAccount(id, serverName, {})}))
        return {};
    core::Account mine = *store.account(id);
    mine.name = localName;
    if (!store.updateAccountFields(mine).isEmpty() || !answerOldest(store, answer))
        return {};
    return id;
}

} // namespace kontor::test
