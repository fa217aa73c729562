#pragma once

#include "http/httpmessage.h"

namespace kontor::server::api {

/// `limit` between 1 and @p max, @p fallback when absent; a 400 ApiError otherwise.
int pageLimit(const http::Request& request, int fallback, int max);

/// An enumeration given by its wire name; nothing when absent, a 400 when unknown.
template <typename E, typename Parse>
std::optional<E> enumParam(const http::Request& request, const QString& key, Parse parse);

void throwInvalidParameter(const QString& key);

template <typename E, typename Parse>
std::optional<E> enumParam(const http::Request& request, const QString& key, Parse parse)
{
    const QString text = request.queryValue(key);
    if (text.isEmpty())
        return std::nullopt;
    const std::optional<E> value = parse(text);
    if (!value)
        throwInvalidParameter(key);
    return value;
}

} // namespace kontor::server::api
