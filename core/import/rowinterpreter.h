#pragma once

#include "importmapping.h"
#include "rowsource.h"

#include "core/accountrules.h"
#include "core/teammember.h"

#include <QHash>

#include <array>

namespace kontor::core {

/// What turning rows into accounts needs to know about the firm.
struct ImportContext {
    NameFormat nameFormat = NameFormat::FirstLast;
    QList<CustomFieldDefinition> customFields; ///< mapped by name
    QList<TeamMember> teamMembers;             ///< cells name them by name or email
};

/// One row as an account with one contact, checked with the rules of the new-account form.
struct InterpretedRow {
    qint64 row = 0;
    qint64 line = 0;
    /// The row's account fields and exactly one contact (with its switches); ids are unset.
    /// Phone numbers that libphonenumber understands are in E.164 form.
    Account account;
    /// The type the row states, or Company when it names a company; unset when it says nothing
    /// (the account is then an individual, unless another row of it says otherwise).
    std::optional<AccountType> givenType;
    /// Rows with the same key belong to one account: the account name, else for a company the
    /// company name, compared case-insensitively. Empty: the row is an account of its own.
    QString accountKey;
    /// No mapped cell has a value: there is nothing to import, and nothing wrong.
    bool empty = false;
    /// Everything wrong with the row: the reader's findings in mapped columns, values that
    /// cannot be read (a type, a yes/no, a date, a team member) and every broken rule, each with
    /// its column and field.
    RowIssues issues;

    bool ok() const { return !empty && issues.isEmpty(); }
};

/// Turns source rows into accounts through a mapping. Pure: it knows nothing of stored data.
/// Cells are read with cleanedCell(); of several columns mapped to one field the first
/// non-empty one counts (list fields take all; address columns form addresses by their headers,
/// see addressKind(), and the one with the most parts given is taken whole); of several email
/// addresses in one cell (Google's " ::: ") the first counts; a full name is split when first
/// and last name are empty; an empty type becomes Company when a company name is given
/// (R-ACC-5).
class RowInterpreter {
public:
    RowInterpreter(ImportMapping mapping, ImportContext context);

    /// Problems of the mapping itself (row 0): a custom field the firm does not have, no column
    /// for the contact's name. Every row would fail with them.
    const RowIssues& mappingIssues() const { return m_mappingIssues; }
    const ImportMapping& mapping() const { return m_mapping; }

    /// Whether interpret() checks the rules of the new-account form (R-ACC-*, R-CON-*, R-SW-4,
    /// R-NAME-1). A second pass over rows the first pass checked (ImportIndex knows which
    /// passed) may skip them: that is about a third of the work.
    enum class Rules { Check, Skip };

    InterpretedRow interpret(const SourceRow& row, Rules rules = Rules::Check) const;

    /// An issue of @p row about the field at @p violation's path ("company_name",
    /// "contacts[0].email", "custom_fields.<id>"), placed in the first column mapped to it.
    RowIssue issueFor(const InterpretedRow& row, const Violation& violation) const;

private:
    struct CustomColumn {
        int column;
        qsizetype definition; // index into the context's custom fields
    };
    struct Sources;

    RowIssue issueAt(const InterpretedRow& row, int column, Violation violation) const;
    RowIssue issueFor(const InterpretedRow& row, const Violation& violation,
                      const Sources& sources) const;
    int firstColumnOf(ImportField field) const;

    ImportMapping m_mapping;
    ImportContext m_context;
    AccountRules m_rules;
    std::array<QList<int>, importFieldCount> m_columns;
    /// The addresses the mapping holds, in file order: per address its kind (addressKind())
    /// and its column for street, house number, postal code, city, region, country (-1: none).
    struct Address {
        int kind = 0;
        std::array<int, 6> columns{-1, -1, -1, -1, -1, -1};
    };
    QList<Address> m_addresses;
    QList<CustomColumn> m_customColumns;
    QHash<QString, QUuid> m_teamMembers; // comparable name or email → id
    RowIssues m_mappingIssues;
};

} // namespace kontor::core
