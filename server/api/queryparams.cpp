#include "queryparams.h"

#include "http/apierror.h"

using namespace Qt::StringLiterals;

namespace kontor::server::api {

void throwInvalidParameter(const QString& key)
{
    throw http::ApiError::badRequest(u"invalid_parameter"_s,
                                     QT_TRANSLATE_NOOP("Server", "The parameter “%1” has a value "
                                                                 "Kontor does not understand."),
                                     {key});
}

int pageLimit(const http::Request& request, int fallback, int max)
{
    const QString text = request.queryValue(u"limit"_s);
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const int limit = text.toInt(&ok);
    if (!ok || limit < 1 || limit > max)
        throwInvalidParameter(u"limit"_s);
    return limit;
}

} // namespace kontor::server::api
