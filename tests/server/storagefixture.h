#pragma once

// For suites that use the server's storage layer directly (they link kontor_server).

#include "storage/database.h"

#include <QtGlobal>

#include <memory>

namespace kontor::test {

/// A connection to the test database @p spec (a --database value); null, with a warning, when
/// it cannot be opened.
inline std::unique_ptr<server::storage::Database> openStorage(const QString& spec)
{
    QString error;
    const std::optional<server::storage::DatabaseConfig> config =
        server::storage::DatabaseConfig::parse(spec, &error);
    auto db = config ? std::make_unique<server::storage::Database>(*config) : nullptr;
    if (!db || !db->open(&error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return db;
}

} // namespace kontor::test
