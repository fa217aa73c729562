#pragma once

#include <QString>

namespace kontor::bench {

/// Fills a fresh local store with @p count generated German accounts (a quarter companies,
/// one or two contacts each, tags, team members) and builds the search index after the load:
/// prepared statements in one transaction. Deterministic for a given count.
bool generateAccounts(const QString& storePath, int count);

} // namespace kontor::bench
