#include "phonenumber.h"

#include "textlimits.h"
#include "textrules.h"

#include <phonenumbers/phonenumberutil.h>

using namespace Qt::StringLiterals;

namespace kontor::core {

std::optional<QString> toE164(const QString& input, const QString& defaultRegion)
{
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber parsed;
    if (util->Parse(input.toStdString(), defaultRegion.toStdString(), &parsed) !=
        PhoneNumberUtil::NO_PARSING_ERROR) {
        return std::nullopt;
    }
    if (!util->IsValidNumber(parsed))
        return std::nullopt;
    std::string formatted;
    util->Format(parsed, PhoneNumberUtil::E164, &formatted);
    return QString::fromStdString(formatted);
}

Violations checkPhoneNumbers(const QList<PhoneNumber>& phones, const QString& path)
{
    Violations out;
    if (phones.size() > limits::phonesPerContact) {
        out.append(Violation(path, code::tooMany,
                             QT_TRANSLATE_NOOP("Validation", "At most %1 entries are allowed."),
                             {QString::number(limits::phonesPerContact)}));
        return out;
    }
    bool primarySeen = false;
    for (qsizetype i = 0; i < phones.size(); ++i) {
        const QString itemPath = indexPath(path, i);
        const QString numberPath = joinPath(itemPath, u"number"_s);
        const QString& number = phones.at(i).number;
        if (Violations v = checkRequired(number, numberPath); !v.isEmpty()) {
            out += v;
        } else if (Violations l = checkSingleLineText(number, numberPath, limits::phoneNumber);
                   !l.isEmpty()) {
            out += l;
        } else if (!toE164(number)) {
            out.append(Violation(numberPath, code::invalidPhone,
                                 QT_TRANSLATE_NOOP("Validation",
                                                   "“%1” is not a valid phone number. Numbers "
                                                   "without a country code are read as German."),
                                 {number}));
        }
        if (phones.at(i).primary) {
            if (primarySeen) {
                out.append(Violation(joinPath(itemPath, u"primary"_s), code::multiplePrimary,
                                     QT_TRANSLATE_NOOP("Validation",
                                                       "Only one phone number can be primary "
                                                       "(used for text messages).")));
            }
            primarySeen = true;
        }
    }
    return out;
}

} // namespace kontor::core
