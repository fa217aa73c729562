#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

class QTranslator;

namespace kontor::core {

/// Stable machine-readable codes of rule violations. They are part of the wire format.
namespace code {
inline constexpr QLatin1StringView required{"required"};
inline constexpr QLatin1StringView tooLong{"too_long"};
inline constexpr QLatin1StringView forbiddenCharacter{"forbidden_character"};
inline constexpr QLatin1StringView reservedName{"reserved_name"};
inline constexpr QLatin1StringView trailingDotOrSpace{"trailing_dot_or_space"};
inline constexpr QLatin1StringView notAllowed{"not_allowed"};
inline constexpr QLatin1StringView invalidEmail{"invalid_email"};
inline constexpr QLatin1StringView invalidPhone{"invalid_phone"};
inline constexpr QLatin1StringView invalidUrl{"invalid_url"};
inline constexpr QLatin1StringView invalidDate{"invalid_date"};
inline constexpr QLatin1StringView invalidOption{"invalid_option"};
inline constexpr QLatin1StringView invalidValue{"invalid_value"};
inline constexpr QLatin1StringView invalidId{"invalid_id"};
inline constexpr QLatin1StringView multiplePrimary{"multiple_primary"};
inline constexpr QLatin1StringView loginRequiresEmail{"login_requires_email"};
inline constexpr QLatin1StringView duplicate{"duplicate"};
inline constexpr QLatin1StringView unknownField{"unknown_field"};
inline constexpr QLatin1StringView notFound{"not_found"};
inline constexpr QLatin1StringView tooMany{"too_many"};
inline constexpr QLatin1StringView wrongType{"wrong_type"};
inline constexpr QLatin1StringView malformedJson{"malformed_json"};
inline constexpr QLatin1StringView invalidUtf8{"invalid_utf8"};
inline constexpr QLatin1StringView tooDeep{"too_deep"};
} // namespace code

/// One broken rule: where (a field path such as `contacts[1].last_name`), which rule (a stable
/// code) and a message for people. Messages made by core keep their English source text and
/// arguments, so they can be rendered in any installed language at the moment they are shown.
class Violation {
public:
    Violation() = default;
    /// A violation found here; @p sourceText is marked with QT_TRANSLATE_NOOP("Validation", …).
    Violation(QString path, QLatin1StringView code, const char* sourceText, QStringList args = {});
    /// A violation received from elsewhere (the server), with its message already rendered.
    static Violation received(QString path, QString code, QString message);

    const QString& path() const { return m_path; }
    const QString& code() const { return m_code; }
    /// The message in the language of the application's installed translators.
    QString message() const;
    /// The message in the language of @p translator (English when it is null).
    QString message(const QTranslator* translator) const;

    /// Path of a nested field: prefixed("contacts[0]") turns "email" into "contacts[0].email".
    Violation prefixed(const QString& prefix) const;

    friend bool operator==(const Violation& a, const Violation& b)
    {
        return a.m_path == b.m_path && a.m_code == b.m_code && a.message() == b.message();
    }

private:
    QString m_path;
    QString m_code;
    const char* m_sourceText = nullptr;
    QStringList m_args;
    QString m_renderedMessage;
};

using Violations = QList<Violation>;

/// What a JSON value should have been, for `wrong_type` violations.
enum class ExpectedType { Text, Number, Boolean, List, Object, Id };
/// A `wrong_type` violation: "Expected a number here."
Violation wrongType(const QString& path, ExpectedType expected);

/// Joins a parent path and a child key: joinPath("contacts[0]", "email").
QString joinPath(const QString& parent, const QString& key);
/// Path of an array element: indexPath("contacts", 1) is "contacts[1]".
QString indexPath(const QString& parent, qsizetype index);

/// The wire form of an id: lower-case UUID without braces.
QString toWireId(const QUuid& id);

} // namespace kontor::core
