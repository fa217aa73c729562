#include "accountlistexport.h"

#include "clientservices.h"

#include "core/import/csvwriter.h"

#include <QSaveFile>

namespace kontor::ui {

AccountListExport::Result AccountListExport::write(const QString& path,
                                                   const QList<QUuid>& accountIds,
                                                   const ClientServices& services,
                                                   const Progress& progress)
{
    Result result;
    QSaveFile file(path);
    const auto failed = [&](const QString& why) {
        file.cancelWriting();
        result.status = Status::Failed;
        result.error = tr("The list could not be saved as “%1”: %2").arg(path, why);
        return result;
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());

    const ReferenceData reference = services.referenceData();
    core::ImportContext context;
    context.nameFormat = reference.nameFormat;
    context.customFields = reference.customFields;
    context.teamMembers = reference.teamMembers;
    core::AccountListCsvWriter writer(&file, context);
    if (!writer.writeHeader())
        return failed(writer.errorString());
    int done = 0;
    for (const QUuid& id : accountIds) {
        // An account deleted meanwhile (by sync) is left out rather than failing the export.
        if (const std::optional<core::Account> account = services.loadAccount(id)) {
            if (!writer.writeAccount(*account))
                return failed(writer.errorString());
            ++result.accounts;
        }
        if (progress && !progress(++done)) {
            file.cancelWriting();
            result.status = Status::Cancelled;
            return result;
        }
    }
    if (!file.commit())
        return failed(file.errorString());
    result.status = Status::Written;
    return result;
}

} // namespace kontor::ui
