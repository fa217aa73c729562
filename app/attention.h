#pragma once

#include <QList>
#include <QString>
#include <QUuid>

namespace kontor::app {

class LocalStore;

/// A place where the user resolves some of what the status bar counts as "needs attention"
/// (the sync issues): the conflicts dialog, a refused new account's draft, the profile of an
/// account with refused changes, or the import wizard with its refused rows.
struct AttentionItem {
    enum class Place {
        Conflicts, ///< "Konflikte": fields changed here and on the server
        Draft,     ///< a new account the server refused (id: the draft's)
        Account,   ///< refused changes of an account or its contacts (id: the account's)
        Import,    ///< refused import batches
        Elsewhere, ///< refused changes of records no longer here (nothing to open)
    };
    Place place = Place::Elsewhere;
    QUuid id;
    QString name;       ///< the account's name (Draft, Account)
    QList<QUuid> opIds; ///< the sync issues resolved there

    bool operator==(const AttentionItem&) const = default;
};

/// Where each of the store's sync issues is resolved: one item per place, conflicts first, then
/// refused new accounts, refused changes by account (in the order they were refused), refused
/// import batches and what belongs to no record here.
QList<AttentionItem> attentionItems(LocalStore& store);

} // namespace kontor::app
