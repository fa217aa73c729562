#pragma once

#include "database.h"
#include "storetypes.h"

#include <QByteArray>
#include <QHash>

#include <optional>
#include <vector>

namespace kontor::app {

/// What the account list shows of one account.
struct AccountRow {
    qint64 rid = 0;
    QUuid id;
    QString name;
    QString companyName;
    core::AccountType type = core::AccountType::Individual;
    QStringList tags;
    QList<QUuid> teamMemberIds;
    core::PortalStatus portalStatus = core::PortalStatus::NotActivated;
    SyncState syncState = SyncState::Synced;
};

/// The account list's filters; empty members do not filter.
struct AccountFilter {
    QString searchText; ///< as typed; words match as prefixes, umlaut-insensitive
    std::optional<core::AccountType> type;
    QString tag;
    QUuid teamMemberId;
    bool pendingActivationOnly = false; ///< "Ausstehende Aktivierung": portal status pending

    bool operator==(const AccountFilter&) const = default;
};

/// The SQL side of the account list: the list order as local row ids, the rows a filter
/// criterion admits, and the data of a window of rows.
class AccountListSource {
public:
    /// One condition of a filter, answered with the set of rids it admits.
    struct Criterion {
        QString sql; ///< selects rids; `%1` is where a "rid IN (…)" restriction goes
        QVariant value;

        bool operator==(const Criterion&) const = default;
    };

    explicit AccountListSource(Database& db);

    /// Every account in list order: sort key, then rid.
    std::vector<qint64> orderedRids();
    /// The sort keys (UTF-8, compared byte-wise like SQLite) of those rids that exist.
    QHash<qint64, QByteArray> sortKeys(const QList<qint64>& rids);
    QByteArray sortKey(qint64 rid);
    /// The list data of @p rids (missing rids are left out).
    QList<AccountRow> rows(const QList<qint64>& rids);

    static QList<Criterion> criteria(const AccountFilter& filter);
    /// All rids @p criterion admits.
    std::vector<qint64> matching(const Criterion& criterion);
    /// The rids among @p rids that @p criterion admits.
    QSet<qint64> matchingAmong(const Criterion& criterion, const QList<qint64>& rids);

private:
    Database& m_db;
};

} // namespace kontor::app
