#pragma once

#include "database.h"

#include "core/account.h"
#include "core/syncprotocol.h"

#include <QDateTime>
#include <QSet>

#include <optional>

namespace kontor::app {

/// An account.create the server refused, with everything done to that account here since:
/// the server refused those changes too (the account did not exist) or would refuse them, so
/// they belong to the draft that needs attention, and creating the account again replaces
/// them all.
struct RefusedCreate {
    core::Operation create;
    core::Violations errors;
    QDateTime refusedAt;
    QList<QUuid> issueOpIds;   ///< sync issues of the create and of the later changes
    QList<QUuid> outboxOpIds;  ///< later changes still queued
    QSet<QUuid> newContactIds; ///< contacts made here with the account (not on the server)
    core::Account account;     ///< the create with the later changes applied
};

/// The newest refused create of @p accountId, read on @p db (inside the caller's transaction
/// when it acts on the result).
std::optional<RefusedCreate> readRefusedCreate(Database& db, const QUuid& accountId);
/// The accounts with a refused create, oldest refusal first.
QList<QUuid> refusedCreateAccounts(Database& db);

/// @p createPayload (account.create) with @p later changes applied in order, as the wizard
/// shows the account: fields, links and their switches, new contacts' data.
core::Account foldChanges(const QJsonObject& createPayload, const QList<core::Operation>& later);

} // namespace kontor::app
