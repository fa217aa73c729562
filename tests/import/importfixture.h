#pragma once

// Shared by the tests of the import's planning, run and undo (app/import): a local store with
// a firm's reference data (tests/app/storefixture.h), import files written on the fly, and
// short forms of planning and running.

#include "../app/storefixture.h"

#include "app/import/importrunner.h"

#include <QFile>

namespace kontor::test {

/// Writes @p text (UTF-8, CRLF line ends) to @p name in @p dir; its path.
inline QString writeImportFile(const QTemporaryDir& dir, const QString& name, const QString& text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QString(text).replace(u"\n"_s, u"\r\n"_s).toUtf8());
    return path;
}

inline std::unique_ptr<app::ImportPlan>
planImport(app::LocalStore& store, const QString& path, app::DuplicateChoices choices = {},
           int batchRows = 500, core::RecordIds newIds = core::RecordIds::Sequential)
{
    app::ImportSettings settings;
    settings.filePath = path;
    settings.choices = choices;
    settings.batchRows = batchRows;
    app::PlanOptions options;
    options.detailRows = 1000;
    options.recordIds = newIds;
    QString error;
    std::unique_ptr<app::ImportPlan> plan =
        app::ImportPlan::make(store.database(), settings, options, &error);
    if (!plan)
        qWarning("planning failed: %s", qPrintable(error));
    return plan;
}

/// Runs @p plan and announces its batches through @p store, as the wizard's job does.
inline app::ImportResult runImport(app::LocalStore& store, const app::ImportPlan& plan,
                                   app::ImportCallbacks callbacks = {})
{
    auto committed = callbacks.committed;
    callbacks.committed = [&store, committed](const app::StoreChanges& changes) {
        store.notifyExternalChanges(changes);
        if (committed)
            committed(changes);
    };
    return app::importrun::run(store.database(), plan, callbacks);
}

/// Leaves the outbox operation @p opId as the server's refusal would: a sync issue whose error
/// is about the batch's first item.
inline bool refuseOperation(app::LocalStore& store, const QUuid& opId)
{
    core::OperationResult refusal{opId, core::OperationStatus::Rejected, {}, {}};
    refusal.errors.append(core::Violation(u"items[0].payload.tags[0]"_s, "unknown_tag"_L1,
                                          QT_TRANSLATE_NOOP("Validation", "Unknown tag.")));
    app::StoreTransaction tx(store.database());
    return tx.writer().moveToSyncIssues(opId, refusal) && tx.commit();
}

inline QList<app::RowLabel> labels(const app::ImportPlan& plan)
{
    QList<app::RowLabel> out;
    for (qint64 row = 1; row <= plan.lastRow(); ++row)
        out.append(plan.label(row));
    return out;
}

} // namespace kontor::test
