#pragma once

#include "core/account.h"
#include "core/syncprotocol.h"

#include <optional>

namespace kontor::app::ops {

// Builders of outbox operations (core/syncprotocol.h has the kinds and payload shapes). The
// local store applies the very payload it queues, so the local effect of a change and what the
// server receives cannot drift apart.

core::Operation make(QLatin1StringView kind, QJsonObject payload);

/// `account.create`: the create shape of DESIGN.md; new contacts carry their "id", linked ones
/// only "existing_contact_id" and the switches. An empty name asks the server to generate it.
QJsonObject accountCreatePayload(const core::Account& account);

/// The updatable fields of an account (name, company_name, tags, team_member_ids,
/// folder_template_id, custom_fields) in wire form.
QJsonObject accountFieldValues(const core::Account& account);
/// Sets those of @p fields that are account fields; other keys are ignored.
void applyAccountFields(core::Account& account, const QJsonObject& fields);

/// The updatable fields of a contact (first_name, middle_name, last_name, email, tags, phones,
/// address, custom_fields) in wire form.
QJsonObject contactFieldValues(const core::Contact& contact);
void applyContactFields(core::Contact& contact, const QJsonObject& fields);

/// `{"id", "fields", "base"}` with the keys whose value differs between @p before and
/// @p after; `fields` is empty when nothing changed.
QJsonObject updatePayload(const QUuid& id, const QJsonObject& before, const QJsonObject& after);

/// `link.set`; with @p newContact the contact is created and linked in one operation.
QJsonObject linkSetPayload(const QUuid& accountId, const QUuid& contactId, bool linked,
                           const core::ContactSwitches& switches,
                           const std::optional<core::Contact>& newContact = std::nullopt);

/// `invitation.send`
QJsonObject invitationPayload(const QUuid& invitationId, const QUuid& accountId,
                              const QUuid& contactId, const QString& message);

/// The id an operation's payload refers to (`id` or `account_id`, `contact_id`).
QUuid payloadId(const QJsonObject& payload, const QString& key);

} // namespace kontor::app::ops
