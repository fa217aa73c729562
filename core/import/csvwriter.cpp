#include "csvwriter.h"

#include "core/accountnaming.h"

#include <QCoreApplication>
#include <QDate>
#include <QIODevice>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kontor::core {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("AccountListCsv", text);
}

QString yesNo(bool value)
{
    return value ? translated(QT_TRANSLATE_NOOP("AccountListCsv", "yes"))
                 : translated(QT_TRANSLATE_NOOP("AccountListCsv", "no"));
}

// A custom field's value as a person would type it (and the import reads it back).
QString customFieldText(const CustomFieldDefinition& definition, const QJsonValue& value)
{
    switch (definition.type) {
    case CustomFieldType::Number:
        return value.isDouble() ? QString::number(value.toDouble(), 'g', 15).replace(u'.', u',')
                                : QString();
    case CustomFieldType::Date: {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? date.toString(u"dd.MM.yyyy"_s) : value.toString();
    }
    case CustomFieldType::Checkbox:
        return value.isBool() ? yesNo(value.toBool()) : QString();
    case CustomFieldType::MultipleChoice: {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
            items.append(item.toString());
        return items.join(u", "_s);
    }
    default:
        return value.toString();
    }
}

} // namespace

QString neutralizedCsvCell(const QString& cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.at(0);
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
        first == u'\r')
        return u'\'' + cell;
    return cell;
}

CsvWriter::CsvWriter(QIODevice* device, CsvWriteDialect dialect)
    : m_device(device)
    , m_dialect(dialect)
{
}

bool CsvWriter::writeRow(const QStringList& cells)
{
    QString line;
    if (!m_started && m_dialect.byteOrderMark)
        line += QChar(QChar::ByteOrderMark);
    m_started = true;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += m_dialect.delimiter;
        QString cell = neutralizedCsvCell(cells.at(i));
        if (cell.contains(m_dialect.delimiter) || cell.contains(u'"') || cell.contains(u'\n') ||
            cell.contains(u'\r')) {
            cell.replace(u'"', u"\"\""_s);
            line += u'"' + cell + u'"';
        } else {
            line += cell;
        }
    }
    line += m_dialect.lineEnd;
    const QByteArray bytes = m_encoder(line);
    return m_device->write(bytes) == bytes.size();
}

QString CsvWriter::errorString() const
{
    return m_device->errorString();
}

AccountListCsvWriter::AccountListCsvWriter(QIODevice* device, ImportContext context,
                                           CsvWriteDialect dialect)
    : m_writer(device, dialect)
    , m_context(std::move(context))
{
}

bool AccountListCsvWriter::writeHeader()
{
    QStringList header = {
        translated(QT_TRANSLATE_NOOP("AccountListCsv", "Account")),
        translated(QT_TRANSLATE_NOOP("AccountListCsv", "Type")),
        translated(QT_TRANSLATE_NOOP("AccountListCsv", "Company name")),
        translated(QT_TRANSLATE_NOOP("AccountListCsv", "Account tags")),
        translated(QT_TRANSLATE_NOOP("AccountListCsv", "Team members")),
        translated(QT_TRANSLATE_NOOP("AccountListCsv", "First name")),
        translated(QT_TRANSLATE_NOOP("AccountListCsv", "Middle name")),
        translated(QT_TRANSLATE_NOOP("AccountListCsv", "Last name")),
        translated(QT_TRANSLATE_NOOP("AccountListCsv", "Email")),
        translated(QT_TRANSLATE_NOOP("AccountListCsv", "Phone")),
        translated(QT_TRANSLATE_NOOP("AccountListCsv", "Mobile phone")),
        translated(QT_TRANSLATE_NOOP("AccountListCsv", "Street")),
        translated(QT_TRANSLATE_NOOP("AccountListCsv", "Postal code")),
        translated(QT_TRANSLATE_NOOP("AccountListCsv", "City")),
        translated(QT_TRANSLATE_NOOP("AccountListCsv", "Region")),
        translated(QT_TRANSLATE_NOOP("AccountListCsv", "Country")),
        translated(QT_TRANSLATE_NOOP("AccountListCsv", "Contact tags")),
        u"LOGIN"_s,
        u"NOTIFY"_s,
        u"EMAIL SYNC"_s,
    };
    for (CustomFieldScope scope : {CustomFieldScope::Account, CustomFieldScope::Contact}) {
        for (const CustomFieldDefinition& definition : std::as_const(m_context.customFields)) {
            if (definition.scope == scope)
                header.append(definition.name);
        }
    }
    return m_writer.writeRow(header);
}

bool AccountListCsvWriter::writeAccount(const Account& account)
{
    QStringList teamMembers;
    for (const QUuid& id : account.teamMemberIds) {
        for (const TeamMember& member : std::as_const(m_context.teamMembers)) {
            if (member.id == id)
                teamMembers.append(member.name);
        }
    }
    const QString type = account.type == AccountType::Company
                             ? translated(QT_TRANSLATE_NOOP("AccountListCsv", "Company"))
                             : translated(QT_TRANSLATE_NOOP("AccountListCsv", "Individual"));
    const QString name = effectiveAccountName(account, m_context.nameFormat);
    QList<AccountContact> contacts = account.contacts;
    if (contacts.isEmpty())
        contacts.append(AccountContact{});
    for (const AccountContact& entry : std::as_const(contacts)) {
        const Contact& c = entry.contact;
        QStringList phones;
        QStringList mobile;
        for (const PhoneNumber& phone : c.phones)
            (phone.primary ? mobile : phones).append(phone.number);
        QStringList row = {name,
                           type,
                           account.companyName,
                           account.tags.join(u", "_s),
                           teamMembers.join(u", "_s),
                           c.firstName,
                           c.middleName,
                           c.lastName,
                           c.email,
                           phones.join(u", "_s),
                           mobile.join(u", "_s),
                           c.address.street,
                           c.address.postalCode,
                           c.address.city,
                           c.address.region,
                           c.address.country,
                           c.tags.join(u", "_s),
                           yesNo(entry.switches.login),
                           yesNo(entry.switches.notify),
                           yesNo(entry.switches.emailSync)};
        for (CustomFieldScope scope : {CustomFieldScope::Account, CustomFieldScope::Contact}) {
            const QJsonObject& values =
                scope == CustomFieldScope::Account ? account.customFields : c.customFields;
            for (const CustomFieldDefinition& definition : std::as_const(m_context.customFields)) {
                if (definition.scope == scope)
                    row.append(customFieldText(definition, values.value(toWireId(definition.id))));
            }
        }
        if (!m_writer.writeRow(row))
            return false;
    }
    return true;
}

} // namespace kontor::core
