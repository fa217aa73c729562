#pragma once

#include "violation.h"

#include <optional>

namespace kontor::core {

/// A contact's phone number (R-CON-4). After normalisation `number` is in E.164 form.
struct PhoneNumber {
    QString number;
    bool primary = false;

    bool operator==(const PhoneNumber&) const = default;
};

/// Parses @p input with libphonenumber ("0351 1234567" in region DE → "+493511234567").
/// Returns nothing when the number is not a valid number.
std::optional<QString> toE164(const QString& input,
                              const QString& defaultRegion = QStringLiteral("DE"));

/// Each number valid and at most one marked primary (R-CON-4). @p path names the list.
Violations checkPhoneNumbers(const QList<PhoneNumber>& phones, const QString& path);

} // namespace kontor::core
