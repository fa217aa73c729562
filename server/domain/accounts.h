#pragma once

#include "accountsearch.h"

#include "auth/staff.h"
#include "core/account.h"
#include "core/accountrules.h"
#include "core/syncprotocol.h"
#include "storage/transaction.h"

#include <QJsonArray>

#include <optional>

namespace kontor::server::domain::accounts {

/// An account as stored, with who made it and when.
struct Stored {
    core::Account account;
    std::optional<QUuid> createdBy;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};
QJsonObject toJson(const Stored& stored);

/// R-ACC-*: creates the account, its new contacts, links, tags, team members (notified) and
/// folders in the caller's transaction. Throws ApiError: 403 without permission, 422 with every
/// field error, 409 when the id is taken. Without @p notifyMembers the team members are
/// assigned silently (a self sign-up tells them once it is confirmed, R-REG-2).
Stored create(storage::Transaction& tx, const auth::Staff& staff, core::Account request,
              bool notifyMembers = true);

/// The SQL condition that keeps only the accounts @p staff may see (R-ACC-7), for the alias
/// "a" and the placeholder :me; empty when @p staff sees every account.
QString visibleCondition(const auth::Staff& staff);

enum class Visibility { Missing, Hidden, Visible };
/// R-ACC-7 for one account. Hidden accounts are answered like missing ones (404).
Visibility visibility(storage::Database& db, const auth::Staff& staff, const QUuid& id);

/// The account when it exists and @p staff may see it.
std::optional<Stored> load(storage::Database& db, const auth::Staff& staff, const QUuid& id);
/// Accounts by id without a visibility check (change feed renders, then filters).
QList<Stored> loadMany(storage::Database& db, const QUuid& firmId, const QList<QUuid>& ids);

struct Filter {
    QString query;
    QString tag;
    std::optional<core::AccountType> type;
    std::optional<QUuid> access; ///< accounts this team member is assigned to
    std::optional<core::PortalStatus> portalStatus;
    QString after;
    int limit = 50;
};
/// One row of the account list.
struct ListItem {
    QByteArray id; ///< the text columns as UTF-8, as the page is written
    QByteArray type;
    QByteArray name;
    QByteArray companyName;
    QStringList tags;
    qint64 updatedAt = 0;
    core::PortalStatus portalStatus = core::PortalStatus::NotActivated;
};
struct Page {
    QList<ListItem> items;
    QString next;
};
/// The accounts @p staff may see, in name order, keyset paged. With @p search, a query's
/// candidates come from that index (the SQL still checks every condition).
Page list(storage::Database& db, const auth::Staff& staff, const Filter& filter,
          AccountSearch* search = nullptr);

/// The keys `account.update` and PATCH may change.
const QStringList& updatableKeys();

struct UpdateResult {
    QList<core::FieldConflict> conflicts; ///< fields not applied: changed since `base`
    Stored account;
};
/// Applies @p fields; a field whose `base` value differs from the stored one is a conflict
/// and stays as stored (field-level). Errors' paths start with @p pathPrefix.
UpdateResult update(storage::Transaction& tx, const auth::Staff& staff, const QUuid& id,
                    const QJsonObject& fields, const QJsonObject& base, const QString& pathPrefix);

struct LinkChange {
    QUuid accountId;
    QUuid contactId;
    bool linked = true;
    core::ContactSwitches switches;
    std::optional<core::Contact> newContact; ///< create this contact and link it
    /// An undo's unlink (`keep_changed`): when it no longer applies (the account or the contact
    /// is gone or hidden, or the contact is the account's last one since) it is skipped, and
    /// a visible account is announced again, instead of refusing the whole undo.
    bool keepChanged = false;
};
/// Links, re-switches or unlinks a contact (R-CON-2, R-SW-*). The last contact cannot be
/// unlinked (R-ACC-10).
void setLink(storage::Transaction& tx, const auth::Staff& staff, const LinkChange& change,
             const QString& pathPrefix);

/// Recomputes the account's search text from its name and its contacts.
void refreshSearchText(storage::Transaction& tx, const QUuid& firmId, const QUuid& accountId);

} // namespace kontor::server::domain::accounts
