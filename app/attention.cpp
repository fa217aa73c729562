#include "attention.h"

#include "localstore.h"
#include "storereader.h"

#include "core/accountnaming.h"
#include "core/syncprotocol.h"

#include <algorithm>

namespace kontor::app {

namespace {

// The account whose profile shows a refused change: its own, or the first that links the
// contact it is about.
std::optional<core::Account> accountOf(LocalStore& store, const SyncIssue& issue)
{
    if (!issue.accountId.isNull()) {
        if (std::optional<core::Account> account = store.account(issue.accountId))
            return account;
    }
    if (issue.contactId.isNull())
        return std::nullopt;
    const QList<QUuid> accounts =
        StoreReader(store.database()).accountIdsOfContact(issue.contactId);
    return accounts.isEmpty() ? std::nullopt : store.account(accounts.constFirst());
}

} // namespace

QList<AttentionItem> attentionItems(LocalStore& store)
{
    using Place = AttentionItem::Place;
    const QList<SyncIssue> issues = store.syncIssues();
    if (issues.isEmpty())
        return {};
    const core::NameFormat nameFormat = store.firmSettings().nameFormat;

    // A refused create resolves the changes made to its account after it as well.
    QHash<QUuid, QUuid> draftOf; // op id → the draft that resolves it
    QList<AttentionItem> drafts;
    for (const Draft& d : store.drafts()) {
        if (!d.needsAttention)
            continue;
        drafts.append({Place::Draft, d.id, core::effectiveAccountName(d.account, nameFormat), {}});
        for (const QUuid& opId : d.issueOpIds)
            draftOf.insert(opId, d.id);
    }

    AttentionItem conflicts{Place::Conflicts, {}, {}, {}};
    AttentionItem imports{Place::Import, {}, {}, {}};
    AttentionItem elsewhere{Place::Elsewhere, {}, {}, {}};
    QList<AttentionItem> accounts;
    // Adds the issue to the item for @p id; false when there is none yet.
    const auto add = [](QList<AttentionItem>& items, const QUuid& id, const QUuid& opId) {
        for (AttentionItem& item : items) {
            if (item.id == id) {
                item.opIds.append(opId);
                return true;
            }
        }
        return false;
    };
    for (const SyncIssue& issue : issues) {
        const QUuid& opId = issue.operation.opId;
        if (issue.kind == SyncIssue::Kind::Conflict) {
            conflicts.opIds.append(opId);
        } else if (const auto draft = draftOf.constFind(opId); draft != draftOf.cend()) {
            add(drafts, *draft, opId);
        } else if (issue.operation.kind == core::opkind::importBatch) {
            imports.opIds.append(opId);
        } else if (const std::optional<core::Account> account = accountOf(store, issue)) {
            if (!add(accounts, account->id, opId))
                accounts.append({Place::Account, account->id, account->name, {opId}});
        } else {
            elsewhere.opIds.append(opId);
        }
    }

    QList<AttentionItem> out;
    const auto keep = [&out](const AttentionItem& item) {
        if (!item.opIds.isEmpty())
            out.append(item);
    };
    keep(conflicts);
    std::for_each(drafts.cbegin(), drafts.cend(), keep);
    out += accounts;
    keep(imports);
    keep(elsewhere);
    return out;
}

} // namespace kontor::app
