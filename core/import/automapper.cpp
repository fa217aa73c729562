#include "automapper.h"

#include "core/germantext.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace kontor::core {

namespace {

struct Known {
    const char16_t* header; // normalized
    ImportField field;
};

// Normalized header names (see normalizedHeader) and their fields.
constexpr Known knownHeaders[] = {
    // account
    {u"konto", ImportField::AccountName},
    {u"kontoname", ImportField::AccountName},
    {u"kontobezeichnung", ImportField::AccountName},
    {u"account", ImportField::AccountName},
    {u"accountname", ImportField::AccountName},
    {u"mandant", ImportField::AccountName},
    {u"mandantenname", ImportField::AccountName},
    {u"mandantname", ImportField::AccountName},
    {u"mandantenbezeichnung", ImportField::AccountName},
    {u"client", ImportField::AccountName},
    {u"clientname", ImportField::AccountName},
    {u"typ", ImportField::AccountType},
    {u"kontotyp", ImportField::AccountType},
    {u"kontoart", ImportField::AccountType},
    {u"kundentyp", ImportField::AccountType},
    {u"mandantentyp", ImportField::AccountType},
    {u"type", ImportField::AccountType},
    {u"accounttype", ImportField::AccountType},
    {u"clienttype", ImportField::AccountType},
    {u"adressattyp", ImportField::AccountType},
    {u"firma", ImportField::CompanyName},
    {u"firmenname", ImportField::CompanyName},
    {u"firmierung", ImportField::CompanyName},
    {u"unternehmen", ImportField::CompanyName},
    {u"unternehmensname", ImportField::CompanyName},
    {u"nameadressattypunternehmen", ImportField::CompanyName},
    {u"company", ImportField::CompanyName},
    {u"companyname", ImportField::CompanyName},
    {u"organization", ImportField::CompanyName},
    {u"organisation", ImportField::CompanyName},
    {u"organizationname", ImportField::CompanyName},
    {u"organization1name", ImportField::CompanyName},
    {u"schlagwoerter", ImportField::AccountTags},
    {u"schlagwoerterkonto", ImportField::AccountTags},
    {u"kontoschlagwoerter", ImportField::AccountTags},
    {u"tags", ImportField::AccountTags},
    {u"accounttags", ImportField::AccountTags},
    {u"teammitglieder", ImportField::TeamMembers},
    {u"teammitglied", ImportField::TeamMembers},
    {u"betreuer", ImportField::TeamMembers},
    {u"sachbearbeiter", ImportField::TeamMembers},
    {u"zustaendig", ImportField::TeamMembers},
    {u"teammembers", ImportField::TeamMembers},
    {u"teammember", ImportField::TeamMembers},
    // contact: names
    {u"vorname", ImportField::FirstName},
    {u"rufname", ImportField::FirstName},
    {u"vornameadressattypnatuerlperson", ImportField::FirstName},
    {u"firstname", ImportField::FirstName},
    {u"givenname", ImportField::FirstName},
    {u"zweitervorname", ImportField::MiddleName},
    {u"weiterevornamen", ImportField::MiddleName},
    {u"middlename", ImportField::MiddleName},
    {u"additionalname", ImportField::MiddleName},
    {u"additionalnames", ImportField::MiddleName},
    {u"nachname", ImportField::LastName},
    {u"familienname", ImportField::LastName},
    {u"zuname", ImportField::LastName},
    {u"nameadressattypnatuerlperson", ImportField::LastName},
    {u"lastname", ImportField::LastName},
    {u"surname", ImportField::LastName},
    {u"familyname", ImportField::LastName},
    {u"vollstaendigername", ImportField::FullName},
    {u"anzeigename", ImportField::FullName},
    {u"kontaktname", ImportField::FullName},
    {u"nameadressattypkeineangabe", ImportField::FullName},
    {u"fullname", ImportField::FullName},
    {u"displayname", ImportField::FullName},
    {u"formattedname", ImportField::FullName},
    // contact: email and phones
    {u"email", ImportField::Email},
    {u"emailadresse", ImportField::Email},
    {u"mail", ImportField::Email},
    {u"emailaddress", ImportField::Email},
    {u"email1", ImportField::Email},
    {u"email1value", ImportField::Email},
    {u"telefon", ImportField::Phone},
    {u"telefonnummer", ImportField::Phone},
    {u"tel", ImportField::Phone},
    {u"festnetz", ImportField::Phone},
    {u"telefonprivat", ImportField::Phone},
    {u"telefongeschaeftlich", ImportField::Phone},
    {u"telefongl", ImportField::Phone},
    {u"phone", ImportField::Phone},
    {u"phonenumber", ImportField::Phone},
    {u"homephone", ImportField::Phone},
    {u"businessphone", ImportField::Phone},
    {u"phone1", ImportField::Phone},
    {u"phone2", ImportField::Phone},
    {u"phone3", ImportField::Phone},
    {u"phone1value", ImportField::Phone},
    {u"phone2value", ImportField::Phone},
    {u"phone3value", ImportField::Phone},
    {u"mobil", ImportField::MobilePhone},
    {u"mobiltelefon", ImportField::MobilePhone},
    {u"mobilnummer", ImportField::MobilePhone},
    {u"handy", ImportField::MobilePhone},
    {u"handynummer", ImportField::MobilePhone},
    {u"mobile", ImportField::MobilePhone},
    {u"mobilephone", ImportField::MobilePhone},
    {u"cellphone", ImportField::MobilePhone},
    // contact: address
    {u"strasse", ImportField::Street},
    {u"str", ImportField::Street},
    {u"strasseundhausnummer", ImportField::Street},
    {u"strassehausnummer", ImportField::Street},
    {u"strasseprivat", ImportField::Street},
    {u"street", ImportField::Street},
    {u"streetaddress", ImportField::Street},
    {u"homestreet", ImportField::Street},
    {u"address1street", ImportField::Street},
    {u"strassegeschaeftlich", ImportField::Street},
    {u"businessstreet", ImportField::Street},
    {u"hausnummer", ImportField::HouseNumber},
    {u"hausnr", ImportField::HouseNumber},
    {u"housenumber", ImportField::HouseNumber},
    {u"plz", ImportField::PostalCode},
    {u"postleitzahl", ImportField::PostalCode},
    {u"postleitzahlprivat", ImportField::PostalCode},
    {u"postalcode", ImportField::PostalCode},
    {u"zip", ImportField::PostalCode},
    {u"zipcode", ImportField::PostalCode},
    {u"postcode", ImportField::PostalCode},
    {u"homepostalcode", ImportField::PostalCode},
    {u"address1postalcode", ImportField::PostalCode},
    {u"postleitzahlgeschaeftlich", ImportField::PostalCode},
    {u"businesspostalcode", ImportField::PostalCode},
    {u"ort", ImportField::City},
    {u"stadt", ImportField::City},
    {u"wohnort", ImportField::City},
    {u"ortprivat", ImportField::City},
    {u"city", ImportField::City},
    {u"town", ImportField::City},
    {u"homecity", ImportField::City},
    {u"address1city", ImportField::City},
    {u"ortgeschaeftlich", ImportField::City},
    {u"businesscity", ImportField::City},
    {u"bundesland", ImportField::Region},
    {u"regionprivat", ImportField::Region},
    {u"bundeslandkantonprivat", ImportField::Region},
    {u"region", ImportField::Region},
    {u"state", ImportField::Region},
    {u"homestate", ImportField::Region},
    {u"address1region", ImportField::Region},
    {u"bundeslandkantongeschaeftlich", ImportField::Region},
    {u"regiongeschaeftlich", ImportField::Region},
    {u"businessstate", ImportField::Region},
    {u"land", ImportField::Country},
    {u"staat", ImportField::Country},
    {u"landregionprivat", ImportField::Country},
    {u"country", ImportField::Country},
    {u"countryregion", ImportField::Country},
    {u"homecountryregion", ImportField::Country},
    {u"address1country", ImportField::Country},
    {u"landregiongeschaeftlich", ImportField::Country},
    {u"businesscountryregion", ImportField::Country},
    // contact: tags and switches
    {u"kategorien", ImportField::ContactTags},
    {u"schlagwoerterkontakt", ImportField::ContactTags},
    {u"kontaktschlagwoerter", ImportField::ContactTags},
    {u"categories", ImportField::ContactTags},
    {u"labels", ImportField::ContactTags},
    {u"groupmembership", ImportField::ContactTags},
    {u"contacttags", ImportField::ContactTags},
    {u"login", ImportField::Login},
    {u"portalzugang", ImportField::Login},
    {u"portalaccess", ImportField::Login},
    {u"notify", ImportField::Notify},
    {u"benachrichtigen", ImportField::Notify},
    {u"benachrichtigungen", ImportField::Notify},
    {u"emailsync", ImportField::EmailSync},
    {u"emailsynchronisation", ImportField::EmailSync},
    {u"emailsynchronisierung", ImportField::EmailSync},
};

// Names a firm gives the same custom field.
constexpr std::initializer_list<const char16_t*> customSynonyms[] = {
    {u"mandantennummer", u"mandantennr", u"mandantnr", u"mandantnummer", u"mandantenid",
     u"clientnumber", u"clientno", u"clientid", u"kundennummer", u"kundennr", u"kontonummer",
     u"debitorennummer", u"debitornr"},
    {u"steuernummer", u"steuernr", u"stnr", u"taxnumber"},
    {u"steuerid", u"steueridnr", u"steueridentifikationsnummer", u"identifikationsnummer", u"idnr",
     u"taxid"},
    {u"ustid", u"ustidnr", u"euustid", u"umsatzsteuerid", u"umsatzsteueridentifikationsnummer",
     u"vatid", u"vatnumber"},
    {u"geburtsdatum", u"geburtstag", u"birthday", u"dateofbirth", u"bday"},
    {u"notizen", u"notiz", u"bemerkung", u"bemerkungen", u"anmerkungen", u"kommentar", u"notes",
     u"note"},
    {u"website", u"webseite", u"homepage", u"internet", u"webpage", u"url"},
};

const QHash<QString, ImportField>& knownHeaderTable()
{
    static const QHash<QString, ImportField> table = [] {
        QHash<QString, ImportField> t;
        for (const Known& known : knownHeaders)
            t.insert(QString::fromUtf16(known.header), known.field);
        return t;
    }();
    return table;
}

int synonymGroup(const QString& normalized)
{
    for (std::size_t g = 0; g < std::size(customSynonyms); ++g) {
        for (const char16_t* name : customSynonyms[g]) {
            if (normalized == QStringView(name))
                return static_cast<int>(g);
        }
    }
    return -1;
}

ColumnMapping customMapping(const QString& header, const CustomFieldDefinition& definition)
{
    return {header,
            definition.scope == CustomFieldScope::Account ? ImportField::AccountCustomField
                                                          : ImportField::ContactCustomField,
            definition.name};
}

} // namespace

QString normalizedHeader(QStringView header)
{
    const QString german = germanTransliteration(header.toString().toCaseFolded());
    QString out;
    out.reserve(german.size());
    for (const QChar c : german) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
    }
    return out;
}

int addressKind(QStringView header)
{
    const QString n = normalizedHeader(header);
    if (n.endsWith(u"geschaeftlich") || n.startsWith(u"business"))
        return 1;
    if (n.endsWith(u"privat") || n.startsWith(u"home"))
        return 2;
    return 0;
}

ImportMapping autoMap(const QStringList& headers, const QList<CustomFieldDefinition>& customFields)
{
    QStringList normalized;
    for (const QString& header : headers)
        normalized.append(normalizedHeader(header));
    // In DATEV's format files "Konto" is the account number of a client, not a name.
    const bool datev = normalized.contains(u"nameadressattypunternehmen"_s) ||
                       normalized.contains(u"nameadressattypnatuerlperson"_s);
    auto anyHeaderIs = [&](ImportField field) {
        return std::any_of(normalized.cbegin(), normalized.cend(),
                           [&](const QString& n) { return knownHeaderTable().value(n) == field; });
    };
    // "Name" beside "Vorname" is the last name (German lists); beside a last-name column, or
    // alone, it is the whole name (Google's older CSV has "Name", "Given Name", "Family Name").
    const ImportField nameField =
        anyHeaderIs(ImportField::FirstName) && !anyHeaderIs(ImportField::LastName)
            ? ImportField::LastName
            : ImportField::FullName;

    ImportMapping mapping;
    QList<bool> taken(importFieldCount, false);
    QSet<std::pair<int, int>> addressesTaken; // (field, addressKind)
    QStringList customTaken;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString& header = headers.at(i);
        const QString n =
            datev && normalized.at(i) == u"konto" ? u"kontonummer"_s : normalized.at(i);
        ColumnMapping entry{header, ImportField::Ignore, {}};
        // 1. the firm's own custom field names, 2. known headers, 3. synonyms of custom fields
        for (const CustomFieldDefinition& definition : customFields) {
            if (!n.isEmpty() && normalizedHeader(definition.name) == n) {
                entry = customMapping(header, definition);
                break;
            }
        }
        if (entry.field == ImportField::Ignore) {
            if (n == u"name")
                entry.field = nameField;
            else
                entry.field = knownHeaderTable().value(n, ImportField::Ignore);
        }
        if (entry.field == ImportField::Ignore) {
            const int group = synonymGroup(n);
            for (const CustomFieldDefinition& definition : customFields) {
                if (group >= 0 && synonymGroup(normalizedHeader(definition.name)) == group) {
                    entry = customMapping(header, definition);
                    break;
                }
            }
        }
        // A single-valued field takes the first column that names it.
        if (isCustomField(entry.field)) {
            const QString key = entry.key();
            if (customTaken.contains(key))
                entry = {header, ImportField::Ignore, {}};
            else
                customTaken.append(key);
        } else if (addressPart(entry.field) >= 0) {
            // One column per field and address: an export's business and home addresses both
            // map, in file order (RowInterpreter takes the fullest one).
            const std::pair<int, int> key{static_cast<int>(entry.field), addressKind(header)};
            if (addressesTaken.contains(key))
                entry.field = ImportField::Ignore;
            else
                addressesTaken.insert(key);
        } else if (entry.field != ImportField::Ignore && !isListField(entry.field)) {
            if (taken.at(static_cast<int>(entry.field)))
                entry.field = ImportField::Ignore;
            else
                taken[static_cast<int>(entry.field)] = true;
        }
        mapping.columns.append(entry);
    }
    return mapping;
}

} // namespace kontor::core
