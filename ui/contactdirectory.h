#pragma once

#include "core/contact.h"

#include <functional>
#include <optional>

namespace kontor::ui {

/// The firm's existing contacts as the forms look them up (R-CON-2): from the local store, so
/// it works offline. Any function may be empty; the forms then offer nothing.
struct ContactDirectory {
    /// Contacts whose name or email matches @p text (as the user types it).
    std::function<QList<core::Contact>(const QString& text)> search;
    /// Contacts that look like @p draft: the same email, or the same name and a phone number.
    std::function<QList<core::Contact>(const core::Contact& draft)> findDuplicates;
    /// One contact by id; nothing when it does not exist (any more).
    std::function<std::optional<core::Contact>(const QUuid& id)> find;
};

} // namespace kontor::ui
