#pragma once

#include "decoded.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

#include <optional>

namespace kontor::core {

/// Parses a request or response body: valid UTF-8, well-formed JSON, at most 64 levels deep,
/// an object at the top. Errors: `invalid_utf8`, `malformed_json`, `too_deep`, `wrong_type`.
Decoded<QJsonObject> parseJsonObject(const QByteArray& body);

/// Reads typed fields from one JSON object and records a violation, with the field's path, for
/// every value of the wrong type. Missing and null values read as empty; unknown keys are
/// ignored. Readers of nested objects share the same violation list.
class JsonReader {
public:
    JsonReader(QJsonObject object, Violations* errors, QString path = {});

    const QJsonObject& object() const { return m_object; }
    const QString& path() const { return m_path; }
    QString pathOf(const QString& key) const;
    bool has(const QString& key) const;

    QString text(const QString& key) const;
    bool boolean(const QString& key, bool fallback = false) const;
    std::optional<double> number(const QString& key) const;
    std::optional<QUuid> id(const QString& key) const;
    QStringList textList(const QString& key) const;
    QList<QUuid> idList(const QString& key) const;
    /// A nested object as a reader; a value of the wrong type reads as an empty object.
    JsonReader child(const QString& key) const;
    /// An array whose elements must be objects; each element gets its own reader.
    QList<JsonReader> objectList(const QString& key) const;
    /// A nested object kept as JSON (custom field values); wrong type reads as empty.
    QJsonObject rawObject(const QString& key) const;

    void addError(Violation violation) const;

private:
    QJsonValue value(const QString& key) const;
    QJsonArray array(const QString& key) const;
    std::optional<QUuid> toId(const QJsonValue& value, const QString& path) const;

    QJsonObject m_object;
    Violations* m_errors;
    QString m_path;
};

/// Parses @p body and reads one value with @p read: every error, of JSON or of types, at once.
template <typename T, typename Reader> Decoded<T> decode(const QByteArray& body, Reader read)
{
    Decoded<QJsonObject> parsed = parseJsonObject(body);
    Decoded<T> result;
    result.errors = parsed.errors;
    if (!parsed.ok())
        return result;
    result.value = read(JsonReader(parsed.value, &result.errors));
    return result;
}

} // namespace kontor::core
