#include "violation.h"

#include <QCoreApplication>
#include <QTranslator>

namespace kontor::core {

namespace {
// Replaces %1…%9 in one pass, so an argument that itself contains "%2" stays as it is.
QString fillArgs(const QString& text, const QStringList& args)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'%' && i + 1 < text.size()) {
            const int n = text.at(i + 1).digitValue();
            if (n >= 1 && n <= args.size()) {
                out += args.at(n - 1);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}
} // namespace

Violation::Violation(QString path, QLatin1StringView code, const char* sourceText, QStringList args)
    : m_path(std::move(path))
    , m_code(code)
    , m_sourceText(sourceText)
    , m_args(std::move(args))
{
}

Violation Violation::received(QString path, QString code, QString message)
{
    Violation v;
    v.m_path = std::move(path);
    v.m_code = std::move(code);
    v.m_renderedMessage = std::move(message);
    return v;
}

QString Violation::message() const
{
    if (!m_sourceText)
        return m_renderedMessage;
    return fillArgs(QCoreApplication::translate("Validation", m_sourceText), m_args);
}

QString Violation::message(const QTranslator* translator) const
{
    if (!m_sourceText)
        return m_renderedMessage;
    QString text;
    if (translator)
        text = translator->translate("Validation", m_sourceText);
    if (text.isEmpty())
        text = QString::fromUtf8(m_sourceText);
    return fillArgs(text, m_args);
}

Violation Violation::prefixed(const QString& prefix) const
{
    Violation v = *this;
    v.m_path = joinPath(prefix, m_path);
    return v;
}

Violation wrongType(const QString& path, ExpectedType expected)
{
    const char* text = nullptr;
    switch (expected) {
    case ExpectedType::Text:
        text = QT_TRANSLATE_NOOP("Validation", "Expected a text here.");
        break;
    case ExpectedType::Number:
        text = QT_TRANSLATE_NOOP("Validation", "Expected a number here.");
        break;
    case ExpectedType::Boolean:
        text = QT_TRANSLATE_NOOP("Validation", "Expected true or false here.");
        break;
    case ExpectedType::List:
        text = QT_TRANSLATE_NOOP("Validation", "Expected a list here.");
        break;
    case ExpectedType::Object:
        text = QT_TRANSLATE_NOOP("Validation", "Expected an object here.");
        break;
    case ExpectedType::Id:
        text = QT_TRANSLATE_NOOP("Validation", "Expected an id (UUID) here.");
        break;
    }
    return Violation(path, code::wrongType, text);
}

QString toWireId(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString joinPath(const QString& parent, const QString& key)
{
    if (parent.isEmpty())
        return key;
    if (key.isEmpty())
        return parent;
    if (key.startsWith(u'['))
        return parent + key;
    return parent + u'.' + key;
}

QString indexPath(const QString& parent, qsizetype index)
{
    return parent + u'[' + QString::number(index) + u']';
}

} // namespace kontor::core
