#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

#include <functional>

namespace kontor::ui {

struct ClientServices;

/// Writes accounts to a CSV file as core::AccountListCsvWriter lays them out (R-BULK-1's way
/// back out: one row per contact, headers in the application's language, cells that look like
/// formulas neutralised). The file appears whole or not at all (QSaveFile): a cancel or a
/// failure leaves an existing file as it was.
class AccountListExport {
    Q_DECLARE_TR_FUNCTIONS(AccountListExport)
public:
    enum class Status { Written, Cancelled, Failed };
    struct Result {
        Status status = Status::Failed;
        int accounts = 0; ///< accounts written
        QString error;    ///< German, plain; set when Failed
    };
    /// Called after each account with the number done; false cancels.
    using Progress = std::function<bool(int done)>;

    static Result write(const QString& path, const QList<QUuid>& accountIds,
                        const ClientServices& services, const Progress& progress = {});
};

} // namespace kontor::ui
