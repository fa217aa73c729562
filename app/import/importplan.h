#pragma once

#include "importtables.h"
#include "plancache.h"

#include "core/import/accountassembler.h"
#include "core/import/importindex.h"
#include "core/import/importsource.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace kontor::app {

/// What a row of an import does (the preview's label).
enum class RowLabel : quint8 {
    None, ///< not a row (a blank line)
    Create,
    Update,
    Link,
    Skip,
    Error,
};
/// "create", "update", "link", "skip", "error".
QString toWireName(RowLabel label);

/// What to do with a record the file duplicates in the store ("Überspringen", "Aktualisieren",
/// "Trotzdem anlegen"). For contacts, Skip leaves the stored contact as it is but still links
/// it to the row's account where it is not linked yet.
enum class DuplicateChoice : quint8 { Skip, Update, Create };
QString toWireName(DuplicateChoice choice);
std::optional<DuplicateChoice> duplicateChoiceFromWireName(const QString& name);

/// The user's choice per kind of duplicate.
struct DuplicateChoices {
    DuplicateChoice accounts = DuplicateChoice::Skip; ///< an account of the same name exists
    DuplicateChoice contacts = DuplicateChoice::Skip; ///< same email, or same name and phone
    bool operator==(const DuplicateChoices&) const = default;
};

/// Everything that decides what an import does; saved with the import, so a resumed run
/// repeats it exactly.
struct ImportSettings {
    QString filePath;
    core::SourceFormat format = core::SourceFormat::Auto;
    std::optional<QChar> delimiter;
    std::optional<core::TextEncoding> encoding;
    std::optional<core::ImportMapping> mapping; ///< none: automatic (autoMap)
    DuplicateChoices choices;
    int batchRows = 2000; ///< rows per batch: one transaction, one outbox operation
};
QJsonObject toJson(const ImportSettings& settings);
ImportSettings importSettingsFromJson(const QJsonObject& object);

/// A row's label with its reason, for the preview and the report.
struct RowOutcome {
    RowLabel label = RowLabel::None;
    QString code;   ///< "duplicate_account", "already_imported", an issue's code…
    QString field;  ///< the field it is about ("email", "account_name"…)
    QString reason; ///< for people, in the application's language
};

/// What the preview shows of a row.
struct RowDetail {
    QString account;
    QString contact;
    QString email;
};

/// A record of the store that a row duplicates.
struct StoreMatch {
    enum class Kind : quint8 { Name, Email, NameAndPhone, NameInAccount, Imported };
    QUuid id;
    QString name;
    Kind kind = Kind::Name;
    bool unsynced = false; ///< it has changes not yet on the server (a draft)
};

/// How planning reports progress and learns it should stop.
struct PlanOptions {
    /// Rows whose RowDetail the plan keeps for the preview (the first ones of the file); when
    /// not 0, the rows with issues kept (maxIssues) have theirs too.
    qsizetype detailRows = 0;
    /// Row issues kept in full (they are counted beyond).
    qsizetype maxIssues = 100'000;
    /// Keep the interpreted rows for the run (PlanCache); off for a dry run.
    bool keepRows = true;
    QString cacheDirectory;
    /// Threads that interpret rows (0: one per processor).
    int threads = 0;
    /// The ids of a new import's records; an import run before keeps the ids it began with.
    core::RecordIds recordIds = core::RecordIds::Sequential;
    std::function<void(qint64 bytesRead, qint64 bytesTotal)> progress;
    const std::atomic_bool* cancel = nullptr;
};

/// The first pass of an import (R-BULK-1): every row of the file read, interpreted, grouped
/// into accounts (core's ImportIndex: duplicates within the file) and compared with the local
/// store (duplicates of stored accounts, contacts and unsynced changes), then labelled for the
/// duplicate choices. Changing the choices relabels without reading the file again. Memory
/// is a few bytes per row plus the index; the interpreted rows wait on disk (PlanCache).
class ImportPlan {
    Q_DECLARE_TR_FUNCTIONS(kontor::app::ImportPlan)

public:
    enum class AccountDecision { New, AlreadyImported, SkipExisting, UpdateExisting };

    /// Reads @p settings.filePath and plans against @p db. Null with @p error (translated)
    /// when the file cannot be opened or read at all, or planning was cancelled; @p failure
    /// gets the same as an issue of the file (row 0) with a stable code: the reader's
    /// ("empty_file", "too_many_columns"…), "file_unreadable", "temporary_file" or
    /// "cancelled".
    static std::unique_ptr<ImportPlan> make(Database& db, const ImportSettings& settings,
                                            const PlanOptions& options, QString* error,
                                            core::RowIssue* failure = nullptr);
    ~ImportPlan();

    /// Derived from the file's content and the mapping: the same file imported with the same
    /// mapping is the same import (its records get the same ids).
    const QUuid& importId() const { return m_importId; }
    /// How the ids of its records are made (importRecordId).
    core::RecordIds recordIds() const { return m_recordIds; }
    QUuid recordId(QStringView kind, qint64 row) const
    {
        return core::importRecordId(m_importId, kind, row, m_recordIds);
    }
    const QString& fileHash() const { return m_fileHash; }
    /// The settings with the mapping actually used.
    const ImportSettings& settings() const { return m_settings; }
    core::SourceFormat format() const { return m_format; }
    const core::CsvDialect& dialect() const { return m_dialect; }
    const QStringList& columns() const { return m_columns; }
    /// The problem that stopped reading part-way (the rows before it are planned).
    const std::optional<core::RowIssue>& readError() const { return m_readError; }
    /// Problems of the mapping: with them no row can be imported.
    const core::RowIssues& mappingIssues() const;

    void setChoices(const DuplicateChoices& choices);
    const DuplicateChoices& choices() const { return m_settings.choices; }
    /// Counts for the current choices.
    const ImportCounts& counts() const { return m_counts; }
    /// Accounts (file accounts) whose name an existing account has; contacts (rows) matching a
    /// stored contact. The duplicate choices apply to these.
    qint64 accountDuplicates() const { return m_accountDuplicates; }
    qint64 contactDuplicates() const { return m_contactDuplicates; }

    /// The highest row number (blank lines in between counted).
    qint64 lastRow() const { return qint64(m_facts.size()); }
    RowLabel label(qint64 row) const;
    RowOutcome outcome(qint64 row) const;
    std::optional<RowDetail> detail(qint64 row) const;
    /// Rows with @p label in file order, at most @p limit.
    QList<qint64> rowsLabelled(RowLabel label, qsizetype limit) const;
    /// Every row issue (reader, rules, conflicts within the file), in row order; at most
    /// PlanOptions::maxIssues of them (issuesTruncated()).
    const core::RowIssues& issues() const { return m_issues; }
    bool issuesTruncated() const { return m_issuesTruncated; }
    /// The issues for the report: the read error and the mapping's first, then the rows'.
    core::RowIssues allIssues() const;

    // For the run.
    const core::ImportIndex& index() const { return *m_index; }
    const PlanCache* cache() const { return m_cache.get(); }
    AccountDecision accountDecision(qint64 accountRow) const;
    const StoreMatch* accountMatch(qint64 accountRow) const;
    /// The stored contact the row's contact is, when the choices use it (not "create anyway").
    const StoreMatch* contactMatch(qint64 row) const;
    /// Updating the matched contact would change it.
    bool contactChanges(qint64 row) const;
    /// The row's stored contact is a contact of the row's stored account already.
    bool linkedToAccountMatch(qint64 row) const;

private:
    ImportPlan();
    /// What planning learnt about one row (12 bytes a row).
    struct Facts {
        qint32 accountRow = 0;
        qint32 contactRow = 0;
        quint8 status = 0;
        quint8 flags = 0;
    };
    void relabel();
    RowOutcome describe(qint64 row, RowLabel label) const;

    QUuid m_importId;
    core::RecordIds m_recordIds = core::RecordIds::Sequential;
    QString m_fileHash;
    ImportSettings m_settings;
    core::SourceFormat m_format = core::SourceFormat::Csv;
    core::CsvDialect m_dialect;
    QStringList m_columns;
    std::optional<core::RowIssue> m_readError;
    std::unique_ptr<core::RowInterpreter> m_interpreter;
    std::unique_ptr<core::ImportIndex> m_index;
    std::unique_ptr<PlanCache> m_cache;
    std::vector<Facts> m_facts; // by row - 1
    std::vector<RowLabel> m_labels;
    QHash<qint32, StoreMatch> m_accountMatches; // by the account's first row
    QHash<qint32, StoreMatch> m_contactMatches; // by row
    QHash<qint32, RowDetail> m_details;
    core::RowIssues m_issues;
    bool m_issuesTruncated = false;
    ImportCounts m_counts;
    qint64 m_accountDuplicates = 0;
    qint64 m_contactDuplicates = 0;
};

} // namespace kontor::app
