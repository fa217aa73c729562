#pragma once

#include "auth/staff.h"

#include <QJsonObject>

namespace kontor::server::api {

/// `{"id", "name", "email", "role", "permissions": [...]}`; owners and admins hold every
/// permission implicitly, and the list says so.
QJsonObject userJson(const auth::Staff& staff);
QJsonObject firmJson(const auth::Staff& staff);

} // namespace kontor::server::api
