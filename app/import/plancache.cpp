#include "plancache.h"

#include <QDir>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kontor::app {

namespace {

// UTF-16 as it is in memory: nothing to convert either way.
void configure(QDataStream& stream)
{
    stream.setVersion(QDataStream::Qt_6_4);
    stream.setByteOrder(QDataStream::LittleEndian);
}

void writeJson(QDataStream& out, const QJsonObject& object)
{
    out << (object.isEmpty() ? QByteArray() : QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject readJson(QDataStream& in)
{
    QByteArray text;
    in >> text;
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text).object();
}

} // namespace

PlanCache::PlanCache() = default;
PlanCache::~PlanCache() = default;

bool PlanCache::create(const QString& directory)
{
    const QString dir = directory.isEmpty() ? QDir::tempPath() : directory;
    m_file = std::make_unique<QTemporaryFile>(dir + u"/kontor-import-XXXXXX.rows"_s);
    if (!m_file->open())
        return false;
    m_out.setDevice(m_file.get());
    configure(m_out);
    m_count = 0;
    return true;
}

void PlanCache::append(const core::InterpretedRow& row)
{
    const core::Account& a = row.account;
    const core::AccountContact& entry = a.contacts.constFirst();
    const core::Contact& c = entry.contact;
    const qint8 given = row.givenType ? qint8(*row.givenType) : qint8(-1);
    m_out << qint64(row.row) << qint64(row.line) << given << qint8(a.type) << a.name
          << a.companyName << a.tags << a.teamMemberIds;
    writeJson(m_out, a.customFields);
    m_out << c.firstName << c.middleName << c.lastName << c.email << c.tags
          << qint32(c.phones.size());
    for (const core::PhoneNumber& p : c.phones)
        m_out << p.number << p.primary;
    m_out << c.address.street << c.address.postalCode << c.address.city << c.address.region
          << c.address.country;
    writeJson(m_out, c.customFields);
    m_out << entry.switches.login << entry.switches.notify << entry.switches.emailSync;
    ++m_count;
}

bool PlanCache::finish()
{
    return m_file && m_out.status() == QDataStream::Ok && m_file->flush();
}

qint64 PlanCache::bytes() const
{
    return m_file ? m_file->size() : 0;
}

PlanCache::Reader::Reader(const PlanCache& cache)
{
    if (!cache.m_file)
        return;
    m_file.setFileName(cache.m_file->fileName());
    if (!m_file.open(QIODevice::ReadOnly))
        return;
    m_in.setDevice(&m_file);
    configure(m_in);
    m_left = cache.m_count;
}

bool PlanCache::Reader::next(core::InterpretedRow& row)
{
    if (m_left <= 0 || m_in.status() != QDataStream::Ok)
        return false;
    --m_left;
    row = {};
    core::Account& a = row.account;
    core::AccountContact entry;
    core::Contact& c = entry.contact;
    qint64 number = 0;
    qint64 line = 0;
    qint8 given = -1;
    qint8 type = 0;
    m_in >> number >> line >> given >> type >> a.name >> a.companyName >> a.tags >> a.teamMemberIds;
    row.row = number;
    row.line = line;
    if (given >= 0)
        row.givenType = core::AccountType(given);
    a.type = core::AccountType(type);
    a.customFields = readJson(m_in);
    qint32 phones = 0;
    m_in >> c.firstName >> c.middleName >> c.lastName >> c.email >> c.tags >> phones;
    for (qint32 i = 0; i < phones && m_in.status() == QDataStream::Ok; ++i) {
        core::PhoneNumber p;
        m_in >> p.number >> p.primary;
        c.phones.append(p);
    }
    m_in >> c.address.street >> c.address.postalCode >> c.address.city >> c.address.region >>
        c.address.country;
    c.customFields = readJson(m_in);
    m_in >> entry.switches.login >> entry.switches.notify >> entry.switches.emailSync;
    a.contacts.append(entry);
    return m_in.status() == QDataStream::Ok;
}

} // namespace kontor::app
