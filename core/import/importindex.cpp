#include "importindex.h"

#include "cellvalues.h"

#include "core/emailaddress.h"
#include "core/textlimits.h"

#include <QJsonArray>

#include <limits>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace kontor::core {

namespace {

// A custom field value as text to compare (the values an interpreter makes: text, number,
// yes/no, a list of choices).
QString valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return u's' + value.toString();
    case QJsonValue::Double:
        return u'n' + QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return value.toBool() ? u"b1"_s : u"b0"_s;
    case QJsonValue::Array: {
        QString text = u"a"_s;
        for (const QJsonValue& item : value.toArray())
            text += valueText(item) + u'\x1f';
        return text;
    }
    default:
        return {};
    }
}

} // namespace

ImportIndex::ImportIndex(const RowInterpreter* interpreter)
    : m_interpreter(interpreter)
{
    if (sodium_init() < 0)
        qFatal("libsodium cannot be initialised");
    crypto_shorthash_keygen(m_key.data());
}

quint64 ImportIndex::hash(QStringView text) const
{
    // The keys stand for the texts, so this must be a real 64-bit hash: SipHash-2-4 with a key
    // of its own per index, so a file cannot be made to collide on purpose, and accidental
    // collisions among millions of keys stay below one in a million. (Qt 6.4's qHash(QString)
    // is not one: with some seeds, a few of 100,000 email addresses like "p43077@ex9.de"
    // collided, and the rows were refused as "another person with this email".)
    static_assert(sizeof(quint64) == crypto_shorthash_BYTES);
    quint64 out = 0;
    crypto_shorthash(reinterpret_cast<unsigned char*>(&out),
                     reinterpret_cast<const unsigned char*>(text.data()),
                     static_cast<unsigned long long>(text.size()) * sizeof(QChar), m_key.data());
    return out | 1; // never 0, which means "not given"
}

quint64 ImportIndex::combine(quint64 a, quint64 b)
{
    // Every bit of both goes into every bit of the result (splitmix64's finaliser, a bijection),
    // so setting bit 0 below costs one bit, not the difference between neighbouring values.
    const auto mix = [](quint64 x) {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9ULL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBULL;
        return x ^ (x >> 31);
    };
    return mix(a ^ mix(b + 0x9E3779B97F4A7C15ULL)) | 1;
}

quint64 ImportIndex::linkKey(qint32 accountRow, qint32 contactRow)
{
    return (quint64(quint32(accountRow)) << 32) | quint32(contactRow);
}

RowRelation& ImportIndex::stored(qint64 row)
{
    if (m_relations.size() < row) {
        if (m_relations.capacity() < row) // QList::resize() alone would grow by the row
            m_relations.reserve(qMax<qsizetype>(row, m_relations.capacity() * 2));
        m_relations.resize(row);
    }
    return m_relations[row - 1];
}

RowRelation ImportIndex::relation(qint64 row) const
{
    return row >= 1 && row <= m_relations.size() ? m_relations.at(row - 1) : RowRelation{};
}

RowRelation ImportIndex::add(InterpretedRow& row)
{
    if (row.row < 1 || row.row > std::numeric_limits<qint32>::max())
        return {};
    const auto r = static_cast<qint32>(row.row);
    stored(r) = {};
    if (!row.ok())
        return {};
    const AccountContact& entry = row.account.contacts.constFirst();
    const Contact& contact = entry.contact;
    RowIssues issues;
    auto conflict = [&](const QString& path, qint32 firstRow) {
        issues.append(m_interpreter->issueFor(
            row, Violation(path, code::conflictingValue,
                           QT_TRANSLATE_NOOP("Validation", "Row %1 gives this account another "
                                                           "value here."),
                           {QString::number(firstRow)})));
    };

    // The account: the rows before with the same key, and whether this row contradicts them.
    const quint64 accountKey = row.accountKey.isEmpty() ? 0 : hash(row.accountKey);
    const auto groupIt = accountKey ? m_groups.find(accountKey) : m_groups.end();
    Group* group = groupIt != m_groups.end() ? &groupIt.value() : nullptr;
    const quint32 type = !row.givenType ? 0 : *row.givenType == AccountType::Company ? 2 : 1;
    const quint32 company =
        row.account.companyName.isEmpty()
            ? 0
            : static_cast<quint32>(hash(comparableText(row.account.companyName)));
    QList<std::pair<quint64, quint64>> customValues;
    for (auto it = row.account.customFields.constBegin(); it != row.account.customFields.constEnd();
         ++it) {
        customValues.append({combine(accountKey, hash(it.key())), hash(valueText(it.value()))});
    }
    if (group) {
        if (group->type && type && group->type != type)
            conflict(u"type"_s, group->firstRow);
        if (group->company && company && group->company != company)
            conflict(u"company_name"_s, group->firstRow);
        auto key = row.account.customFields.constBegin();
        for (const auto& [fieldKey, value] : customValues) {
            const quint64 known = m_customValues.value(fieldKey);
            if (known && known != value)
                conflict(joinPath(u"custom_fields"_s, key.key()), group->firstRow);
            ++key;
        }
    }

    // The contact: the same email address, or the same name and phone number.
    const QString email = normalizedEmail(contact.email);
    const quint32 name = static_cast<quint32>(hash(
        QString(comparableText(contact.firstName) + u'\x1f' + comparableText(contact.lastName))));
    const quint64 emailKey = email.isEmpty() ? 0 : hash(email);
    std::optional<ContactEntry> match;
    if (emailKey) {
        if (const auto it = m_byEmail.constFind(emailKey); it != m_byEmail.constEnd()) {
            match = it.value();
            if (it->name != name) {
                issues.append(m_interpreter->issueFor(
                    row,
                    Violation(u"contacts[0].email"_s, code::duplicate,
                              QT_TRANSLATE_NOOP("Validation", "Row %1 has this email address for a "
                                                              "person with another name."),
                              {QString::number(it->firstRow)})));
            }
        }
    }
    QList<quint64> phoneKeys;
    for (const PhoneNumber& phone : contact.phones)
        phoneKeys.append(combine(name, hash(phone.number)));
    for (quint64 key : std::as_const(phoneKeys)) {
        const auto it = m_byNamePhone.constFind(key);
        if (!match && it != m_byNamePhone.constEnd() && !(it->hasEmail && emailKey))
            match = it.value();
    }

    const qint32 accountRow = group ? group->firstRow : r;
    bool duplicate = false;
    if (match && group) {
        duplicate = relation(match->firstRow).accountRow == accountRow ||
                    m_links.contains(linkKey(accountRow, match->firstRow));
    }
    if (group && !duplicate && group->contacts >= limits::contactsPerAccount) {
        issues.append(m_interpreter->issueFor(
            row, Violation(u"contacts"_s, code::tooMany,
                           QT_TRANSLATE_NOOP("Validation", "At most %1 entries are allowed."),
                           {QString::number(limits::contactsPerAccount)})));
    }
    if (!issues.isEmpty()) {
        row.issues += issues;
        return {};
    }

    // Everything fits: record the row.
    if (!group) {
        ++m_accountCount;
        if (accountKey)
            group = &m_groups.insert(accountKey, Group{r, 0, type, company}).value();
    } else {
        group->type = group->type ? group->type : type;
        group->company = group->company ? group->company : company;
    }
    for (const auto& [fieldKey, value] : std::as_const(customValues)) {
        if (!m_customValues.contains(fieldKey))
            m_customValues.insert(fieldKey, value);
    }
    if (group && !duplicate)
        ++group->contacts;

    RowRelation relation;
    relation.accountRow = accountRow;
    relation.duplicate = duplicate;
    if (match) {
        relation.contactRow = match->firstRow;
        if (duplicate) {
            ++m_duplicateCount;
        } else {
            ++m_linkCount;
            m_links.insert(linkKey(accountRow, match->firstRow));
            stored(match->firstRow).shared = true;
        }
        if (emailKey && !m_byEmail.contains(emailKey)) {
            // Known by name and phone until now: from here on it has this email address.
            m_byEmail.insert(emailKey, ContactEntry{match->firstRow, name, true});
            for (quint64 key : std::as_const(phoneKeys)) {
                const auto it = m_byNamePhone.find(key);
                if (it != m_byNamePhone.end() && it->firstRow == match->firstRow)
                    it->hasEmail = true;
            }
        }
    } else {
        ++m_contactCount;
        relation.contactRow = r;
        if (emailKey)
            m_byEmail.insert(emailKey, ContactEntry{r, name, true});
        for (quint64 key : std::as_const(phoneKeys)) {
            if (!m_byNamePhone.contains(key))
                m_byNamePhone.insert(key, ContactEntry{r, name, emailKey != 0});
        }
    }
    stored(r) = relation;
    if (!duplicate)
        stored(accountRow).lastRow = r;
    return stored(r);
}

} // namespace kontor::core
