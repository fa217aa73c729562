#include "accountlistmodel.h"

#include "localstore.h"
#include "storereader.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kontor::app {

namespace {

constexpr qsizetype cacheCapacity = 4096;
constexpr int windowBefore = 32; // rows fetched around a missing one: views scroll both ways
constexpr int windowAfter = 96;

QString typeText(core::AccountType type)
{
    return type == core::AccountType::Company ? AccountListModel::tr("Company")
                                              : AccountListModel::tr("Individual");
}

QString portalStatusText(core::PortalStatus status)
{
    switch (status) {
    case core::PortalStatus::Activated:
        return AccountListModel::tr("activated");
    case core::PortalStatus::Pending:
        return AccountListModel::tr("pending");
    case core::PortalStatus::NotActivated:
        break;
    }
    return AccountListModel::tr("not activated");
}

QString portalStatusColor(core::PortalStatus status)
{
    switch (status) {
    case core::PortalStatus::Activated:
        return u"#2e7d32"_s; // green
    case core::PortalStatus::Pending:
        return u"#b26a00"_s; // amber
    case core::PortalStatus::NotActivated:
        break;
    }
    return u"#6b6b6b"_s; // grey
}

QString syncStateText(SyncState state)
{
    switch (state) {
    case SyncState::Pending:
        return AccountListModel::tr("not synchronised");
    case SyncState::NeedsAttention:
        return AccountListModel::tr("needs attention");
    case SyncState::Conflict:
        return AccountListModel::tr("conflict");
    case SyncState::Synced:
        break;
    }
    return AccountListModel::tr("synchronised");
}

} // namespace

AccountListModel::AccountListModel(LocalStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &LocalStore::changed, this, &AccountListModel::onStoreChanged);
    reload();
}

AccountListModel::~AccountListModel() = default;

void AccountListModel::reload()
{
    beginResetModel();
    m_source = std::make_unique<AccountListSource>(m_store->database());
    m_cache.clear();
    m_cacheOrder.clear();
    m_base = m_source->orderedRids();
    rebuildRanks();
    reloadTeamMemberNames();
    m_filterSets.clear();
    for (const AccountListSource::Criterion& c : AccountListSource::criteria(m_filter))
        m_filterSets.append(makeFilterSet(c, nullptr));
    rebuildVisible();
    endResetModel();
    Q_EMIT countChanged();
}

void AccountListModel::rebuildRanks()
{
    qint64 maxRid = m_rank.empty() ? -1 : qint64(m_rank.size()) - 1;
    for (qint64 rid : m_base)
        maxRid = std::max(maxRid, rid);
    m_rank.assign(size_t(maxRid + 1), -1);
    for (size_t i = 0; i < m_base.size(); ++i)
        m_rank[size_t(m_base[i])] = qint32(i);
    for (FilterSet& set : m_filterSets)
        set.admits.resize(m_rank.size());
}

bool AccountListModel::matches(qint64 rid) const
{
    for (const FilterSet& set : m_filterSets) {
        if (size_t(rid) >= set.admits.size() || !set.admits[size_t(rid)])
            return false;
    }
    return true;
}

AccountListModel::FilterSet
AccountListModel::makeFilterSet(const AccountListSource::Criterion& criterion,
                                std::vector<qint64>* rids)
{
    FilterSet set{criterion, std::vector<quint8>(m_rank.size())};
    std::vector<qint64> found = m_source->matching(criterion);
    for (qint64 rid : found) {
        if (size_t(rid) < set.admits.size())
            set.admits[size_t(rid)] = 1;
    }
    if (rids)
        *rids = std::move(found);
    return set;
}

void AccountListModel::rebuildVisible(const std::vector<qint64>* candidates)
{
    if (m_filterSets.isEmpty()) {
        m_rows.assign(m_base);
        return;
    }
    std::vector<const quint8*> sets;
    for (const FilterSet& set : m_filterSets)
        sets.push_back(set.admits.data());
    const quint8* const* firstSet = sets.data();
    const quint8* const* const lastSet = firstSet + sets.size();
    // Plain pointer loops: this runs over a million accounts on every keystroke.
    const auto admitted = [firstSet, lastSet](qint64 rid) {
        for (const quint8* const* set = firstSet; set != lastSet; ++set) {
            if (!(*set)[rid])
                return false;
        }
        return true;
    };
    std::vector<qint64> visible;
    if (candidates && candidates->size() * 16 < m_base.size()) {
        // Few matches (a typed name): order them by rank instead of walking every account.
        const qint32* rank = m_rank.data();
        for (qint64 rid : *candidates) {
            if (size_t(rid) < m_rank.size() && rank[rid] >= 0 && admitted(rid))
                visible.push_back(rid);
        }
        std::sort(visible.begin(), visible.end(),
                  [rank](qint64 a, qint64 b) { return rank[a] < rank[b]; });
    } else {
        visible.resize(m_base.size());
        qint64* out = visible.data();
        const qint64* base = m_base.data();
        const qint64* const end = base + m_base.size();
        if (sets.size() == 1) {
            const quint8* admits = sets.front();
            for (; base != end; ++base) {
                *out = *base;
                out += admits[*base];
            }
        } else {
            for (; base != end; ++base) {
                if (admitted(*base))
                    *out++ = *base;
            }
        }
        visible.resize(size_t(out - visible.data()));
    }
    m_rows.assign(std::move(visible));
}

void AccountListModel::setFilter(const AccountFilter& filter)
{
    if (filter == m_filter)
        return;
    if (AccountListSource::criteria(filter) == AccountListSource::criteria(m_filter)) {
        // Typed a space or a separator: the same rows.
        m_filter = filter;
        Q_EMIT filterChanged();
        return;
    }
    // Sets of unchanged criteria are kept: typing re-queries only the search, not the tag.
    QList<FilterSet> sets;
    std::optional<std::vector<qint64>> fewest; // the smallest new result drives the rebuild
    for (const AccountListSource::Criterion& c : AccountListSource::criteria(filter)) {
        const auto kept =
            std::find_if(m_filterSets.begin(), m_filterSets.end(), [&](const auto& s) {
                return s.criterion.sql == c.sql && s.criterion.value == c.value;
            });
        if (kept != m_filterSets.end()) {
            sets.append(std::move(*kept));
            continue;
        }
        std::vector<qint64> rids;
        sets.append(makeFilterSet(c, &rids));
        if (!fewest || rids.size() < fewest->size())
            fewest = std::move(rids);
    }
    beginResetModel();
    m_filter = filter;
    m_filterSets = std::move(sets);
    rebuildVisible(fewest ? &*fewest : nullptr);
    endResetModel();
    Q_EMIT filterChanged();
    Q_EMIT countChanged();
}

void AccountListModel::setSearchText(const QString& text)
{
    AccountFilter f = m_filter;
    f.searchText = text;
    setFilter(f);
}

void AccountListModel::setTypeFilter(int type)
{
    AccountFilter f = m_filter;
    f.type = type < 0 ? std::nullopt : std::optional(core::AccountType(type));
    setFilter(f);
}

void AccountListModel::setTagFilter(const QString& tag)
{
    AccountFilter f = m_filter;
    f.tag = tag;
    setFilter(f);
}

void AccountListModel::setTeamMemberFilter(const QUuid& memberId)
{
    AccountFilter f = m_filter;
    f.teamMemberId = memberId;
    setFilter(f);
}

AccountListModel::Mode AccountListModel::mode() const
{
    return m_filter.pendingActivationOnly ? Mode::PendingActivation : Mode::AllAccounts;
}

void AccountListModel::setMode(Mode mode)
{
    AccountFilter f = m_filter;
    f.pendingActivationOnly = mode == Mode::PendingActivation;
    setFilter(f);
}

int AccountListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const AccountRow* AccountListModel::row(int row) const
{
    const qint64 rid = m_rows.at(row);
    auto it = m_cache.constFind(rid);
    if (it == m_cache.cend()) {
        fetchWindow(row);
        it = m_cache.constFind(rid);
    }
    return it == m_cache.cend() || it->id.isNull() ? nullptr : &*it;
}

void AccountListModel::fetchWindow(int row) const
{
    const int from = std::max(0, row - windowBefore);
    const int to = std::min(int(m_rows.size()), row + windowAfter);
    QList<qint64> missing;
    for (int i = from; i < to; ++i) {
        const qint64 rid = m_rows.at(i);
        if (!m_cache.contains(rid))
            missing.append(rid);
    }
    for (const AccountRow& r : m_source->rows(missing)) {
        m_cache.insert(r.rid, r);
        missing.removeOne(r.rid);
        m_cacheOrder.push_back(r.rid);
    }
    // Rows deleted by the other connection, whose notification is still on its way.
    for (qint64 rid : missing) {
        m_cache.insert(rid, AccountRow{rid, {}, {}, {}, {}, {}, {}, {}, {}});
        m_cacheOrder.push_back(rid);
    }
    while (qsizetype(m_cacheOrder.size()) > cacheCapacity) {
        m_cache.remove(m_cacheOrder.front());
        m_cacheOrder.pop_front();
    }
}

QVariant AccountListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountRow* r = row(index.row());
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return r->name;
        case TypeColumn:
            return typeText(r->type);
        case TagsColumn:
            return r->tags.join(u", "_s);
        case TeamMembersColumn:
            return teamMemberNames(r->teamMemberIds);
        case PortalStatusColumn:
            return portalStatusText(r->portalStatus);
        case SyncStateColumn:
            return syncStateText(r->syncState);
        default:
            return {};
        }
    case IdRole:
        return r->id;
    case NameRole:
        return r->name;
    case CompanyNameRole:
        return r->companyName;
    case TypeRole:
        return int(r->type);
    case TagsRole:
        return r->tags;
    case TeamMemberIdsRole:
        return QVariant::fromValue(r->teamMemberIds);
    case PortalStatusRole:
        return int(r->portalStatus);
    case PortalStatusColorRole:
        return portalStatusColor(r->portalStatus);
    case SyncStateRole:
        return int(r->syncState);
    default:
        return {};
    }
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Account name");
    case TypeColumn:
        return tr("Client type");
    case TagsColumn:
        return tr("Tags");
    case TeamMembersColumn:
        return tr("Team members");
    case PortalStatusColumn:
        return tr("Portal status");
    case SyncStateColumn:
        return tr("Sync");
    default:
        return {};
    }
}

QHash<int, QByteArray> AccountListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "accountId");
    names.insert(NameRole, "name");
    names.insert(CompanyNameRole, "companyName");
    names.insert(TypeRole, "type");
    names.insert(TagsRole, "tags");
    names.insert(TeamMemberIdsRole, "teamMemberIds");
    names.insert(PortalStatusRole, "portalStatus");
    names.insert(PortalStatusColorRole, "portalStatusColor");
    names.insert(SyncStateRole, "syncState");
    return names;
}

QUuid AccountListModel::accountId(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const AccountRow* r = this->row(row);
    return r ? r->id : QUuid();
}

int AccountListModel::rowOf(const QUuid& accountId) const
{
    const std::optional<qint64> rid = StoreReader(m_store->database()).accountRid(accountId);
    if (!rid || rankOf(*rid) < 0)
        return -1;
    const qsizetype pos =
        m_rows.lowerBound(rankOf(*rid), [this](qint64 r) { return qint64(rankOf(r)); });
    return pos < m_rows.size() && m_rows.at(pos) == *rid ? int(pos) : -1;
}

void AccountListModel::reloadTeamMemberNames()
{
    m_memberNames.clear();
    for (const core::TeamMember& m : m_store->teamMembers())
        m_memberNames.insert(m.id, m.name);
}

QString AccountListModel::teamMemberNames(const QList<QUuid>& ids) const
{
    QStringList names;
    for (const QUuid& id : ids)
        names.append(m_memberNames.value(id, tr("(unknown)")));
    return names.join(u", "_s);
}

void AccountListModel::onStoreChanged(const StoreChanges& changes)
{
    if (changes.referenceData) {
        reloadTeamMemberNames();
        if (rowCount() > 0) {
            Q_EMIT dataChanged(index(0, TeamMembersColumn),
                               index(rowCount() - 1, TeamMembersColumn));
        }
    }
    if (!changes.accounts.isEmpty())
        applyAccountChanges(changes.accounts);
}

} // namespace kontor::app
