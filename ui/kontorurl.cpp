#include "kontorurl.h"

using namespace Qt::StringLiterals;

namespace kontor::ui {

std::optional<QUuid> accountIdFromUrl(const QUrl& url)
{
    if (!url.isValid() || url.scheme().compare(u"kontor"_s, Qt::CaseInsensitive) != 0 ||
        url.host().compare(u"account"_s, Qt::CaseInsensitive) != 0) {
        return std::nullopt;
    }
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (!path.startsWith(u'/') || path.indexOf(u'/', 1) >= 0)
        return std::nullopt;
    const QUuid id = QUuid::fromString(QStringView(path).mid(1));
    if (id.isNull())
        return std::nullopt;
    return id;
}

QUrl accountUrl(const QUuid& accountId)
{
    return QUrl(u"kontor://account/"_s + accountId.toString(QUuid::WithoutBraces));
}

} // namespace kontor::ui
