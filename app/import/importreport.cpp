#include "importreport.h"

#include "core/import/csvwriter.h"
#include "core/wireformat.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kontor::app {

QJsonObject ImportReport::plan(const ImportPlan& plan)
{
    QJsonObject o = toJson(plan.counts());
    o.insert(u"import_id"_s, core::toWireId(plan.importId()));
    o.insert(u"file"_s, plan.settings().filePath);
    o.insert(u"status"_s, u"planned"_s);
    o.insert(u"duplicates"_s, QJsonObject{{u"accounts"_s, plan.accountDuplicates()},
                                          {u"contacts"_s, plan.contactDuplicates()}});
    QJsonArray errors;
    for (const core::RowIssue& issue : plan.allIssues())
        errors.append(core::toJson(issue));
    o.insert(u"errors"_s, errors);
    o.insert(u"errors_truncated"_s, plan.issuesTruncated());
    return o;
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
