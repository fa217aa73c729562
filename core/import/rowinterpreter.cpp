#include "rowinterpreter.h"

#include "automapper.h"

#include "cellvalues.h"

#include "core/phonenumber.h"

#include <QJsonArray>
#include <QVarLengthArray>

using namespace Qt::StringLiterals;

namespace kontor::core {

namespace {

const QString contactPath = u"contacts[0]"_s;

// Phone cells may hold several numbers (Google joins them with " ::: "); "/" is not a
// separator ("0351/1234567").
QStringList splitPhoneNumbers(const QString& cell)
{
    QStringList numbers;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= cell.size(); ++i) {
        const bool google = QStringView(cell).sliced(i).startsWith(u":::");
        if (i == cell.size() || google || cell.at(i) == u';' || cell.at(i) == u',' ||
            cell.at(i) == u'\n') {
            const QString number = cell.sliced(start, i - start).trimmed();
            if (!number.isEmpty())
                numbers.append(number);
            i += google ? 2 : 0;
            start = i + 1;
        }
    }
    return numbers;
}

void appendUnique(QStringList& list, const QStringList& items)
{
    for (const QString& item : items) {
        const bool known = std::any_of(list.cbegin(), list.cend(), [&](const QString& existing) {
            return existing.compare(item, Qt::CaseInsensitive) == 0;
        });
        if (!known)
            list.append(item);
    }
}

// A custom field's value from its cell, as the wire format carries it (see customfield.h).
std::optional<QJsonValue> customValue(const CustomFieldDefinition& definition, const QString& text,
                                      const QString& path, Violations& problems)
{
    auto matchOption = [&](const QString& item) {
        for (const QString& option : definition.options) {
            if (option.compare(item, Qt::CaseInsensitive) == 0)
                return option;
        }
        return item; // checkCustomFieldValue reports it
    };
    switch (definition.type) {
    case CustomFieldType::Text:
    case CustomFieldType::Email:
    case CustomFieldType::Url:
        return QJsonValue(text);
    case CustomFieldType::Number:
        if (const std::optional<double> number = parseImportNumber(text))
            return QJsonValue(*number);
        problems.append(Violation(path, code::invalidValue,
                                  QT_TRANSLATE_NOOP("Validation", "“%1” is not a number."),
                                  {text}));
        return std::nullopt;
    case CustomFieldType::Date:
        if (const std::optional<QDate> date = parseImportDate(text))
            return QJsonValue(date->toString(Qt::ISODate));
        problems.append(Violation(path, code::invalidDate,
                                  QT_TRANSLATE_NOOP("Validation", "“%1” is not a date (write "
                                                                  "31.12.2024 or 2024-12-31)."),
                                  {text}));
        return std::nullopt;
    case CustomFieldType::SingleChoice:
        return QJsonValue(matchOption(text));
    case CustomFieldType::MultipleChoice: {
        QJsonArray items;
        for (const QString& item : splitImportList(text))
            items.append(matchOption(item));
        return items;
    }
    case CustomFieldType::Checkbox:
        if (const std::optional<bool> value = parseImportBoolean(text))
            return QJsonValue(*value);
        problems.append(Violation(path, code::invalidValue,
                                  QT_TRANSLATE_NOOP("Validation", "“%1” is not a yes/no value "
                                                                  "(ja/nein, x, 1/0)."),
                                  {text}));
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

// Which column each value of a row came from, to name it in the row's issues.
struct RowInterpreter::Sources {
    std::array<int, importFieldCount> column;
    QVarLengthArray<int, 4> phoneColumns;               // per entry of contact.phones
    QVarLengthArray<std::pair<QString, int>, 4> custom; // violation path → column

    Sources() { column.fill(-1); }
};

RowInterpreter::RowInterpreter(ImportMapping mapping, ImportContext context)
    : m_mapping(std::move(mapping))
    , m_context(std::move(context))
{
    m_rules.nameFormat = m_context.nameFormat;
    m_rules.customFields = m_context.customFields;
    for (const TeamMember& member : std::as_const(m_context.teamMembers)) {
        m_teamMembers.insert(comparableText(member.name), member.id);
        m_teamMembers.insert(comparableText(member.email), member.id);
    }
    for (qsizetype i = 0; i < m_mapping.columns.size(); ++i) {
        const ColumnMapping& column = m_mapping.columns.at(i);
        const int index = static_cast<int>(i);
        if (!isCustomField(column.field)) {
            if (column.field != ImportField::Ignore)
                m_columns[static_cast<int>(column.field)].append(index);
            if (const int part = addressPart(column.field); part >= 0) {
                const int kind = addressKind(column.header);
                auto address =
                    std::find_if(m_addresses.begin(), m_addresses.end(), [&](const Address& a) {
                        return a.kind == kind && a.columns[part] < 0;
                    });
                if (address == m_addresses.end()) {
                    Address added;
                    added.kind = kind;
                    address = m_addresses.insert(m_addresses.end(), added);
                }
                address->columns[part] = index;
            }
            continue;
        }
        const CustomFieldScope scope = column.field == ImportField::AccountCustomField
                                           ? CustomFieldScope::Account
                                           : CustomFieldScope::Contact;
        qsizetype found = -1;
        for (qsizetype d = 0; d < m_context.customFields.size() && found < 0; ++d) {
            const CustomFieldDefinition& definition = m_context.customFields.at(d);
            if (definition.scope == scope &&
                comparableText(definition.name) == comparableText(column.customField))
                found = d;
        }
        if (found >= 0) {
            m_customColumns.append({index, found});
            continue;
        }
        RowIssue issue;
        issue.column = index;
        issue.header = column.header;
        issue.field = column.key();
        issue.violation = Violation(
            {}, code::unknownField,
            scope == CustomFieldScope::Account
                ? QT_TRANSLATE_NOOP("Validation", "There is no custom account field “%1”.")
                : QT_TRANSLATE_NOOP("Validation", "There is no custom contact field “%1”."),
            {column.customField});
        m_mappingIssues.append(issue);
    }
    const bool names = (!m_columns[static_cast<int>(ImportField::FirstName)].isEmpty() &&
                        !m_columns[static_cast<int>(ImportField::LastName)].isEmpty()) ||
                       !m_columns[static_cast<int>(ImportField::FullName)].isEmpty();
    if (!names) {
        RowIssue issue;
        issue.field = toWireName(ImportField::LastName);
        issue.violation =
            Violation({}, code::required,
                      QT_TRANSLATE_NOOP("Validation", "Choose the columns with the contacts' "
                                                      "first and last names (or full names)."));
        m_mappingIssues.append(issue);
    }
}

int RowInterpreter::firstColumnOf(ImportField field) const
{
    const QList<int>& columns = m_columns[static_cast<int>(field)];
    return columns.isEmpty() ? -1 : columns.constFirst();
}

InterpretedRow RowInterpreter::interpret(const SourceRow& row, Rules rules) const
{
    InterpretedRow out;
    out.row = row.row;
    out.line = row.line;
    for (const RowIssue& issue : row.issues) {
        // A problem in a column that is not imported does no harm.
        if (issue.column >= 0 && (issue.column >= m_mapping.columns.size() ||
                                  m_mapping.columns.at(issue.column).field == ImportField::Ignore))
            continue;
        RowIssue copy = issue;
        if (issue.column >= 0)
            copy.field = m_mapping.columns.at(issue.column).key();
        out.issues.append(copy);
    }

    Sources sources;
    bool any = false;
    auto cell = [&](int column) {
        return column < row.values.size() ? cleanedCell(row.values.at(column)) : QString();
    };
    auto single = [&](ImportField field) {
        for (int column : m_columns[static_cast<int>(field)]) {
            QString value = cell(column);
            if (!value.isEmpty()) {
                sources.column[static_cast<int>(field)] = column;
                any = true;
                return value;
            }
        }
        return QString();
    };
    auto list = [&](ImportField field) {
        QStringList items;
        for (int column : m_columns[static_cast<int>(field)])
            appendUnique(items, splitImportList(cell(column)));
        any = any || !items.isEmpty();
        return items;
    };

    Account& account = out.account;
    AccountContact entry;
    Contact& contact = entry.contact;
    account.name = single(ImportField::AccountName);
    const QString typeText = single(ImportField::AccountType);
    account.companyName = single(ImportField::CompanyName);
    account.tags = list(ImportField::AccountTags);
    for (int column : m_columns[static_cast<int>(ImportField::TeamMembers)]) {
        for (const QString& name : splitImportList(cell(column))) {
            any = true;
            const QUuid id = m_teamMembers.value(comparableText(name));
            if (id.isNull()) {
                out.issues.append(
                    issueAt(out, column,
                            Violation(u"team_member_ids"_s, code::notFound,
                                      QT_TRANSLATE_NOOP("Validation", "There is no team member "
                                                                      "“%1”."),
                                      {name})));
            } else if (!account.teamMemberIds.contains(id)) {
                account.teamMemberIds.append(id);
            }
        }
    }

    contact.firstName = single(ImportField::FirstName);
    contact.middleName = single(ImportField::MiddleName);
    contact.lastName = single(ImportField::LastName);
    const QString fullName = single(ImportField::FullName);
    if (contact.firstName.isEmpty() && contact.lastName.isEmpty() && !fullName.isEmpty()) {
        const PersonName split = splitFullName(fullName);
        contact.firstName = split.first;
        contact.lastName = split.last;
        const int column = sources.column[static_cast<int>(ImportField::FullName)];
        sources.column[static_cast<int>(ImportField::FirstName)] = column;
        sources.column[static_cast<int>(ImportField::LastName)] = column;
    }
    // Google puts several addresses in one cell ("a@x.de ::: b@x.de"); a contact has one: the
    // first. (Only there: a comma in an address is a typo to report, not a separator.)
    contact.email = single(ImportField::Email);
    if (const qsizetype more = contact.email.indexOf(u":::"); more >= 0)
        contact.email = contact.email.left(more).trimmed();

    bool primaryTaken = false;
    for (ImportField field : {ImportField::MobilePhone, ImportField::Phone}) {
        for (int column : m_columns[static_cast<int>(field)]) {
            for (const QString& number : splitPhoneNumbers(cell(column))) {
                any = true;
                PhoneNumber phone;
                phone.number = toE164(number).value_or(number);
                const bool known =
                    std::any_of(contact.phones.cbegin(), contact.phones.cend(),
                                [&](const PhoneNumber& p) { return p.number == phone.number; });
                if (known)
                    continue;
                phone.primary = field == ImportField::MobilePhone && !primaryTaken;
                primaryTaken = primaryTaken || phone.primary;
                contact.phones.append(phone);
                sources.phoneColumns.append(column);
            }
        }
    }

    // Several addresses (Outlook: business and home): the one with the most parts given is
    // taken whole (the first of equals), never the street of one with the city of another. An
    // address of only a country (Outlook often fills the business one's) loses to a whole one.
    const Address* address = m_addresses.isEmpty() ? nullptr : &m_addresses.constFirst();
    if (m_addresses.size() > 1) { // only then are the parts counted (every row reads them)
        qsizetype mostParts = 0;
        for (const Address& candidate : m_addresses) {
            const auto parts =
                std::count_if(candidate.columns.cbegin(), candidate.columns.cend(),
                              [&](int column) { return column >= 0 && !cell(column).isEmpty(); });
            if (parts > mostParts) {
                address = &candidate;
                mostParts = parts;
            }
        }
    }
    auto part = [&](ImportField field) {
        const int column = address ? address->columns[addressPart(field)] : -1;
        QString value = column >= 0 ? cell(column) : QString();
        if (!value.isEmpty()) {
            sources.column[static_cast<int>(field)] = column;
            any = true;
        }
        return value;
    };
    const QString street = joinedLines(part(ImportField::Street));
    const QString houseNumber = part(ImportField::HouseNumber);
    contact.address.street = QStringList{street, houseNumber}.join(u' ').trimmed();
    if (street.isEmpty())
        sources.column[static_cast<int>(ImportField::Street)] =
            sources.column[static_cast<int>(ImportField::HouseNumber)];
    contact.address.postalCode = part(ImportField::PostalCode);
    contact.address.city = part(ImportField::City);
    contact.address.region = part(ImportField::Region);
    contact.address.country = part(ImportField::Country);
    contact.tags = list(ImportField::ContactTags);

    for (const CustomColumn& custom : m_customColumns) {
        const QString text = cell(custom.column);
        if (text.isEmpty())
            continue;
        any = true;
        const CustomFieldDefinition& definition = m_context.customFields.at(custom.definition);
        const bool forAccount = definition.scope == CustomFieldScope::Account;
        QJsonObject& values = forAccount ? account.customFields : contact.customFields;
        const QString id = toWireId(definition.id);
        if (values.contains(id))
            continue;
        const QString path =
            joinPath(forAccount ? QString() : contactPath, joinPath(u"custom_fields"_s, id));
        sources.custom.append({path, custom.column});
        Violations problems;
        if (const std::optional<QJsonValue> value = customValue(definition, text, path, problems))
            values.insert(id, *value);
        for (const Violation& problem : problems)
            out.issues.append(issueAt(out, custom.column, problem));
    }

    const std::pair<ImportField, bool*> switches[] = {
        {ImportField::Login, &entry.switches.login},
        {ImportField::Notify, &entry.switches.notify},
        {ImportField::EmailSync, &entry.switches.emailSync}};
    for (const auto& [field, target] : switches) {
        const QString text = single(field);
        if (text.isEmpty())
            continue;
        if (const std::optional<bool> value = parseImportBoolean(text)) {
            *target = *value;
            continue;
        }
        out.issues.append(
            issueAt(out, sources.column[static_cast<int>(field)],
                    Violation({}, code::invalidValue,
                              QT_TRANSLATE_NOOP("Validation", "“%1” is not a yes/no value "
                                                              "(ja/nein, x, 1/0)."),
                              {text})));
    }

    if (!typeText.isEmpty() && !statesNoAccountType(typeText)) {
        out.givenType = parseAccountType(typeText);
        if (!out.givenType) {
            out.issues.append(issueAt(
                out, sources.column[static_cast<int>(ImportField::AccountType)],
                Violation(u"type"_s, code::invalidValue,
                          QT_TRANSLATE_NOOP("Validation", "“%1” is not a client type (write "
                                                          "Einzelperson or Unternehmen)."),
                          {typeText})));
        }
    }
    if (!out.givenType && !account.companyName.isEmpty())
        out.givenType = AccountType::Company;
    account.type = out.givenType.value_or(AccountType::Individual);

    if (!any) {
        out.empty = out.issues.isEmpty();
        return out;
    }
    account.contacts.append(entry);
    const Violations violations =
        rules == Rules::Check ? checkNewAccount(account, m_rules) : Violations();
    // A value the reader could not read is reported once, not again by the rules; and a rule
    // that two checks report (a company name is also the folder name) is reported once.
    QList<int> unreadColumns;
    for (const RowIssue& issue : std::as_const(out.issues))
        unreadColumns.append(issue.column);
    for (const Violation& violation : violations) {
        RowIssue issue = issueFor(out, violation, sources);
        const bool known = std::any_of(out.issues.cbegin(), out.issues.cend(), [&](auto& other) {
            return other.column == issue.column && other.field == issue.field &&
                   other.code() == issue.code();
        });
        if (!known && (issue.column < 0 || !unreadColumns.contains(issue.column)))
            out.issues.append(std::move(issue));
    }

    const QString& groupName = !account.name.isEmpty()                ? account.name
                               : account.type == AccountType::Company ? account.companyName
                                                                      : QString();
    out.accountKey = comparableText(groupName);
    return out;
}

RowIssue RowInterpreter::issueAt(const InterpretedRow& row, int column, Violation violation) const
{
    const ColumnMapping mapped = m_mapping.columns.value(column);
    return {row.row,
            row.line,
            column,
            mapped.header,
            column >= 0 ? mapped.key() : QString(),
            std::move(violation)};
}

RowIssue RowInterpreter::issueFor(const InterpretedRow& row, const Violation& violation) const
{
    Sources sources;
    for (const CustomColumn& custom : m_customColumns) {
        const CustomFieldDefinition& definition = m_context.customFields.at(custom.definition);
        const QString path = joinPath(u"custom_fields"_s, toWireId(definition.id));
        sources.custom.append(
            {definition.scope == CustomFieldScope::Account ? path : joinPath(contactPath, path),
             custom.column});
    }
    return issueFor(row, violation, sources);
}

RowIssue RowInterpreter::issueFor(const InterpretedRow& row, const Violation& violation,
                                  const Sources& sources) const
{
    for (const auto& [path, column] : sources.custom) {
        if (violation.path() == path || violation.path().startsWith(path + u'['))
            return issueAt(row, column, violation);
    }
    QStringView path = violation.path();
    const bool inContact = path.startsWith(contactPath);
    if (inContact) {
        path = path.sliced(contactPath.size());
        if (path.startsWith(u'.'))
            path = path.sliced(1);
    }
    ImportField field = ImportField::Ignore;
    if (inContact && path.startsWith(u"phones[")) {
        const qsizetype index = path.sliced(7, path.indexOf(u']') - 7).toLongLong();
        if (index >= 0 && index < sources.phoneColumns.size())
            return issueAt(row, sources.phoneColumns.at(index), violation);
        field = ImportField::Phone;
    } else if (inContact) {
        static const QHash<QString, ImportField> contactFields = {
            {u"first_name"_s, ImportField::FirstName},
            {u"middle_name"_s, ImportField::MiddleName},
            {u"last_name"_s, ImportField::LastName},
            {u"email"_s, ImportField::Email},
            {u"address.street"_s, ImportField::Street},
            {u"address.postal_code"_s, ImportField::PostalCode},
            {u"address.city"_s, ImportField::City},
            {u"address.region"_s, ImportField::Region},
            {u"address.country"_s, ImportField::Country},
            {u"tags"_s, ImportField::ContactTags},
        };
        const QStringView base = path.startsWith(u"tags") ? QStringView(u"tags") : path;
        field = contactFields.value(base.toString(), ImportField::Ignore);
        if (violation.code() == code::loginRequiresEmail)
            field = ImportField::Login;
    } else {
        static const QHash<QString, ImportField> accountFields = {
            {u"name"_s, ImportField::AccountName},
            {u"type"_s, ImportField::AccountType},
            {u"company_name"_s, ImportField::CompanyName},
            {u"tags"_s, ImportField::AccountTags},
            {u"team_member_ids"_s, ImportField::TeamMembers},
        };
        const QStringView base = path.startsWith(u"tags") ? QStringView(u"tags") : path;
        field = accountFields.value(base.toString(), ImportField::Ignore);
        // A generated name is made of the company name or the contact's names (R-ACC-4).
        if (field == ImportField::AccountName && row.account.name.isEmpty())
            field = row.account.type == AccountType::Company ? ImportField::CompanyName
                                                             : ImportField::LastName;
    }
    if (field == ImportField::Ignore)
        return issueAt(row, -1, violation);
    int column = sources.column[static_cast<int>(field)];
    if (column < 0)
        column = firstColumnOf(field);
    RowIssue issue = issueAt(row, column, violation);
    if (column < 0)
        issue.field = toWireName(field);
    return issue;
}

} // namespace kontor::core
