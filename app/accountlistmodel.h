#pragma once

#include "accountlistsource.h"
#include "rowbuffer.h"

#include <QAbstractTableModel>

#include <deque>
#include <memory>

namespace kontor::app {

class LocalStore;

/// The accounts page's list ("Alle Konten" / "Ausstehende Aktivierung") over the local store,
/// built for a million accounts: it keeps only the visible order as local row ids (8 bytes a
/// row) and fetches the data of a window of rows when a view asks for it, into a small cache.
/// Search as you type runs on the FTS5 index (prefix, umlaut-insensitive); the filters by tag,
/// type, team member and pending activation are SQL queries answered as row sets. Changes of
/// the store arrive as row ids and become rowsInserted/rowsRemoved/dataChanged: the model is
/// reset only when the filter changes. UI thread only (it reads on LocalStore's connection).
class AccountListModel : public QAbstractTableModel {
    Q_OBJECT
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filterChanged)
    Q_PROPERTY(int typeFilter READ typeFilter WRITE setTypeFilter NOTIFY filterChanged)
    Q_PROPERTY(QString tagFilter READ tagFilter WRITE setTagFilter NOTIFY filterChanged)
    Q_PROPERTY(
        QUuid teamMemberFilter READ teamMemberFilter WRITE setTeamMemberFilter NOTIFY filterChanged)
    Q_PROPERTY(Mode mode READ mode WRITE setMode NOTIFY filterChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Column {
        NameColumn,
        TypeColumn,
        TagsColumn,
        TeamMembersColumn,
        PortalStatusColumn,
        SyncStateColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QUuid
        NameRole,
        CompanyNameRole,
        TypeRole,              ///< int(core::AccountType)
        TagsRole,              ///< QStringList
        TeamMemberIdsRole,     ///< QList<QUuid>
        PortalStatusRole,      ///< int(core::PortalStatus)
        PortalStatusColorRole, ///< "#rrggbb" for the portal status (QColor::fromString)
        SyncStateRole,         ///< int(SyncState)
    };
    Q_ENUM(Role)
    /// "Alle Konten" or "Ausstehende Aktivierung" (R-INV-7).
    enum class Mode { AllAccounts, PendingActivation };
    Q_ENUM(Mode)

    explicit AccountListModel(LocalStore* store, QObject* parent = nullptr);
    ~AccountListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString searchText() const { return m_filter.searchText; }
    void setSearchText(const QString& text);
    /// -1 for every type, else int(core::AccountType).
    int typeFilter() const { return m_filter.type ? int(*m_filter.type) : -1; }
    void setTypeFilter(int type);
    QString tagFilter() const { return m_filter.tag; }
    void setTagFilter(const QString& tag);
    QUuid teamMemberFilter() const { return m_filter.teamMemberId; }
    void setTeamMemberFilter(const QUuid& memberId);
    Mode mode() const;
    void setMode(Mode mode);
    const AccountFilter& filter() const { return m_filter; }
    /// Sets every filter at once (one query instead of one per filter).
    void setFilter(const AccountFilter& filter);

    int count() const { return rowCount(); }
    QUuid accountId(int row) const;
    /// The row showing @p accountId, or -1 (not in the store or filtered out).
    int rowOf(const QUuid& accountId) const;

    /// Reloads everything from the store (after it was opened or replaced).
    void reload();

Q_SIGNALS:
    void filterChanged();
    void countChanged();

private:
    struct FilterSet {
        AccountListSource::Criterion criterion;
        std::vector<quint8> admits; ///< by rid (bytes: fast to test in a loop over a million)
    };

    void onStoreChanged(const StoreChanges& changes);
    void applyAccountChanges(const QSet<qint64>& changed);
    FilterSet makeFilterSet(const AccountListSource::Criterion& criterion,
                            std::vector<qint64>* rids);
    void rebuildVisible(const std::vector<qint64>* candidates = nullptr);
    void rebuildRanks();
    bool matches(qint64 rid) const;
    void refreshMembership(const QList<qint64>& rids);
    const AccountRow* row(int row) const;
    void fetchWindow(int row) const;
    void reloadTeamMemberNames();
    QString teamMemberNames(const QList<QUuid>& ids) const;
    qint32 rankOf(qint64 rid) const
    {
        return rid >= 0 && size_t(rid) < m_rank.size() ? m_rank[size_t(rid)] : -1;
    }
    bool lessInOrder(const QByteArray& keyA, qint64 ridA, qint64 ridB);

    LocalStore* m_store;
    std::unique_ptr<AccountListSource> m_source;
    AccountFilter m_filter;
    QList<FilterSet> m_filterSets;
    std::vector<qint64> m_base; ///< every account, in list order
    std::vector<qint32> m_rank; ///< by rid: position in m_base, or -1
    RowBuffer m_rows;           ///< the visible rows, a subsequence of m_base

    mutable QHash<qint64, AccountRow> m_cache;
    mutable std::deque<qint64> m_cacheOrder;
    QHash<QUuid, QString> m_memberNames;
    QHash<qint64, QByteArray> m_keyMemo; ///< sort keys read during one batch of changes
};

} // namespace kontor::app
