#include "storetypes.h"

using namespace Qt::StringLiterals;

namespace kontor::app {

void StoreChanges::merge(const StoreChanges& other)
{
    accounts.unite(other.accounts);
    contacts.unite(other.contacts);
    referenceData |= other.referenceData;
    invitations |= other.invitations;
    notifications |= other.notifications;
    outbox |= other.outbox;
    syncIssues |= other.syncIssues;
    currentUser |= other.currentUser;
    drafts |= other.drafts;
}

bool CurrentUser::canManageAccounts() const
{
    return core::canManageAccounts(core::TeamMember{id, name, email, role, permissions});
}

QString toWireName(InvitationStatus status)
{
    switch (status) {
    case InvitationStatus::Sent:
        return u"sent"_s;
    case InvitationStatus::Failed:
        return u"failed"_s;
    case InvitationStatus::Expired:
        return u"expired"_s;
    case InvitationStatus::Queued:
        break;
    }
    return u"queued"_s;
}

InvitationStatus invitationStatusFromWireName(const QString& name)
{
    for (InvitationStatus s :
         {InvitationStatus::Sent, InvitationStatus::Failed, InvitationStatus::Expired}) {
        if (toWireName(s) == name)
            return s;
    }
    // "pending" and unknown server states read as sent: the invitation exists on the server.
    return name == u"queued" ? InvitationStatus::Queued : InvitationStatus::Sent;
}

} // namespace kontor::app
