#include "emailaddress.h"

#include "textlimits.h"
#include "textrules.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace kontor::core {

namespace {

bool isAtext(QChar c)
{
    if (c.unicode() >= 0x80)
        return false;
    if (c.isLetterOrNumber())
        return true;
    return QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(c);
}

bool isValidAceLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
        return false;
    for (QChar c : label) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                        (c >= u'0' && c <= u'9') || c == u'-';
        if (!ok)
            return false;
    }
    return true;
}

Violation invalid(const QString& path, const char* text, QStringList args = {})
{
    return Violation(path, code::invalidEmail, text, std::move(args));
}

} // namespace

Violations checkEmail(const QString& value, const QString& path)
{
    if (value.isEmpty())
        return {};
    if (Violations v = checkSingleLineText(value, path, limits::email); !v.isEmpty())
        return v;
    const qsizetype at = value.lastIndexOf(u'@');
    if (at < 0 || value.count(u'@') != 1) {
        return {invalid(
            path, QT_TRANSLATE_NOOP("Validation", "An email address needs exactly one “@”."))};
    }
    const QString local = value.left(at);
    const QString domain = value.mid(at + 1);
    if (local.isEmpty() || local.size() > 64 || local.startsWith(u'.') || local.endsWith(u'.') ||
        local.contains(u".."_s)) {
        return {invalid(path, QT_TRANSLATE_NOOP("Validation",
                                                "The part before “@” is empty, longer than 64 "
                                                "characters or has misplaced dots."))};
    }
    for (qsizetype i = 0; i < local.size(); ++i) {
        if (local.at(i) != u'.' && !isAtext(local.at(i))) {
            return {invalid(path,
                            QT_TRANSLATE_NOOP("Validation", "The character “%1” at position %2 "
                                                            "is not allowed in an email address."),
                            {QString(local.at(i)), QString::number(i + 1)})};
        }
    }
    const QString ace = QString::fromLatin1(QUrl::toAce(domain));
    const QStringList labels = ace.split(u'.');
    bool domainOk = !ace.isEmpty() && ace.size() <= 253 && labels.size() >= 2;
    for (const QString& label : labels)
        domainOk = domainOk && isValidAceLabel(label);
    if (domainOk) {
        bool numericTld = true;
        for (QChar c : labels.last())
            numericTld = numericTld && c.isDigit();
        domainOk = !numericTld;
    }
    if (!domainOk) {
        return {invalid(
            path, QT_TRANSLATE_NOOP("Validation", "“%1” after “@” is not a valid domain name."),
            {domain})};
    }
    return {};
}

QString normalizedEmail(const QString& value)
{
    const QString trimmed = value.trimmed();
    const qsizetype at = trimmed.lastIndexOf(u'@');
    if (at < 0)
        return trimmed.toLower();
    const QString domain = QUrl::fromAce(QUrl::toAce(trimmed.mid(at + 1)));
    return (trimmed.left(at) + u'@' + (domain.isEmpty() ? trimmed.mid(at + 1) : domain)).toLower();
}

} // namespace kontor::core
