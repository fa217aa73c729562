#pragma once

#include "core/contact.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace kontor::app::jsontext {

// JSON text written directly, for records written by the thousand (the store's contacts, the
// import's operations): building a QJsonObject only to serialise it once costs several times
// more. Keys in the order QJsonDocument writes them, so the bytes are the same as Qt's.

void appendString(QByteArray& out, QStringView text);
/// `"key":`
void appendKey(QByteArray& out, const char* key);
void appendStringList(QByteArray& out, const QStringList& items);
void appendObject(QByteArray& out, const QJsonObject& object);
/// `"key":true` or `"key":false`
void appendBool(QByteArray& out, const char* key, bool value);

/// Everything of a contact but its id, names and email, as the members of an object (no
/// braces): the store's `contacts.data` and part of an import's `account.create`.
void appendContactData(QByteArray& out, const core::Contact& contact);
/// The `data` column of the local store's contacts: tags, phones, address, custom fields.
QByteArray contactData(const core::Contact& contact);

} // namespace kontor::app::jsontext
