#pragma once

#include "invitations.h"

#include "core/violation.h"

namespace kontor::server::domain::signup {

/// What a visitor types into /portal/signup.
struct Request {
    QString firstName;
    QString lastName;
    QString email;
};

/// The name and email rules of a contact (R-CON-1, R-NAME-1); the email is required.
/// Paths: first_name, last_name, email.
core::Violations check(const Request& request);

/// R-REG-1: an individual account with the person as its contact (LOGIN on), assigned to the
/// team members with default account access (told once the sign-up is confirmed, R-REG-2),
/// and the confirmation link in the outbox. An email that belongs to a contact of the firm
/// links that contact instead of making a duplicate; the caller answers the same either way.
void registerClient(storage::Transaction& tx, const QUuid& firmId, const Request& request,
                    const invitations::Options& options);

} // namespace kontor::server::domain::signup
