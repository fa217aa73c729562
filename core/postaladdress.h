#pragma once

#include <QString>

namespace kontor::core {

/// A full postal address (R-CON-5). `country` is free text or an ISO 3166 code.
struct PostalAddress {
    QString street;
    QString postalCode;
    QString city;
    QString region;
    QString country;

    bool isEmpty() const
    {
        return street.isEmpty() && postalCode.isEmpty() && city.isEmpty() && region.isEmpty() &&
               country.isEmpty();
    }
    bool operator==(const PostalAddress&) const = default;
};

} // namespace kontor::core
