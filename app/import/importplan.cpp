#include "importplan.h"

#include "importmerge.h"
#include "interpretpipeline.h"
#include "storematcher.h"

#include "app/storereader.h"

#include "core/accountnaming.h"
#include "core/import/accountassembler.h"
#include "core/import/automapper.h"

#include <QFile>
#include <QJsonDocument>

#include <unordered_set>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace kontor::app {

namespace {

// Name-based import ids live in their own namespace.
const QUuid importNamespace(u"{6f1c1a9e-6b1d-4c0e-9a55-4b6f1f3c2d10}"_s);

enum Status : quint8 { NotARow, Empty, Error, FileDuplicate, Ok };
enum Flag : quint8 {
    AccountChanges = 1,       // on an account's first row: updating the stored account changes it
    ContactChanges = 2,       // updating the matched contact changes it
    LinkedToAccountMatch = 4, // the matched contact is a contact of the matched account
};

const QStringList labelNames = {u""_s, u"create"_s, u"update"_s, u"link"_s, u"skip"_s, u"error"_s};
const QStringList choiceNames = {u"skip"_s, u"update"_s, u"create"_s};
const QStringList formatNames = {u"auto"_s, u"csv"_s, u"vcard"_s};

// The file's SHA-256 with libsodium: 0.5 s for 138 MB where QCryptographicHash took 1.2 s,
// before any row can be read. Empty if cancelled or the file cannot be read to its end.
QString hashFile(QFile& file, const std::atomic_bool* cancel)
{
    crypto_hash_sha256_state state;
    if (sodium_init() < 0 || crypto_hash_sha256_init(&state) != 0)
        return {};
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    qint64 n = 0;
    while ((n = file.read(chunk.data(), chunk.size())) > 0) {
        if (cancel && cancel->load())
            return {};
        crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(chunk.constData()),
                                  quint64(n));
    }
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    if (n < 0 ||
        crypto_hash_sha256_final(&state, reinterpret_cast<unsigned char*>(digest.data())) != 0) {
        return {};
    }
    file.seek(0);
    return QString::fromLatin1(digest.toHex());
}

} // namespace

QString toWireName(RowLabel label)
{
    return labelNames.value(int(label));
}

QString toWireName(DuplicateChoice choice)
{
    return choiceNames.value(int(choice));
}

std::optional<DuplicateChoice> duplicateChoiceFromWireName(const QString& name)
{
    const qsizetype i = choiceNames.indexOf(name.trimmed().toLower());
    return i < 0 ? std::nullopt : std::optional(DuplicateChoice(i));
}

QJsonObject toJson(const ImportSettings& s)
{
    QJsonObject o{{u"file_path"_s, s.filePath},
                  {u"format"_s, formatNames.value(int(s.format))},
                  {u"choices"_s, QJsonObject{{u"accounts"_s, toWireName(s.choices.accounts)},
                                             {u"contacts"_s, toWireName(s.choices.contacts)}}},
                  {u"batch_rows"_s, s.batchRows}};
    if (s.delimiter)
        o.insert(u"delimiter"_s, QString(*s.delimiter));
    if (s.encoding)
        o.insert(u"encoding"_s, core::toWireName(*s.encoding));
    if (s.mapping)
        o.insert(u"mapping"_s, core::toJson(*s.mapping));
    return o;
}

ImportSettings importSettingsFromJson(const QJsonObject& o)
{
    ImportSettings s;
    s.filePath = o.value(u"file_path"_s).toString();
    s.format = core::SourceFormat(
        qMax<qsizetype>(0, formatNames.indexOf(o.value(u"format"_s).toString())));
    const QString delimiter = o.value(u"delimiter"_s).toString();
    if (delimiter.size() == 1)
        s.delimiter = delimiter.at(0);
    if (o.contains(u"encoding"_s))
        s.encoding = core::textEncodingFromName(o.value(u"encoding"_s).toString());
    if (o.contains(u"mapping"_s)) {
        const core::Decoded<core::ImportMapping> mapping = core::decodeImportMapping(
            QJsonDocument(o.value(u"mapping"_s).toObject()).toJson(QJsonDocument::Compact));
        if (mapping.ok())
            s.mapping = mapping.value;
    }
    const QJsonObject choices = o.value(u"choices"_s).toObject();
    s.choices.accounts = duplicateChoiceFromWireName(choices.value(u"accounts"_s).toString())
                             .value_or(DuplicateChoice::Skip);
    s.choices.contacts = duplicateChoiceFromWireName(choices.value(u"contacts"_s).toString())
                             .value_or(DuplicateChoice::Skip);
    s.batchRows = qBound(1, o.value(u"batch_rows"_s).toInt(ImportSettings{}.batchRows), 5000);
    return s;
}

ImportPlan::ImportPlan() = default;
ImportPlan::~ImportPlan() = default;

std::unique_ptr<ImportPlan> ImportPlan::make(Database& db, const ImportSettings& settings,
                                             const PlanOptions& options, QString* error,
                                             core::RowIssue* failure)
{
    auto failWith = [&](const core::RowIssue& issue) {
        if (error)
            *error = issue.message();
        if (failure)
            *failure = issue;
        return std::unique_ptr<ImportPlan>();
    };
    auto fail = [&](QLatin1StringView code, const QString& message) {
        return failWith({0, 0, -1, {}, {}, core::Violation::received({}, code, message)});
    };
    const QLatin1StringView unreadable("file_unreadable");
    auto cancelled = [&] { return options.cancel && options.cancel->load(); };
    QFile file(settings.filePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(unreadable, tr("The file “%1” cannot be opened.").arg(settings.filePath));
    const qint64 total = file.size();
    std::unique_ptr<ImportPlan> plan(new ImportPlan);
    plan->m_settings = settings;
    plan->m_fileHash = hashFile(file, options.cancel);
    if (cancelled())
        return fail("cancelled"_L1, tr("Cancelled."));
    if (plan->m_fileHash.isEmpty())
        return fail(unreadable, tr("The file “%1” cannot be read.").arg(settings.filePath));

    core::ImportSourceOptions sourceOptions;
    sourceOptions.format = settings.format;
    sourceOptions.csv.delimiter = settings.delimiter;
    sourceOptions.csv.encoding = settings.encoding;
    core::OpenedSource opened = core::openImportSource(&file, sourceOptions);
    if (!opened.source) {
        return opened.error
                   ? failWith(*opened.error)
                   : fail(unreadable, tr("The file “%1” cannot be read.").arg(settings.filePath));
    }
    plan->m_format = opened.format;
    if (const core::CsvReader* csv = opened.csv())
        plan->m_dialect = csv->dialect();
    plan->m_columns = opened.source->columns();

    StoreReader reader(db);
    core::ImportContext context;
    context.nameFormat = reader.firmSettings().nameFormat;
    context.customFields = reader.customFields();
    context.teamMembers = reader.teamMembers();
    const core::ImportMapping automatic = core::autoMap(plan->m_columns, context.customFields);
    const core::ImportMapping mapping =
        settings.mapping ? settings.mapping->appliedTo(plan->m_columns, &automatic) : automatic;
    plan->m_settings.mapping = mapping;
    QString identity =
        plan->m_fileHash + u'\n' + formatNames.value(int(plan->m_format)) + u'\n' +
        QString::fromUtf8(QJsonDocument(core::toJson(mapping)).toJson(QJsonDocument::Compact));
    // An encoding or delimiter chosen by hand reads the same bytes differently: another import.
    // Only then is it named, so a detected dialect keeps the id imports had before.
    if (settings.encoding)
        identity += u"\nencoding:"_s + core::toWireName(*settings.encoding);
    if (settings.delimiter)
        identity += u"\ndelimiter:"_s + *settings.delimiter;
    plan->m_importId = QUuid::createUuidV5(importNamespace, identity);
    plan->m_interpreter = std::make_unique<core::RowInterpreter>(mapping, context);
    plan->m_index = std::make_unique<core::ImportIndex>(plan->m_interpreter.get());
    if (!plan->m_interpreter->mappingIssues().isEmpty())
        return plan; // no row could be imported: nothing to read

    // Records an earlier run of this import made (a resumed or repeated import), with the ids
    // it began with.
    std::unordered_set<QUuid, core::RecordIdHash> imported;
    plan->m_recordIds = options.recordIds;
    if (importtables::ensure(db)) {
        if (const std::optional<ImportRecord> earlier = importtables::load(db, plan->m_importId))
            plan->m_recordIds = earlier->recordIds;
        for (const ImportBatch& batch : importtables::batches(db, plan->m_importId)) {
            const QJsonObject undo = importtables::batchUndo(db, plan->m_importId, batch.number);
            for (const QJsonValue& entry : undo.value(u"accounts"_s).toArray()) {
                for (const QJsonValue& id : entry.toArray())
                    imported.insert(QUuid::fromString(id.toString()));
            }
            for (const QJsonValue& entry : undo.value(u"links"_s).toArray()) {
                if (entry.toArray().at(2).toBool()) // a contact this import created
                    imported.insert(QUuid::fromString(entry.toArray().at(1).toString()));
            }
        }
    }
    if (options.keepRows) {
        plan->m_cache = std::make_unique<PlanCache>();
        if (!plan->m_cache->create(options.cacheDirectory))
            return fail("temporary_file"_L1,
                        tr("There is no room for the import's temporary file."));
    }

    StoreMatcher matcher(db);
    std::optional<std::pair<QUuid, core::Account>> storedAccount; // the last one compared
    auto accountChanges = [&](const QUuid& id, const core::Account& given) {
        if (!storedAccount || storedAccount->first != id)
            storedAccount.emplace(id, reader.account(id).value_or(core::Account{}));
        return accountChangedBy(storedAccount->second, given);
    };
    auto contactMatchFor = [&](const core::InterpretedRow& row, qint32 r,
                               const StoreMatch* account) -> std::optional<StoreMatch> {
        const core::Contact& c = row.account.contacts.constFirst().contact;
        const QUuid importedId = plan->recordId(u"contact", r);
        if (imported.count(importedId) && matcher.contactRid(importedId))
            return StoreMatch{importedId, {}, StoreMatch::Kind::Imported, false};
        std::optional<StoreMatcher::Found> found = matcher.contactWithEmail(c.email);
        StoreMatch::Kind kind = StoreMatch::Kind::Email;
        if (!found) {
            found = matcher.contactWithNameAndPhone(c);
            kind = StoreMatch::Kind::NameAndPhone;
        }
        if (!found && account && account->kind == StoreMatch::Kind::Name) {
            if (const std::optional<qint64> accountRid = matcher.accountRid(account->id)) {
                found = matcher.contactOfAccountNamed(*accountRid, c);
                kind = StoreMatch::Kind::NameInAccount;
            }
        }
        if (!found)
            return std::nullopt;
        return StoreMatch{found->id, found->name, kind, matcher.isUnsynced({}, found->id)};
    };

    // What pass 1 learns from one interpreted row, in file order.
    auto handle = [&](core::InterpretedRow& row) {
        const core::RowRelation relation = plan->m_index->add(row);
        if (row.row < 1 || row.row > std::numeric_limits<qint32>::max())
            return;
        const auto r = qint32(row.row);
        if (plan->m_facts.size() < size_t(r))
            plan->m_facts.resize(size_t(r));
        Facts& f = plan->m_facts[size_t(r) - 1];
        // The first rows, and every row with an issue kept, so that the preview's list of
        // errors names each row's account and contact, also beyond the first rows.
        const bool keptIssue = !row.empty && !row.ok() && plan->m_issues.size() < options.maxIssues;
        if (r <= options.detailRows || (options.detailRows > 0 && keptIssue)) {
            const core::Contact& c = row.account.contacts.isEmpty()
                                         ? core::Contact{}
                                         : row.account.contacts.constFirst().contact;
            QString account =
                row.account.name.isEmpty() ? row.account.companyName : row.account.name;
            if (account.isEmpty() && !row.account.contacts.isEmpty())
                account = core::effectiveAccountName(row.account, context.nameFormat);
            plan->m_details.insert(
                r, {account, QStringList{c.firstName, c.lastName}.join(u' ').trimmed(), c.email});
        }
        if (row.empty) {
            f.status = Empty;
            return;
        }
        if (!row.ok()) {
            f.status = Error;
            for (const core::RowIssue& issue : std::as_const(row.issues)) {
                if (plan->m_issues.size() < options.maxIssues)
                    plan->m_issues.append(issue);
                else
                    plan->m_issuesTruncated = true;
            }
            return;
        }
        f.accountRow = relation.accountRow;
        f.contactRow = relation.contactRow;
        if (relation.duplicate) {
            f.status = FileDuplicate;
            return;
        }
        f.status = Ok;

        // The account: imported before, or one of the same name in the store.
        if (r == relation.accountRow && !matcher.storeEmpty()) {
            const QUuid importedId = plan->recordId(u"account", r);
            if (imported.count(importedId) && matcher.accountRid(importedId)) {
                plan->m_accountMatches.insert(r, {importedId, {}, StoreMatch::Kind::Imported});
            } else if (!row.accountKey.isEmpty()) {
                const QString name =
                    row.account.name.isEmpty() ? row.account.companyName : row.account.name;
                if (const std::optional<StoreMatcher::Found> found = matcher.accountNamed(name)) {
                    plan->m_accountMatches.insert(r,
                                                  {found->id, found->name, StoreMatch::Kind::Name,
                                                   matcher.isUnsynced(found->id, {})});
                }
            }
        }
        const auto accountIt = plan->m_accountMatches.constFind(relation.accountRow);
        const StoreMatch* account =
            accountIt == plan->m_accountMatches.cend() ? nullptr : &accountIt.value();

        // The contact: matched at its first row; later rows of it share that.
        std::optional<StoreMatch> contact;
        if (r == relation.contactRow) {
            if (!matcher.storeEmpty())
                contact = contactMatchFor(row, r, account);
            if (contact && contact->kind != StoreMatch::Kind::Imported) {
                const std::optional<core::Contact> stored = reader.contact(contact->id);
                if (stored && contactChangedBy(*stored, row.account.contacts.constFirst().contact))
                    f.flags |= ContactChanges;
            }
        } else if (const auto it = plan->m_contactMatches.constFind(relation.contactRow);
                   it != plan->m_contactMatches.cend()) {
            contact = it.value();
            f.flags |= plan->m_facts[size_t(relation.contactRow) - 1].flags & ContactChanges;
        }
        // An account without a name of its own (an individual named after its contact) is the
        // stored one of that name the contact already belongs to.
        if (!account && contact && r == relation.accountRow && row.accountKey.isEmpty() &&
            contact->kind != StoreMatch::Kind::Imported) {
            const QString name = core::effectiveAccountName(row.account, context.nameFormat);
            const std::optional<qint64> contactRid = matcher.contactRid(contact->id);
            if (const std::optional<StoreMatcher::Found> found =
                    contactRid ? matcher.accountOfContactNamed(*contactRid, name) : std::nullopt) {
                account = &plan->m_accountMatches
                               .insert(r, {found->id, found->name, StoreMatch::Kind::Name,
                                           matcher.isUnsynced(found->id, {})})
                               .value();
            }
        }
        if (contact) {
            plan->m_contactMatches.insert(r, *contact);
            if (account) {
                const std::optional<qint64> a = matcher.accountRid(account->id);
                const std::optional<qint64> c = matcher.contactRid(contact->id);
                if (a && c && matcher.linked(*a, *c))
                    f.flags |= LinkedToAccountMatch;
            }
        }
        if (account && account->kind == StoreMatch::Kind::Name &&
            accountChanges(account->id, row.account)) {
            plan->m_facts[size_t(relation.accountRow) - 1].flags |= AccountChanges;
        }
        if (plan->m_cache)
            plan->m_cache->append(row);
    };

    InterpretPipeline pipeline(*plan->m_interpreter, *opened.source, options.threads);
    while (std::vector<core::InterpretedRow>* rows = pipeline.next()) {
        if (cancelled())
            return fail("cancelled"_L1, tr("Cancelled."));
        if (options.progress)
            options.progress(opened.source->bytesRead(), total);
        for (core::InterpretedRow& row : *rows)
            handle(row);
    }
    if (opened.source->error()) {
        plan->m_readError = opened.source->error();
        // The row where reading stopped (a quote never closed swallows the rest of the file)
        // is a row with an error, its issue the read error.
        const qint64 r = plan->m_readError->row;
        if (r > plan->lastRow() && r <= std::numeric_limits<qint32>::max()) {
            plan->m_facts.resize(size_t(r));
            plan->m_facts.back().status = Error;
        }
    }
    if (const core::CsvReader* csv = opened.csv())
        plan->m_dialect = csv->dialect(); // the encoding can be decided late (CsvReader::open)
    if (plan->m_cache && !plan->m_cache->finish())
        return fail("temporary_file"_L1, tr("There is no room for the import's temporary file."));
    if (options.progress)
        options.progress(total, total);
    plan->relabel();
    return plan;
}

const core::RowIssues& ImportPlan::mappingIssues() const
{
    return m_interpreter->mappingIssues();
}

void ImportPlan::setChoices(const DuplicateChoices& choices)
{
    if (choices == m_settings.choices)
        return;
    m_settings.choices = choices;
    relabel();
}

ImportPlan::AccountDecision ImportPlan::accountDecision(qint64 accountRow) const
{
    const StoreMatch* match = accountMatch(accountRow);
    if (!match)
        return AccountDecision::New;
    if (match->kind == StoreMatch::Kind::Imported)
        return AccountDecision::AlreadyImported;
    switch (m_settings.choices.accounts) {
    case DuplicateChoice::Skip:
        return AccountDecision::SkipExisting;
    case DuplicateChoice::Update:
        return AccountDecision::UpdateExisting;
    case DuplicateChoice::Create:
        break;
    }
    return AccountDecision::New;
}

const StoreMatch* ImportPlan::accountMatch(qint64 accountRow) const
{
    const auto it = m_accountMatches.constFind(qint32(accountRow));
    return it == m_accountMatches.cend() ? nullptr : &it.value();
}

const StoreMatch* ImportPlan::contactMatch(qint64 row) const
{
    const auto it = m_contactMatches.constFind(qint32(row));
    if (it == m_contactMatches.cend())
        return nullptr;
    if (it->kind != StoreMatch::Kind::Imported &&
        m_settings.choices.contacts == DuplicateChoice::Create) {
        return nullptr;
    }
    return &it.value();
}

bool ImportPlan::contactChanges(qint64 row) const
{
    return row >= 1 && size_t(row) <= m_facts.size() &&
           (m_facts[size_t(row) - 1].flags & ContactChanges);
}

bool ImportPlan::linkedToAccountMatch(qint64 row) const
{
    return row >= 1 && size_t(row) <= m_facts.size() &&
           (m_facts[size_t(row) - 1].flags & LinkedToAccountMatch);
}

void ImportPlan::relabel()
{
    m_counts = {};
    m_accountDuplicates = 0;
    m_contactDuplicates = 0;
    m_labels.assign(m_facts.size(), RowLabel::None);
    QSet<qint32> resolved; // contacts (by first row) an earlier row created, linked or updated
    for (size_t i = 0; i < m_facts.size(); ++i) {
        const Facts& f = m_facts[i];
        const auto r = qint32(i + 1);
        RowLabel label = RowLabel::None;
        switch (f.status) {
        case NotARow:
            continue;
        case Empty:
        case FileDuplicate:
            label = RowLabel::Skip;
            break;
        case Error:
            label = RowLabel::Error;
            break;
        case Ok: {
            const StoreMatch* account = accountMatch(f.accountRow);
            const auto storedContact = m_contactMatches.constFind(r);
            if (r == f.accountRow && account && account->kind == StoreMatch::Kind::Name)
                ++m_accountDuplicates;
            if (r == f.contactRow && storedContact != m_contactMatches.cend() &&
                storedContact->kind != StoreMatch::Kind::Imported) {
                ++m_contactDuplicates;
            }
            const AccountDecision decision = accountDecision(f.accountRow);
            if (decision == AccountDecision::AlreadyImported ||
                decision == AccountDecision::SkipExisting) {
                label = RowLabel::Skip;
                break;
            }
            const bool accountUpdate = r == f.accountRow &&
                                       decision == AccountDecision::UpdateExisting &&
                                       (m_facts[size_t(f.accountRow) - 1].flags & AccountChanges);
            m_counts.accountsCreate += r == f.accountRow && decision == AccountDecision::New;
            m_counts.update += accountUpdate;
            const bool first = !resolved.contains(f.contactRow);
            resolved.insert(f.contactRow);
            if (const StoreMatch* contact = contactMatch(r)) {
                const bool linked =
                    decision == AccountDecision::UpdateExisting && (f.flags & LinkedToAccountMatch);
                if (first && contact->kind != StoreMatch::Kind::Imported &&
                    m_settings.choices.contacts == DuplicateChoice::Update &&
                    (f.flags & ContactChanges)) {
                    label = RowLabel::Update;
                    ++m_counts.update;
                } else {
                    label = linked ? RowLabel::Skip : RowLabel::Link;
                }
            } else {
                label = first ? RowLabel::Create : RowLabel::Link;
            }
            if (label == RowLabel::Skip && accountUpdate)
                label = RowLabel::Update; // the account is the row's change (counted above)
            break;
        }
        }
        m_labels[i] = label;
        ++m_counts.rows;
        switch (label) {
        case RowLabel::Create:
            ++m_counts.contactsCreate;
            break;
        case RowLabel::Link:
            ++m_counts.link;
            break;
        case RowLabel::Skip:
            ++m_counts.skip;
            break;
        case RowLabel::Error:
            ++m_counts.errorRows;
            break;
        case RowLabel::Update:
        case RowLabel::None:
            break;
        }
    }
}

RowLabel ImportPlan::label(qint64 row) const
{
    return row >= 1 && size_t(row) <= m_labels.size() ? m_labels[size_t(row) - 1] : RowLabel::None;
}

std::optional<RowDetail> ImportPlan::detail(qint64 row) const
{
    const auto it = m_details.constFind(qint32(row));
    return it == m_details.cend() ? std::nullopt : std::optional(it.value());
}

QList<qint64> ImportPlan::rowsLabelled(RowLabel label, qsizetype limit) const
{
    QList<qint64> out;
    for (size_t i = 0; i < m_labels.size() && out.size() < limit; ++i) {
        if (m_labels[i] == label)
            out.append(qint64(i + 1));
    }
    return out;
}

core::RowIssues ImportPlan::allIssues() const
{
    core::RowIssues out;
    if (m_readError)
        out.append(*m_readError);
    out += mappingIssues();
    out += m_issues;
    return out;
}

RowOutcome ImportPlan::outcome(qint64 row) const
{
    return describe(row, label(row));
}

RowOutcome ImportPlan::describe(qint64 row, RowLabel label) const
{
    RowOutcome out;
    out.label = label;
    if (label == RowLabel::None)
        return out;
    const Facts& f = m_facts[size_t(row) - 1];
    const StoreMatch* account = f.status == Ok ? accountMatch(f.accountRow) : nullptr;
    const auto storedContact = m_contactMatches.constFind(qint32(row));
    const StoreMatch* contact =
        storedContact == m_contactMatches.cend() ? nullptr : &storedContact.value();
    const QString draftNote = tr(" It has changes that are not synchronised yet.");
    auto set = [&](const QString& code, const QString& field, const QString& reason) {
        out.code = code;
        out.field = field;
        out.reason = reason;
    };
    auto contactField = [&] {
        return contact && contact->kind == StoreMatch::Kind::Email ? u"email"_s : u"last_name"_s;
    };
    auto sameBecause = [&] {
        switch (contact ? contact->kind : StoreMatch::Kind::Imported) {
        case StoreMatch::Kind::Email:
            return tr("same email address");
        case StoreMatch::Kind::NameAndPhone:
            return tr("same name and phone number");
        case StoreMatch::Kind::NameInAccount:
            return tr("same name on this account");
        default:
            return QString();
        }
    };
    switch (label) {
    case RowLabel::Error: {
        const auto it =
            std::lower_bound(m_issues.cbegin(), m_issues.cend(), row,
                             [](const core::RowIssue& issue, qint64 r) { return issue.row < r; });
        if (it != m_issues.cend() && it->row == row && !it->header.isEmpty())
            set(it->code(), it->field, u"%1: %2"_s.arg(it->header, it->message()));
        else if (it != m_issues.cend() && it->row == row)
            set(it->code(), it->field, it->message());
        else if (m_readError && m_readError->row == row)
            set(m_readError->code(), m_readError->field, m_readError->message());
        else
            set(u"invalid"_s, {}, tr("The row has errors."));
        break;
    }
    case RowLabel::Skip:
        if (f.status == Empty) {
            set(u"empty_row"_s, {}, tr("The row has no values in the mapped columns."));
        } else if (f.status == FileDuplicate) {
            set(u"duplicate_in_file"_s, u"email"_s,
                tr("Row %1 has the same contact for this account.").arg(f.contactRow));
        } else if (account && account->kind == StoreMatch::Kind::Imported) {
            set(u"already_imported"_s, {}, tr("Imported from this file before."));
        } else if (accountDecision(f.accountRow) == AccountDecision::SkipExisting) {
            set(u"duplicate_account"_s, u"account_name"_s,
                tr("An account named “%1” exists already.").arg(account->name) +
                    (account->unsynced ? draftNote : QString()));
        } else {
            set(u"already_linked"_s, contactField(),
                tr("“%1” is a contact of this account already.")
                    .arg(contact ? contact->name : QString()));
        }
        break;
    case RowLabel::Update:
        if (contactMatch(row) && m_settings.choices.contacts == DuplicateChoice::Update &&
            (f.flags & ContactChanges) && row == f.contactRow) {
            set(u"update_contact"_s, contactField(),
                tr("Updates the existing contact “%1” (%2).").arg(contact->name, sameBecause()) +
                    (contact->unsynced ? draftNote : QString()));
        } else {
            set(u"update_account"_s, u"account_name"_s,
                tr("Updates the existing account “%1”.").arg(account ? account->name : QString()) +
                    (account && account->unsynced ? draftNote : QString()));
        }
        break;
    case RowLabel::Link:
        if (const StoreMatch* used = contactMatch(row);
            used && used->kind != StoreMatch::Kind::Imported) {
            set(u"duplicate_contact"_s, contactField(),
                tr("Links the existing contact “%1” (%2).").arg(used->name, sameBecause()) +
                    (used->unsynced ? draftNote : QString()));
        } else if (f.contactRow != row) {
            set(u"linked_in_file"_s, {}, tr("Links the contact of row %1.").arg(f.contactRow));
        } else {
            set(u"linked_imported"_s, {}, tr("Links the contact imported before."));
        }
        break;
    case RowLabel::Create:
        if (contact && contact->kind != StoreMatch::Kind::Imported) {
            set(u"create_duplicate"_s, contactField(),
                tr("Creates a new contact although “%1” exists (%2).")
                    .arg(contact->name, sameBecause()));
        } else if (accountDecision(f.accountRow) == AccountDecision::UpdateExisting) {
            set(u"create_contact"_s, {},
                tr("Adds a new contact to the existing account “%1”.").arg(account->name));
        } else if (f.accountRow == row) {
            set(u"create_account"_s, {},
                account ? tr("Creates a new account although “%1” exists.").arg(account->name)
                        : tr("Creates the account with this contact."));
        } else {
            set(u"create_contact"_s, {},
                tr("Adds a new contact to the account of row %1.").arg(f.accountRow));
        }
        break;
    case RowLabel::None:
        break;
    }
    return out;
}

} // namespace kontor::app
