#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <string>

namespace kontor::server::http {

/// Writes compact JSON (UTF-8) straight into a buffer, for the few answers whose size makes
/// QJsonObject's cost show (a list page of 50 rows spends more in building and serialising
/// QJsonObjects than in its SQL). Everything else keeps using QJsonObject.
///
/// The caller nests begin/end calls correctly; keys go before every value inside objects.
/// Strings are escaped as RFC 8259 requires (quote, backslash, control characters).
class JsonWriter {
public:
    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(QLatin1StringView name); ///< plain ASCII keys, written as they are
    JsonWriter& value(const QString& text);
    JsonWriter& value(QLatin1StringView text);
    JsonWriter& utf8Value(QByteArrayView text); ///< a string given as (valid) UTF-8
    JsonWriter& value(qint64 number);
    JsonWriter& value(bool flag);
    JsonWriter& value(const QJsonObject& object); ///< serialised by Qt: for rare, irregular parts
    JsonWriter& null();

    QByteArray take() const { return QByteArray::fromStdString(m_out); }

private:
    void separate();
    void string(QStringView text);

    std::string m_out; // appends inline; QByteArray's cost a call and checks each

    bool m_first = true;     // nothing written yet in the current object or array
    bool m_afterKey = false; // a key was written; its value follows without a comma
};

} // namespace kontor::server::http
