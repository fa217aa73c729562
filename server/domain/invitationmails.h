#pragma once

#include "invitations.h"

#include "core/contact.h"

namespace kontor::server::domain::invitations {

// The mails of invitations (invitations.cpp uses them; the templates are in mail/).

/// Queues the invitation or sign-up confirmation mail with the link for @p token; the token
/// is only ever in the link, the database keeps its hash. Returns the outbox row's id.
QUuid queueMail(storage::Transaction& tx, const QUuid& firmId, const Invitation& inv,
                const core::Contact& contact, const QString& message, const QString& token,
                const Options& options);

/// R-REG-2/3: an inbox notification and a mail with "Gehe zu …" links for every team member
/// with access to the account (assigned, or its creator).
void notifyTeam(storage::Transaction& tx, const Invitation& inv, const Options& options);

} // namespace kontor::server::domain::invitations
