#include "phonenumber.h"

#include "textlimits.h"
#include "textrules.h"

#include <phonenumbers/phonenumberutil.h>

#include <array>

using namespace Qt::StringLiterals;

namespace kontor::core {

namespace {

// libphonenumber takes 15–40 µs a number (ICU regular expressions), and callers often ask twice
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

using i18n::phonenumbers::PhoneNumberUtil;

// The German number libphonenumber's Parse would make of @p input, found without Parse (two
// thirds of the cost): for a number in one of the two forms most files hold, "0351 1234567" in
// region DE or "+49 351 1234567", digits with the separators Parse drops (space ( ) / - .).
// For these forms Parse only drops the separators, the country code 49 or the national prefix
// 0, so the national number is the digits left. Any other form answers nothing and goes
// through Parse. The caller still asks libphonenumber whether the number is valid, and uses
// Parse whenever it is not, so this path can only ever decide for valid German numbers.
// tst_phonenumber compares it with Parse on random numbers of both forms.
std::optional<i18n::phonenumbers::PhoneNumber>
germanNumberWithoutParse(const QString& input, const QString& defaultRegion)
{
    if (input.size() > 250) // some versions of Parse refuse longer input: Parse decides
        return std::nullopt;
    const QString text = input.trimmed();
    qsizetype at = 0;
    bool international = false;
    if (text.startsWith(u'+')) {
        international = true;
        at = 1;
    } else if (defaultRegion != u"DE") {
        return std::nullopt;
    }
    std::string digits;
    for (; at < text.size(); ++at) {
        const char16_t c = text.at(at).unicode();
        if (c >= u'0' && c <= u'9') {
            digits.push_back(char(c));
        } else if (c != u' ' && c != u'(' && c != u')' && c != u'/' && c != u'-' && c != u'.') {
            return std::nullopt;
        }
    }
    const std::string_view prefix = international ? "49" : "0";
    // The national number starts with 1–9: "00…" is the international prefix, "+49 0…" and
    // "+49 (0)…" hold the national prefix, and Parse decides those.
    if (digits.size() <= prefix.size() || digits.compare(0, prefix.size(), prefix) != 0 ||
        digits.at(prefix.size()) == '0' || digits.size() - prefix.size() > 15) {
        return std::nullopt;
    }
    i18n::phonenumbers::PhoneNumber number;
    number.set_country_code(49);
    number.set_national_number(std::stoull(digits.substr(prefix.size())));
    return number;
}

std::optional<QString> parseToE164(const QString& input, const QString& defaultRegion)
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    if (const auto german = germanNumberWithoutParse(input, defaultRegion);
        german && util->IsValidNumber(*german)) {
        number = *german;
    } else if (util->Parse(input.toStdString(), defaultRegion.toStdString(), &number) !=
                   PhoneNumberUtil::NO_PARSING_ERROR ||
               !util->IsValidNumber(number)) {
        return std::nullopt;
    }
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
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
