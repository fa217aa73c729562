#include "jsonreader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace kontor::core {

namespace {

constexpr int maxDepth = 64;

// Qt's parser has its own nesting limit (far above ours); this check is linear and iterative,
// so a body nested 10,000 deep costs nothing but one pass.
bool nestsDeeperThan(const QByteArray& body, int limit)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > limit)
                return true;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return false;
}

} // namespace

Decoded<QJsonObject> parseJsonObject(const QByteArray& body)
{
    Decoded<QJsonObject> result;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)utf8.decode(body).operator QString();
    if (utf8.hasError()) {
        result.errors.append(
            Violation({}, code::invalidUtf8,
                      QT_TRANSLATE_NOOP("Validation", "The request is not valid UTF-8.")));
        return result;
    }
    if (nestsDeeperThan(body, maxDepth)) {
        result.errors.append(Violation({}, code::tooDeep,
                                       QT_TRANSLATE_NOOP("Validation", "JSON may be nested at "
                                                                       "most %1 levels deep."),
                                       {QString::number(maxDepth)}));
        return result;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        result.errors.append(Violation({}, code::malformedJson,
                                       QT_TRANSLATE_NOOP("Validation", "The JSON is malformed at "
                                                                       "byte %1: %2."),
                                       {QString::number(error.offset), error.errorString()}));
        return result;
    }
    if (!document.isObject()) {
        result.errors.append(wrongType({}, ExpectedType::Object));
        return result;
    }
    result.value = document.object();
    return result;
}

JsonReader::JsonReader(QJsonObject object, Violations* errors, QString path)
    : m_object(std::move(object))
    , m_errors(errors)
    , m_path(std::move(path))
{
}

QString JsonReader::pathOf(const QString& key) const
{
    return joinPath(m_path, key);
}

bool JsonReader::has(const QString& key) const
{
    const QJsonValue v = m_object.value(key);
    return !v.isUndefined() && !v.isNull();
}

void JsonReader::addError(Violation violation) const
{
    m_errors->append(std::move(violation));
}

QJsonValue JsonReader::value(const QString& key) const
{
    return m_object.value(key);
}

QString JsonReader::text(const QString& key) const
{
    const QJsonValue v = value(key);
    if (v.isString())
        return v.toString();
    if (!v.isNull() && !v.isUndefined())
        addError(wrongType(pathOf(key), ExpectedType::Text));
    return {};
}

bool JsonReader::boolean(const QString& key, bool fallback) const
{
    const QJsonValue v = value(key);
    if (v.isBool())
        return v.toBool();
    if (!v.isNull() && !v.isUndefined())
        addError(wrongType(pathOf(key), ExpectedType::Boolean));
    return fallback;
}

std::optional<double> JsonReader::number(const QString& key) const
{
    const QJsonValue v = value(key);
    if (v.isDouble())
        return v.toDouble();
    if (!v.isNull() && !v.isUndefined())
        addError(wrongType(pathOf(key), ExpectedType::Number));
    return std::nullopt;
}

std::optional<QUuid> JsonReader::toId(const QJsonValue& v, const QString& path) const
{
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    const QUuid id = v.isString() ? QUuid::fromString(v.toString()) : QUuid();
    if (id.isNull()) {
        addError(wrongType(path, ExpectedType::Id));
        return std::nullopt;
    }
    return id;
}

std::optional<QUuid> JsonReader::id(const QString& key) const
{
    return toId(value(key), pathOf(key));
}

QJsonArray JsonReader::array(const QString& key) const
{
    const QJsonValue v = value(key);
    if (v.isArray())
        return v.toArray();
    if (!v.isNull() && !v.isUndefined())
        addError(wrongType(pathOf(key), ExpectedType::List));
    return {};
}

QStringList JsonReader::textList(const QString& key) const
{
    QStringList out;
    const QJsonArray items = array(key);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).isString())
            out.append(items.at(i).toString());
        else
            addError(wrongType(indexPath(pathOf(key), i), ExpectedType::Text));
    }
    return out;
}

QList<QUuid> JsonReader::idList(const QString& key) const
{
    QList<QUuid> out;
    const QJsonArray items = array(key);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (const std::optional<QUuid> id = toId(items.at(i), indexPath(pathOf(key), i)))
            out.append(*id);
        else if (items.at(i).isNull())
            addError(wrongType(indexPath(pathOf(key), i), ExpectedType::Id));
    }
    return out;
}

QJsonObject JsonReader::rawObject(const QString& key) const
{
    const QJsonValue v = value(key);
    if (v.isObject())
        return v.toObject();
    if (!v.isNull() && !v.isUndefined())
        addError(wrongType(pathOf(key), ExpectedType::Object));
    return {};
}

JsonReader JsonReader::child(const QString& key) const
{
    return JsonReader(rawObject(key), m_errors, pathOf(key));
}

QList<JsonReader> JsonReader::objectList(const QString& key) const
{
    QList<JsonReader> out;
    const QJsonArray items = array(key);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemPath = indexPath(pathOf(key), i);
        if (items.at(i).isObject()) {
            out.append(JsonReader(items.at(i).toObject(), m_errors, itemPath));
        } else {
            addError(wrongType(itemPath, ExpectedType::Object));
            out.append(JsonReader({}, m_errors, itemPath));
        }
    }
    return out;
}

} // namespace kontor::core
