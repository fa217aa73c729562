#include "router.h"

using namespace Qt::StringLiterals;

namespace kontor::server::http {

namespace {

bool isPlaceholder(const QString& segment)
{
    return segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}');
}

// Number of literal segments: the more, the more specific the route.
int literalCount(const QStringList& segments)
{
    return int(std::count_if(segments.begin(), segments.end(),
                             [](const QString& s) { return !isPlaceholder(s); }));
}

bool matches(const QStringList& pattern, const QStringList& path, QHash<QString, QString>* params)
{
    if (pattern.size() != path.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (isPlaceholder(pattern.at(i))) {
            if (path.at(i).isEmpty())
                return false;
            params->insert(pattern.at(i).mid(1, pattern.at(i).size() - 2), path.at(i));
        } else if (pattern.at(i) != path.at(i)) {
            return false;
        }
    }
    return true;
}

} // namespace

void Router::add(const QByteArray& method, const QString& pattern, Handler handler,
                 RouteOptions options)
{
    m_routes.append(
        Route{method, pattern, pattern.split(u'/'), std::move(handler), std::move(options)});
    // Most specific first, so a literal segment beats a placeholder in the same position.
    std::stable_sort(m_routes.begin(), m_routes.end(), [](const Route& a, const Route& b) {
        return literalCount(a.segments) > literalCount(b.segments);
    });
}

Router::Match Router::match(const QByteArray& method, const QString& path) const
{
    Match result;
    const QStringList segments = path.split(u'/');
    int matchedLiterals = -1;
    for (const Route& route : m_routes) {
        QHash<QString, QString> params;
        if (!matches(route.segments, segments, &params))
            continue;
        const int literals = literalCount(route.segments);
        if (matchedLiterals >= 0 && literals < matchedLiterals)
            break; // a more specific path exists: other methods of it are the ones allowed
        matchedLiterals = literals;
        if (route.method == method && !result.route) {
            result.route = &route;
            result.params = std::move(params);
        } else if (!result.allowedMethods.contains(route.method)) {
            result.allowedMethods.append(route.method);
        }
    }
    if (result.route)
        result.allowedMethods.clear();
    return result;
}

} // namespace kontor::server::http
