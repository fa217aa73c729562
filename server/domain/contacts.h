#pragma once

#include "core/contact.h"
#include "storage/transaction.h"

#include <QJsonArray>

#include <optional>

namespace kontor::server::domain::contacts {

std::optional<core::Contact> load(storage::Database& db, const QUuid& firmId, const QUuid& id);
/// Whether the firm has a contact with @p id (without reading it).
bool exists(storage::Database& db, const QUuid& firmId, const QUuid& id);
QList<core::Contact> loadMany(storage::Database& db, const QUuid& firmId, const QList<QUuid>& ids);

/// Phone numbers in E.164 (R-CON-4); call after checkContact() found them valid.
core::Contact normalised(core::Contact contact);

/// Inserts a checked contact (id: its own, or a new one) and returns the id; nullopt, and
/// nothing written, when the firm already has a contact with that id.
std::optional<QUuid> insert(storage::Transaction& tx, const QUuid& firmId, core::Contact contact);
/// Writes every field of a checked contact and refreshes what depends on it: the search text
/// of the accounts it belongs to (they show its data, so they change too).
void update(storage::Transaction& tx, const QUuid& firmId, core::Contact contact);

/// The contact keys that `contact.update` may change.
const QStringList& updatableKeys();

struct Page {
    QJsonArray items;
    QString next; ///< empty: last page
};
/// Contacts matching @p query (every word a prefix of a word in name, email or phone), in
/// name order, keyset paged.
Page search(storage::Database& db, const QUuid& firmId, const QString& query, const QString& after,
            int limit);

} // namespace kontor::server::domain::contacts
