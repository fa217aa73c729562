#include "apierror.h"

#include "core/translations.h"
#include "core/wireformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTranslator>

#include <mutex>

using namespace Qt::StringLiterals;

namespace kontor::server::http {

ApiError::ApiError(int status_, QString code_, const char* message_, QStringList args_)
    : status(status_)
    , code(std::move(code_))
    , message(message_)
    , args(std::move(args_))
{
}

ApiError& ApiError::withFields(core::Violations violations)
{
    fields = std::move(violations);
    return *this;
}

ApiError& ApiError::withHeader(QByteArray name, QByteArray value)
{
    headers.append({std::move(name), std::move(value)});
    return *this;
}

ApiError ApiError::badRequest(const QString& code, const char* message, QStringList args)
{
    return ApiError(400, code, message, std::move(args));
}

ApiError ApiError::unauthorized()
{
    return ApiError(401, u"unauthorized"_s,
                    QT_TRANSLATE_NOOP("Server", "Sign in first: the access token is missing, "
                                                "invalid, expired or revoked."))
        .withHeader("WWW-Authenticate", "Bearer");
}

ApiError ApiError::forbidden()
{
    return ApiError(403, u"forbidden"_s,
                    QT_TRANSLATE_NOOP("Server", "You do not have permission to do this."));
}

ApiError ApiError::notFound()
{
    return ApiError(404, u"not_found"_s, QT_TRANSLATE_NOOP("Server", "Not found."));
}

ApiError ApiError::conflict(const QString& code, const char* message)
{
    return ApiError(409, code, message);
}

ApiError ApiError::invalid(const core::Violations& violations)
{
    for (const core::Violation& v : violations) {
        if (v.path().isEmpty() &&
            (v.code() == core::code::invalidUtf8 || v.code() == core::code::malformedJson ||
             v.code() == core::code::tooDeep || v.code() == core::code::wrongType)) {
            return ApiError(400, v.code() == core::code::wrongType ? u"not_an_object"_s : v.code(),
                            QT_TRANSLATE_NOOP("Server", "The request body is not a JSON object "
                                                        "Kontor can read."))
                .withFields({v});
        }
    }
    return ApiError(422, u"validation_failed"_s,
                    QT_TRANSLATE_NOOP("Server", "Some fields are not valid."))
        .withFields(violations);
}

ApiError ApiError::internal()
{
    return ApiError(500, u"internal_error"_s,
                    QT_TRANSLATE_NOOP("Server", "Something went wrong on the server. Please try "
                                                "again; if it keeps happening, tell your "
                                                "administrator the request id."));
}

const QTranslator* translatorFor(const QByteArray& acceptLanguage)
{
    // Loaded once; QTranslator::translate is const and safe to call from many threads.
    static QTranslator* german = [] {
        auto* t = new QTranslator;
        if (!core::loadKontorTranslation(*t, u"de"_s)) {
            delete t;
            return static_cast<QTranslator*>(nullptr);
        }
        return t;
    }();
    const QByteArray lang = acceptLanguage.trimmed().left(2).toLower();
    return lang == "de" ? german : nullptr;
}

QString renderMessage(const char* sourceText, const QStringList& args,
                      const QTranslator* translator)
{
    QString text;
    if (translator)
        text = translator->translate("Server", sourceText);
    if (text.isEmpty())
        text = QString::fromUtf8(sourceText);
    for (qsizetype i = 0; i < args.size(); ++i)
        text.replace(u'%' + QString::number(i + 1), args.at(i));
    return text;
}

Response toResponse(const ApiError& error, const QByteArray& acceptLanguage)
{
    const QTranslator* translator = translatorFor(acceptLanguage);
    QJsonObject body{{u"code"_s, error.code},
                     {u"message"_s, renderMessage(error.message, error.args, translator)},
                     {u"fields"_s, core::toJson(error.fields, translator)}};
    Response r = Response::json(error.status, QJsonObject{{u"error"_s, body}});
    r.headers = error.headers;
    return r;
}

} // namespace kontor::server::http
