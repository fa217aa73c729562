#include "textrules.h"

#include <QChar>
#include <QStringView>

using namespace Qt::StringLiterals;

namespace kontor::core {

namespace {

constexpr char16_t windowsForbidden[] = u"<>:\"/\\|?*";

QString codePointLabel(char32_t cp)
{
    return u"U+"_s + QString::number(cp, 16).toUpper().rightJustified(4, u'0');
}

bool isReservedDeviceName(const QString& value)
{
    // Windows ignores everything from the first dot (and trailing spaces before it).
    const QStringView beforeDot = QStringView(value).left(value.indexOf(u'.'));
    // Upper-casing never shortens a text, so a longer one cannot spell a device name (most
    // names: the check then needs no copy).
    if (beforeDot.trimmed().size() > 4)
        return false;
    const QString base = beforeDot.trimmed().toString().toUpper();
    static const QStringList plain = {u"CON"_s, u"PRN"_s, u"AUX"_s, u"NUL"_s};
    if (plain.contains(base))
        return true;
    if (base.size() == 4 && (base.startsWith(u"COM"_s) || base.startsWith(u"LPT"_s))) {
        const QChar digit = base.at(3);
        return digit >= u'1' && digit <= u'9';
    }
    return false;
}

// Walks code points and reports the first control or invisible one with its position.
Violations checkCharacters(const QString& value, const QString& path, bool folderRules)
{
    qsizetype position = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        ++position;
        char32_t cp = value.at(i).unicode();
        if (QChar::isHighSurrogate(cp) && i + 1 < value.size() &&
            QChar::isLowSurrogate(value.at(i + 1).unicode())) {
            cp = QChar::surrogateToUcs4(value.at(i), value.at(i + 1));
            ++i;
        }
        if (isInvisibleOrControl(cp)) {
            return {Violation(path, code::forbiddenCharacter,
                              QT_TRANSLATE_NOOP("Validation", "The invisible or control character "
                                                              "%1 at position %2 is not allowed."),
                              {codePointLabel(cp), QString::number(position)})};
        }
        if (folderRules && cp < 0x80 && QStringView(windowsForbidden).contains(QChar(cp))) {
            return {Violation(path, code::forbiddenCharacter,
                              QT_TRANSLATE_NOOP("Validation",
                                                "The character “%1” at position %2 is not allowed "
                                                "in names, because names become folder names."),
                              {QString(QChar(cp)), QString::number(position)})};
        }
    }
    return {};
}

} // namespace

bool isInvisibleOrControl(char32_t cp)
{
    if (cp >= 0x20 && cp < 0x7f)
        return false; // printable ASCII, most of what is checked: no table look-up
    switch (QChar::category(cp)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

Violations checkFolderSafeName(const QString& value, const QString& path)
{
    if (Violations v = checkCharacters(value, path, true); !v.isEmpty())
        return v;
    if (isReservedDeviceName(value)) {
        return {Violation(path, code::reservedName,
                          QT_TRANSLATE_NOOP("Validation", "“%1” is a device name reserved by "
                                                          "Windows and cannot be a folder name."),
                          {value})};
    }
    if (value.endsWith(u'.') || value.endsWith(u' ')) {
        return {
            Violation(path, code::trailingDotOrSpace,
                      QT_TRANSLATE_NOOP("Validation", "A name must not end with a dot or a space "
                                                      "(position %1)."),
                      {QString::number(value.toUcs4().size())})};
    }
    return {};
}

Violations checkSingleLineText(const QString& value, const QString& path, qsizetype maxLength)
{
    if (Violations v = checkLength(value, path, maxLength); !v.isEmpty())
        return v;
    return checkCharacters(value, path, false);
}

Violations checkRequired(const QString& value, const QString& path)
{
    if (!value.trimmed().isEmpty())
        return {};
    return {Violation(path, code::required,
                      QT_TRANSLATE_NOOP("Validation", "This field is required."))};
}

Violations checkLength(const QString& value, const QString& path, qsizetype maxLength)
{
    if (value.size() <= maxLength)
        return {};
    return {Violation(path, code::tooLong,
                      QT_TRANSLATE_NOOP("Validation", "At most %1 characters are allowed; this "
                                                      "text has %2."),
                      {QString::number(maxLength), QString::number(value.size())})};
}

} // namespace kontor::core
