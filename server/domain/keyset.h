#pragma once

#include <QString>
#include <QUuid>

#include <optional>

namespace kontor::server::domain {

/// The position after the last row of a page: its sort key and id, opaque to clients
/// (base64url of a JSON pair). Pages stay stable while rows are added or removed elsewhere.
struct Keyset {
    QString sortKey;
    QUuid id;

    QString encode() const;
    /// Nothing for an empty cursor; throws a 400 ApiError for a malformed one.
    static std::optional<Keyset> decode(const QString& cursor);
};

} // namespace kontor::server::domain
