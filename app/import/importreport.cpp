#include "importreport.h"

#include "core/import/csvwriter.h"
#include "core/wireformat.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kontor::app {

namespace {

QJsonObject report(const QString& filePath, const ImportCounts& counts, QString status,
                   qint64 accountDuplicates, qint64 contactDuplicates,
                   const core::RowIssues& issues, bool truncated)
{
    QJsonObject o = toJson(counts);
    o.insert(u"file"_s, filePath);
    o.insert(u"status"_s, status);
    o.insert(u"duplicates"_s,
             QJsonObject{{u"accounts"_s, accountDuplicates}, {u"contacts"_s, contactDuplicates}});
    QJsonArray errors;
    for (const core::RowIssue& issue : issues)
        errors.append(core::toJson(issue));
    o.insert(u"errors"_s, errors);
    o.insert(u"errors_truncated"_s, truncated);
    return o;
}

} // namespace

QJsonObject ImportReport::plan(const ImportPlan& plan)
{
    QJsonObject o =
        report(plan.settings().filePath, plan.counts(), u"planned"_s, plan.accountDuplicates(),
               plan.contactDuplicates(), plan.allIssues(), plan.issuesTruncated());
    o.insert(u"import_id"_s, core::toWireId(plan.importId()));
    return o;
}

QJsonObject ImportReport::failure(const QString& filePath, const core::RowIssue& failure)
{
    return report(filePath, {}, toWireName(ImportStatus::Failed), 0, 0, {failure}, false);
}

QJsonObject ImportReport::result(const ImportPlan& plan, const ImportResult& result)
{
    QJsonObject o = ImportReport::plan(plan);
    const QJsonObject counts = toJson(result.counts);
    for (auto it = counts.begin(); it != counts.end(); ++it)
        o.insert(it.key(), it.value());
    o.insert(u"status"_s, toWireName(result.status));
    if (!result.error.isEmpty())
        o.insert(u"message"_s, result.error);
    return o;
}

bool ImportReport::writeErrorCsv(QIODevice* device, const ImportPlan& plan, QString* error)
{
    core::CsvWriter writer(device);
    bool ok = writer.writeRow(
        {tr("Row"), tr("Line in the file"), tr("Column"), tr("Field"), tr("Code"), tr("Message")});
    for (const core::RowIssue& issue : plan.allIssues()) {
        if (!ok)
            break;
        ok = writer.writeRow({QString::number(issue.row), QString::number(issue.line), issue.header,
                              issue.field, issue.code(), issue.message()});
    }
    if (!ok && error)
        *error = writer.errorString();
    return ok;
}

} // namespace kontor::app
