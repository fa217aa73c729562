#pragma once

#include "violation.h"

namespace kontor::core {

/// The result of reading input: a value and the violations found on the way. The value is
/// only meaningful when ok().
template <typename T> struct Decoded {
    T value{};
    Violations errors;

    bool ok() const { return errors.isEmpty(); }
};

} // namespace kontor::core
