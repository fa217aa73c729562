#pragma once

#include "violation.h"

#include <QUuid>

namespace kontor::core {

/// A firm's label for accounts and contacts (R-ACC-6, R-CON-3). Records refer to tags by name.
struct Tag {
    QUuid id;
    QString name;
    QString color; ///< "#rrggbb" or empty

    bool operator==(const Tag&) const = default;
};

/// Tag names on a record: not empty, at most limits::tag characters, no control characters,
/// no name twice (case-insensitively), at most limits::tagsPerRecord of them.
Violations checkTagNames(const QStringList& names, const QString& path);

} // namespace kontor::core
