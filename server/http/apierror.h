#pragma once

#include "httpmessage.h"

#include "core/violation.h"

class QTranslator;

namespace kontor::server::http {

/// An error answer in the JSON envelope `{"error": {"code", "message", "fields": [...]}}`.
/// Handlers throw it (it never leaves the handler thread: the dispatcher turns it into a
/// Response); code that is not a handler returns it as a value. Messages are English source
/// texts marked with QT_TRANSLATE_NOOP("Server", …) and rendered in the request's language.
struct ApiError {
    int status = 400;
    QString code;
    const char* message = nullptr;
    QStringList args;
    core::Violations fields;
    QList<std::pair<QByteArray, QByteArray>> headers;

    ApiError(int status, QString code, const char* message, QStringList args = {});
    ApiError& withFields(core::Violations violations);
    ApiError& withHeader(QByteArray name, QByteArray value);

    static ApiError badRequest(const QString& code, const char* message, QStringList args = {});
    static ApiError unauthorized();
    static ApiError forbidden();
    static ApiError notFound();
    static ApiError conflict(const QString& code, const char* message);
    /// 422 with every field error; when the errors are about the body as a whole (bad UTF-8,
    /// malformed or too deeply nested JSON, not an object) a 400 with that error's code instead.
    static ApiError invalid(const core::Violations& violations);
    static ApiError internal();
};

/// The translator for an Accept-Language header ("de" → German; otherwise English: null).
const QTranslator* translatorFor(const QByteArray& acceptLanguage);

/// The English source text in the request's language, %1… filled in.
QString renderMessage(const char* sourceText, const QStringList& args,
                      const QTranslator* translator);

Response toResponse(const ApiError& error, const QByteArray& acceptLanguage);

} // namespace kontor::server::http
