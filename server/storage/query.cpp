#include "query.h"

#include "core/violation.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kontor::server::storage {

Query::Query(Database& db, const QString& sql)
    : m_db(db)
    , m_sql(sql)
{
    m_query = m_db.acquire(sql, &m_cached);
}

Query::~Query()
{
    m_db.release(m_sql, m_query, m_cached);
}

Query& Query::bind(const QString& name, const QVariant& value)
{
    m_query->bindValue(name, value);
    return *this;
}

Query& Query::bind(const QString& name, const QString& value)
{
    // Text is never NULL: a null QString binds an empty text (use the id overloads for NULL).
    m_query->bindValue(name, value.isNull() ? QVariant(QString(u""_s)) : QVariant(value));
    return *this;
}

Query& Query::bind(const QString& name, const QUuid& id)
{
    if (id.isNull())
        m_query->bindValue(name, QVariant(QMetaType::fromType<QString>()));
    else
        m_query->bindValue(name, core::toWireId(id));
    return *this;
}

Query& Query::bind(const QString& name, const std::optional<QUuid>& id)
{
    return bind(name, id ? *id : QUuid());
}

Query& Query::bind(const QString& name, qint64 value)
{
    m_query->bindValue(name, QVariant::fromValue(value));
    return *this;
}

Query& Query::bind(const QString& name, const QJsonObject& json)
{
    return bind(name, jsonText(json));
}

Query& Query::bind(const QString& name, const QJsonArray& json)
{
    return bind(name, jsonText(json));
}

Query& Query::exec()
{
    if (!m_query->exec())
        throw StorageError(m_query->lastError(), m_sql);
    return *this;
}

bool Query::next()
{
    return m_query->next();
}

int Query::rowsAffected() const
{
    return m_query->numRowsAffected();
}

QVariant Query::value(int column) const
{
    return m_query->value(column);
}

QString Query::text(int column) const
{
    return m_query->value(column).toString();
}

qint64 Query::integer(int column) const
{
    return m_query->value(column).toLongLong();
}

QUuid Query::id(int column) const
{
    return QUuid::fromString(m_query->value(column).toString());
}

std::optional<QUuid> Query::optionalId(int column) const
{
    const QUuid id = QUuid::fromString(m_query->value(column).toString());
    return id.isNull() ? std::nullopt : std::optional<QUuid>(id);
}

bool Query::isNull(int column) const
{
    return m_query->value(column).isNull();
}

QJsonObject Query::jsonObject(int column) const
{
    return QJsonDocument::fromJson(m_query->value(column).toString().toUtf8()).object();
}

QJsonArray Query::jsonArray(int column) const
{
    return QJsonDocument::fromJson(m_query->value(column).toString().toUtf8()).array();
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString toIsoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QUuid newId()
{
    return QUuid::createUuid();
}

QString idText(const QUuid& id)
{
    return core::toWireId(id);
}

QString jsonText(const QJsonObject& json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QString jsonText(const QJsonArray& json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace kontor::server::storage
