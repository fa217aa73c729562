#pragma once

#include "nameformat.h"

#include <QUuid>

#include <optional>

namespace kontor::core {

/// Settings a firm's owner and admins change (R-ACC-4 name format, R-ACC-8, R-INV-8).
struct FirmSettings {
    bool signupEnabled = true;
    NameFormat nameFormat = NameFormat::FirstLast;
    std::optional<QUuid> defaultFolderTemplateId;
    QString language = QStringLiteral("de"); ///< "de" or "en": mails and portal pages

    bool operator==(const FirmSettings&) const = default;
};

} // namespace kontor::core
