#pragma once

#include "account.h"
#include "customfield.h"
#include "firmsettings.h"
#include "jsonreader.h"
#include "tag.h"
#include "teammember.h"

class QTranslator;

namespace kontor::core {

// The JSON wire format of the domain types (DESIGN.md, "Wire shapes"): snake_case keys, ids as
// UUID strings without braces, unknown keys ignored, wrong types reported as `wrong_type` with
// the field's path. toJson() and read*() round-trip.

QJsonObject toJson(const PhoneNumber& phone);
QJsonObject toJson(const PostalAddress& address);
QJsonObject toJson(const Contact& contact);
QJsonObject toJson(const AccountContact& entry);
QJsonObject toJson(const Account& account);
QJsonArray toJson(const QList<FolderNode>& folders);
QJsonObject toJson(const FolderTemplate& folderTemplate);
QJsonObject toJson(const Tag& tag);
QJsonObject toJson(const CustomFieldDefinition& definition);
QJsonObject toJson(const FirmSettings& settings);
QJsonObject toJson(const TeamMember& member);
/// `{"path", "code", "message"}` with the message in @p translator's language.
QJsonObject toJson(const Violation& violation, const QTranslator* translator = nullptr);
QJsonArray toJson(const Violations& violations, const QTranslator* translator = nullptr);

Contact readContact(const JsonReader& reader);
AccountContact readAccountContact(const JsonReader& reader);
Account readAccount(const JsonReader& reader);
QList<FolderNode> readFolders(const JsonReader& reader, const QString& key);
FolderTemplate readFolderTemplate(const JsonReader& reader);
Tag readTag(const JsonReader& reader);
CustomFieldDefinition readCustomFieldDefinition(const JsonReader& reader);
FirmSettings readFirmSettings(const JsonReader& reader);
TeamMember readTeamMember(const JsonReader& reader);
/// Field errors as a server sends them (`error.fields`).
Violations readViolations(const QJsonArray& fields);

inline Decoded<Account> decodeAccount(const QByteArray& body)
{
    return decode<Account>(body, readAccount);
}

} // namespace kontor::core
