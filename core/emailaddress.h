#pragma once

#include "violation.h"

namespace kontor::core {

/// Checks the syntax of an email address: a dot-atom local part (RFC 5322) and a domain that
/// may be internationalised ("kanzlei@müller-steuer.de"); its ASCII form (IDNA) must consist of
/// at least two labels of letters, digits and hyphens; no control or invisible characters
/// anywhere (IDNA would drop a zero-width joiner unseen). Empty is accepted (use checkRequired).
Violations checkEmail(const QString& value, const QString& path);

/// The form used to compare addresses: trimmed, lower case, domain in Unicode.
QString normalizedEmail(const QString& value);

} // namespace kontor::core
