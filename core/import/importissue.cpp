#include "importissue.h"

using namespace Qt::StringLiterals;

namespace kontor::core {

QJsonObject toJson(const RowIssue& issue, const QTranslator* translator)
{
    return {{u"row"_s, issue.row},     {u"line"_s, issue.line},
            {u"field"_s, issue.field}, {u"column"_s, issue.header},
            {u"code"_s, issue.code()}, {u"message"_s, issue.violation.message(translator)}};
}

} // namespace kontor::core
