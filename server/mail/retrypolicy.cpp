#include "retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace kontor::mail {

std::optional<std::chrono::milliseconds> RetryPolicy::delayAfter(int attemptsMade,
                                                                 double unitRandom) const
{
    if (attemptsMade < 1 || attemptsMade >= maxAttempts)
        return std::nullopt;
    const double cap = static_cast<double>(maxDelay.count());
    // In double and clamped before it is converted back: 2^60 minutes must not overflow.
    const double grown = static_cast<double>(initialDelay.count()) *
                         std::pow(std::max(multiplier, 1.0), attemptsMade - 1);
    const double base = std::min(grown, cap);
    const double share = std::clamp(jitter, 0.0, 1.0) * std::clamp(unitRandom, 0.0, 1.0);
    return std::chrono::milliseconds(std::llround(base * (1.0 - share)));
}

std::optional<std::chrono::milliseconds> RetryPolicy::delayAfter(int attemptsMade) const
{
    return delayAfter(attemptsMade, randomUnit());
}

double randomUnit()
{
    return QRandomGenerator::system()->generateDouble();
}

} // namespace kontor::mail
