#include "phonenumber.h"

#include "textlimits.h"
#include "textrules.h"

#include <phonenumbers/phonenumberutil.h>

#include <array>

using namespace Qt::StringLiterals;

namespace kontor::core {

namespace {

// libphonenumber takes 20–40 µs a number (ICU regular expressions), and callers often ask twice
// in a row (an import normalises a number, then the rules validate the result), so each thread
// remembers its last answers.
class RecentNumbers {
public:
    const std::optional<QString>* find(const QString& key) const
    {
        for (const auto& [k, value] : m_entries) {
            if (k == key)
                return &value;
        }
        return nullptr;
    }
    void add(QString key, std::optional<QString> value)
    {
        m_entries[m_next] = {std::move(key), std::move(value)};
        m_next = (m_next + 1) % m_entries.size();
    }

private:
    std::array<std::pair<QString, std::optional<QString>>, 32> m_entries;
    std::size_t m_next = 0;
};

thread_local RecentNumbers recentNumbers;

std::optional<QString> parseToE164(const QString& input, const QString& defaultRegion)
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

} // namespace

std::optional<QString> toE164(const QString& input, const QString& defaultRegion)
{
    const QString key = defaultRegion + u'\n' + input;
    if (const std::optional<QString>* known = recentNumbers.find(key))
        return *known;
    std::optional<QString> result = parseToE164(input, defaultRegion);
    recentNumbers.add(key, result);
    if (result && *result != input) // a number in E.164 form is its own E.164 form
        recentNumbers.add(defaultRegion + u'\n' + *result, result);
    return result;
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
