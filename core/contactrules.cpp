#include "contactrules.h"

#include "emailaddress.h"
#include "tag.h"
#include "textlimits.h"
#include "textrules.h"

using namespace Qt::StringLiterals;

namespace kontor::core {

namespace {

Violations checkPersonName(const QString& value, const QString& path, bool required)
{
    if (required) {
        if (Violations v = checkRequired(value, path); !v.isEmpty())
            return v;
    }
    if (Violations v = checkLength(value, path, limits::personName); !v.isEmpty())
        return v;
    return checkFolderSafeName(value, path);
}

Violations checkAddress(const PostalAddress& a, const QString& path)
{
    Violations out;
    out += checkSingleLineText(a.street, joinPath(path, u"street"_s), limits::street);
    out += checkSingleLineText(a.postalCode, joinPath(path, u"postal_code"_s), limits::postalCode);
    out += checkSingleLineText(a.city, joinPath(path, u"city"_s), limits::city);
    out += checkSingleLineText(a.region, joinPath(path, u"region"_s), limits::region);
    out += checkSingleLineText(a.country, joinPath(path, u"country"_s), limits::country);
    return out;
}

} // namespace

Violations checkContact(const Contact& contact, const QList<CustomFieldDefinition>& definitions,
                        const QString& path)
{
    Violations out;
    out += checkPersonName(contact.firstName, joinPath(path, u"first_name"_s), true);
    out += checkPersonName(contact.middleName, joinPath(path, u"middle_name"_s), false);
    out += checkPersonName(contact.lastName, joinPath(path, u"last_name"_s), true);
    out += checkEmail(contact.email, joinPath(path, u"email"_s));
    out += checkPhoneNumbers(contact.phones, joinPath(path, u"phones"_s));
    out += checkAddress(contact.address, joinPath(path, u"address"_s));
    out += checkTagNames(contact.tags, joinPath(path, u"tags"_s));
    out += checkCustomFieldValues(contact.customFields, definitions, CustomFieldScope::Contact,
                                  joinPath(path, u"custom_fields"_s));
    return out;
}

Violations checkSwitches(const ContactSwitches& switches, const QString& email, const QString& path)
{
    if (!switches.login || !email.trimmed().isEmpty())
        return {};
    return {Violation(joinPath(path, u"email"_s), code::loginRequiresEmail,
                      QT_TRANSLATE_NOOP("Validation", "Portal access (LOGIN) needs an email "
                                                      "address."))};
}

} // namespace kontor::core
