#include "storematcher.h"

#include "app/searchtext.h"
#include "app/storereader.h"

#include "core/emailaddress.h"
#include "core/import/cellvalues.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kontor::app {

namespace {

QString nameKey(const core::Contact& c)
{
    return foldText(c.firstName.trimmed() + u' ' + c.lastName.trimmed());
}

QString displayName(const QString& first, const QString& last)
{
    return QStringList{first, last}.join(u' ').trimmed();
}

} // namespace

struct StoreMatcher::Statements {
    explicit Statements(QSqlDatabase& db)
        : accountBySortKey(db, "SELECT rid, id, name FROM accounts WHERE sort_key = ?")
        , contactByEmail(db, "SELECT rid, id, first_name, last_name FROM contacts"
                             " WHERE email_key = ? ORDER BY rid LIMIT 1")
        // A contact's search text holds its numbers (E.164, R-CON-4): the number's digits are
        // one word of the search index, so the candidates come from there, not from reading
        // every stored contact of the name (thousands of one common name in a large store).
        , contactsByNameAndNumber(db, "SELECT rid, id, first_name, last_name, data FROM contacts"
                                      " WHERE rid IN (SELECT rowid FROM contacts_fts WHERE"
                                      " contacts_fts MATCH ?) AND name_key = ? ORDER BY rid"
                                      " LIMIT 200")
        , contactOfAccount(db, "SELECT c.rid, c.id, c.first_name, c.last_name FROM"
                               " account_contacts l JOIN contacts c ON c.rid = l.contact_rid"
                               " WHERE l.account_rid = ? AND c.name_key = ? LIMIT 1")
        , accountsOfContact(db, "SELECT a.rid, a.id, a.name FROM account_contacts l JOIN"
                                " accounts a ON a.rid = l.account_rid WHERE l.contact_rid = ?"
                                " AND a.sort_key = ?")
        , link(db, "SELECT 1 FROM account_contacts WHERE account_rid = ? AND contact_rid = ?")
        , accountRid(db, "SELECT rid FROM accounts WHERE id = ?")
        , contactRid(db, "SELECT rid FROM contacts WHERE id = ?")
        // A new contact travels in its account's create: the account's operation counts. An
        // import batch names its accounts in outbox_accounts (queued, or refused).
        , unsynced(db, "SELECT 1 WHERE EXISTS(SELECT 1 FROM outbox WHERE account_id = ?1 OR"
                       " contact_id = ?2) OR EXISTS(SELECT 1 FROM sync_issues WHERE"
                       " account_id = ?1 OR contact_id = ?2) OR EXISTS(SELECT 1 FROM"
                       " outbox_accounts WHERE account_id = ?1) OR EXISTS(SELECT 1 FROM contacts c"
                       " JOIN account_contacts l ON l.contact_rid = c.rid JOIN accounts a ON"
                       " a.rid = l.account_rid WHERE c.id = ?2 AND (EXISTS(SELECT 1 FROM outbox o"
                       " WHERE o.account_id = a.id AND o.kind = 'account.create') OR"
                       " EXISTS(SELECT 1 FROM sync_issues s WHERE s.account_id = a.id AND"
                       " s.kind = 'account.create') OR EXISTS(SELECT 1 FROM outbox_accounts x"
                       " WHERE x.account_id = a.id)))")
    {
    }
    SqliteStatement accountBySortKey;
    SqliteStatement contactByEmail;
    SqliteStatement contactsByNameAndNumber;
    SqliteStatement contactOfAccount;
    SqliteStatement accountsOfContact;
    SqliteStatement link;
    SqliteStatement accountRid;
    SqliteStatement contactRid;
    SqliteStatement unsynced;
};

StoreMatcher::StoreMatcher(Database& db)
    : m_q(std::make_unique<Statements>(db.db()))
{
    SqliteStatement any(db.db(), "SELECT EXISTS(SELECT 1 FROM accounts) OR"
                                 " EXISTS(SELECT 1 FROM contacts)");
    m_empty = !(any.next() && any.integer(0) != 0);
}

StoreMatcher::~StoreMatcher() = default;

std::optional<StoreMatcher::Found> StoreMatcher::accountNamed(const QString& name)
{
    if (m_empty || name.trimmed().isEmpty())
        return std::nullopt;
    // sort_key folds accents; names that differ only in them are different accounts.
    SqliteStatement& q = m_q->accountBySortKey;
    q.bind(1, sortKey(name));
    const QString wanted = core::comparableText(name);
    std::optional<Found> found;
    while (!found && q.next()) {
        const QString stored = q.text(2);
        if (core::comparableText(stored) == wanted)
            found = Found{q.integer(0), QUuid::fromString(q.text(1)), stored};
    }
    q.reset();
    return found;
}

std::optional<StoreMatcher::Found> StoreMatcher::contact(SqliteStatement& q)
{
    std::optional<Found> found;
    if (q.next())
        found =
            Found{q.integer(0), QUuid::fromString(q.text(1)), displayName(q.text(2), q.text(3))};
    q.reset();
    return found;
}

std::optional<StoreMatcher::Found> StoreMatcher::contactWithEmail(const QString& email)
{
    const QString key = core::normalizedEmail(email);
    if (m_empty || key.isEmpty())
        return std::nullopt;
    m_q->contactByEmail.bind(1, key);
    return contact(m_q->contactByEmail);
}

std::optional<StoreMatcher::Found> StoreMatcher::contactWithNameAndPhone(const core::Contact& c)
{
    if (m_empty || c.phones.isEmpty() || c.firstName.trimmed().isEmpty() ||
        c.lastName.trimmed().isEmpty()) {
        return std::nullopt;
    }
    const QString name = nameKey(c);
    SqliteStatement& q = m_q->contactsByNameAndNumber;
    std::optional<Found> found;
    for (const core::PhoneNumber& phone : c.phones) {
        // Only a number in E.164 form (any other makes the row refused anyway).
        if (!phone.number.startsWith(u'+'))
            continue;
        const QStringView digits = QStringView(phone.number).sliced(1);
        if (digits.isEmpty() || !std::all_of(digits.begin(), digits.end(),
                                             [](QChar d) { return d >= u'0' && d <= u'9'; }))
            continue;
        q.bind(1, u'"' + digits.toString() + u'"').bind(2, name);
        while (!found && q.next()) {
            const QJsonArray stored = jsonObjectFromText(q.text(4)).value(u"phones"_s).toArray();
            for (const QJsonValue& p : stored) {
                if (p.toObject().value(u"number"_s).toString() == phone.number) {
                    found = Found{q.integer(0), QUuid::fromString(q.text(1)),
                                  displayName(q.text(2), q.text(3))};
                    break;
                }
            }
        }
        q.reset();
        if (found)
            break;
    }
    return found;
}

std::optional<StoreMatcher::Found> StoreMatcher::contactOfAccountNamed(qint64 accountRid,
                                                                       const core::Contact& c)
{
    if (m_empty)
        return std::nullopt;
    m_q->contactOfAccount.bind(1, accountRid).bind(2, nameKey(c));
    return contact(m_q->contactOfAccount);
}

std::optional<StoreMatcher::Found> StoreMatcher::accountOfContactNamed(qint64 contactRid,
                                                                       const QString& name)
{
    SqliteStatement& q = m_q->accountsOfContact;
    q.bind(1, contactRid).bind(2, sortKey(name));
    const QString wanted = core::comparableText(name);
    std::optional<Found> found;
    while (!found && q.next()) {
        if (core::comparableText(q.text(2)) == wanted)
            found = Found{q.integer(0), QUuid::fromString(q.text(1)), q.text(2)};
    }
    q.reset();
    return found;
}

bool StoreMatcher::linked(qint64 accountRid, qint64 contactRid)
{
    m_q->link.bind(1, accountRid).bind(2, contactRid);
    const bool found = m_q->link.next();
    m_q->link.reset();
    return found;
}

std::optional<qint64> StoreMatcher::accountRid(const QUuid& id)
{
    m_q->accountRid.bind(1, core::toWireId(id));
    std::optional<qint64> rid;
    if (m_q->accountRid.next())
        rid = m_q->accountRid.integer(0);
    m_q->accountRid.reset();
    return rid;
}

std::optional<qint64> StoreMatcher::contactRid(const QUuid& id)
{
    m_q->contactRid.bind(1, core::toWireId(id));
    std::optional<qint64> rid;
    if (m_q->contactRid.next())
        rid = m_q->contactRid.integer(0);
    m_q->contactRid.reset();
    return rid;
}

bool StoreMatcher::isUnsynced(const QUuid& accountId, const QUuid& contactId)
{
    SqliteStatement& q = m_q->unsynced;
    accountId.isNull() ? q.bindNull(1) : q.bind(1, core::toWireId(accountId));
    contactId.isNull() ? q.bindNull(2) : q.bind(2, core::toWireId(contactId));
    const bool found = q.next();
    q.reset();
    return found;
}

} // namespace kontor::app
