#pragma once

#include <chrono>
#include <optional>

namespace kontor::mail {

/// When to try a temporarily failed message again: exponential back-off from initialDelay,
/// multiplied by `multiplier` per attempt, capped at maxDelay, shortened by a random share of
/// up to `jitter` (so many messages that failed together spread out and never wait longer than
/// the cap), and no more than maxAttempts attempts in all.
struct RetryPolicy {
    int maxAttempts = 10;
    std::chrono::milliseconds initialDelay = std::chrono::minutes(1);
    double multiplier = 2.0;
    std::chrono::milliseconds maxDelay = std::chrono::hours(2);
    double jitter = 0.2; ///< 0 … 1

    /// The wait after attempt number @p attemptsMade (1 = the first attempt failed), or
    /// nothing when that was the last attempt allowed. @p unitRandom in [0, 1) picks the
    /// jitter; pass randomUnit() in production and fixed values in tests.
    std::optional<std::chrono::milliseconds> delayAfter(int attemptsMade, double unitRandom) const;

    /// Same, with a random jitter.
    std::optional<std::chrono::milliseconds> delayAfter(int attemptsMade) const;

    bool operator==(const RetryPolicy&) const = default;
};

/// A uniformly distributed number in [0, 1) from Qt's system random generator.
double randomUnit();

} // namespace kontor::mail
