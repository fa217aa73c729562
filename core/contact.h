#pragma once

#include "phonenumber.h"
#include "postaladdress.h"

#include <QJsonObject>
#include <QStringList>
#include <QUuid>

namespace kontor::core {

/// A real person a firm works with (R-CON-1…5): identified by first name, last name and email.
struct Contact {
    QUuid id;
    QString firstName;
    QString middleName;
    QString lastName;
    QString email;
    QStringList tags;
    QList<PhoneNumber> phones;
    PostalAddress address;
    /// Values of the firm's contact custom fields, keyed by field id (see CustomFieldDefinition).
    QJsonObject customFields;

    bool operator==(const Contact&) const = default;
};

} // namespace kontor::core
