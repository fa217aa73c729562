#pragma once

#include <QUrl>
#include <QUuid>

#include <optional>

namespace kontor::ui {

/// The account a `kontor://account/<id>` link points at (from a notification email, R-REG-3);
/// nothing for any other URL.
std::optional<QUuid> accountIdFromUrl(const QUrl& url);

/// The link to an account, as notifications carry it.
QUrl accountUrl(const QUuid& accountId);

} // namespace kontor::ui
