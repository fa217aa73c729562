// Issue 7: automatic column mapping from the headers of German and English lists and of the
// exports of Google Contacts, Outlook, DATEV and Kontor itself.
#include "importtestutil.h"

#include "core/import/automapper.h"
#include "core/import/vcardreader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor::core;
using namespace kontor::test;

namespace {

// "header=field" for every mapped column, to compare whole mappings at a glance.
QStringList mapped(const ImportMapping& mapping)
{
    QStringList out;
    for (const ColumnMapping& column : mapping.columns) {
        if (column.field != ImportField::Ignore)
            out.append(column.header + u'=' + column.key());
    }
    return out;
}

CustomFieldDefinition custom(const QString& name, CustomFieldScope scope)
{
    CustomFieldDefinition definition;
    definition.id = QUuid::createUuid();
    definition.name = name;
    definition.scope = scope;
    return definition;
}

QStringList headersOf(const QString& file)
{
    QBuffer buffer;
    buffer.setData(dataFile(file));
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    if (!reader.open())
        return {};
    return reader.columns();
}

} // namespace

class TestAutoMapper : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void normalizesHeaders_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("hyphens") << u"E-Mail-Adresse"_s << u"emailadresse"_s;
        QTest::newRow("ß and umlauts") << u"Straße geschäftlich"_s << u"strassegeschaeftlich"_s;
        QTest::newRow("Google") << u"E-mail 1 - Value"_s << u"email1value"_s;
        QTest::newRow("DATEV") << u"Vorname (Adressattyp natürl. Person)"_s
                               << u"vornameadressattypnatuerlperson"_s;
        QTest::newRow("capital ẞ") << u"STRAẞE"_s << u"strasse"_s;
    }
    void normalizesHeaders()
    {
        QFETCH(QString, header);
        QTEST(normalizedHeader(header), "normalized");
    }

    void mapsKnownExports_data()
    {
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("German list")
            << QStringList{u"Konto"_s,    u"Typ"_s,          u"Firmenname"_s, u"Vorname"_s,
                           u"Nachname"_s, u"E-Mail"_s,       u"Telefon"_s,    u"Handy"_s,
                           u"Straße"_s,   u"Hausnummer"_s,   u"PLZ"_s,        u"Ort"_s,
                           u"Land"_s,     u"Schlagwörter"_s, u"Betreuer"_s,   u"Portalzugang"_s,
                           u"Anrede"_s}
            << QStringList{u"Konto=account_name"_s,
                           u"Typ=account_type"_s,
                           u"Firmenname=company_name"_s,
                           u"Vorname=first_name"_s,
                           u"Nachname=last_name"_s,
                           u"E-Mail=email"_s,
                           u"Telefon=phone"_s,
                           u"Handy=mobile_phone"_s,
                           u"Straße=street"_s,
                           u"Hausnummer=house_number"_s,
                           u"PLZ=postal_code"_s,
                           u"Ort=city"_s,
                           u"Land=country"_s,
                           u"Schlagwörter=account_tags"_s,
                           u"Betreuer=team_members"_s,
                           u"Portalzugang=login"_s};
        QTest::newRow("English list")
            << QStringList{u"Account Name"_s, u"Company"_s,   u"First Name"_s,
                           u"Middle Name"_s,  u"Last Name"_s, u"Email Address"_s,
                           u"Phone Number"_s, u"Zip Code"_s,  u"City"_s,
                           u"State"_s,        u"Country"_s}
            << QStringList{u"Account Name=account_name"_s,
                           u"Company=company_name"_s,
                           u"First Name=first_name"_s,
                           u"Middle Name=middle_name"_s,
                           u"Last Name=last_name"_s,
                           u"Email Address=email"_s,
                           u"Phone Number=phone"_s,
                           u"Zip Code=postal_code"_s,
                           u"City=city"_s,
                           u"State=region"_s,
                           u"Country=country"_s};
        QTest::newRow("Outlook, English")
            << QStringList{u"Title"_s,          u"First Name"_s,       u"Last Name"_s,
                           u"Company"_s,        u"Business Street"_s,  u"Home Street"_s,
                           u"Home City"_s,      u"Home Postal Code"_s, u"Home Country/Region"_s,
                           u"Business Phone"_s, u"Mobile Phone"_s,     u"Categories"_s,
                           u"E-mail Address"_s, u"E-mail 2 Address"_s}
            << QStringList{u"First Name=first_name"_s,        u"Last Name=last_name"_s,
                           u"Company=company_name"_s,         u"Business Street=street"_s,
                           u"Home Street=street"_s,           u"Home City=city"_s,
                           u"Home Postal Code=postal_code"_s, u"Home Country/Region=country"_s,
                           u"Business Phone=phone"_s,         u"Mobile Phone=mobile_phone"_s,
                           u"Categories=contact_tags"_s,      u"E-mail Address=email"_s};
        QTest::newRow("old Google CSV") << QStringList{u"Name"_s,
                                                       u"Given Name"_s,
                                                       u"Additional Name"_s,
                                                       u"Family Name"_s,
                                                       u"Group Membership"_s,
                                                       u"E-mail 1 - Type"_s,
                                                       u"E-mail 1 - Value"_s,
                                                       u"Organization 1 - Name"_s}
                                        << QStringList{u"Name=full_name"_s,
                                                       u"Given Name=first_name"_s,
                                                       u"Additional Name=middle_name"_s,
                                                       u"Family Name=last_name"_s,
                                                       u"Group Membership=contact_tags"_s,
                                                       u"E-mail 1 - Value=email"_s,
                                                       u"Organization 1 - Name=company_name"_s};
        QTest::newRow("German: Name beside Vorname is the last name")
            << QStringList{u"Name"_s, u"Vorname"_s}
            << QStringList{u"Name=last_name"_s, u"Vorname=first_name"_s};
        QTest::newRow("Name alone is the full name")
            << QStringList{u"Name"_s, u"E-Mail"_s}
            << QStringList{u"Name=full_name"_s, u"E-Mail=email"_s};
        QTest::newRow("an address field once per address")
            << QStringList{u"Straße"_s,           u"Adresse"_s,
                           u"Strasse"_s,          u"Business City"_s,
                           u"Ort geschäftlich"_s, u"Home City"_s,
                           u"Ort privat"_s,       u"Ort"_s}
            << QStringList{u"Straße=street"_s, u"Business City=city"_s, u"Home City=city"_s,
                           u"Ort=city"_s};
        QTest::newRow("a field goes to its first column only")
            << QStringList{u"Ort"_s, u"Stadt"_s, u"Telefon"_s, u"Tel."_s}
            << QStringList{u"Ort=city"_s, u"Telefon=phone"_s, u"Tel.=phone"_s};
        QTest::newRow("vCard reader") << VCardReader::columnNames()
                                      << QStringList{u"Formatted Name=full_name"_s,
                                                     u"Family Name=last_name"_s,
                                                     u"Given Name=first_name"_s,
                                                     u"Additional Names=middle_name"_s,
                                                     u"Organization=company_name"_s,
                                                     u"E-mail 1=email"_s,
                                                     u"Mobile Phone=mobile_phone"_s,
                                                     u"Phone 1=phone"_s,
                                                     u"Phone 2=phone"_s,
                                                     u"Phone 3=phone"_s,
                                                     u"Street=street"_s,
                                                     u"City=city"_s,
                                                     u"Region=region"_s,
                                                     u"Postal Code=postal_code"_s,
                                                     u"Country=country"_s,
                                                     u"Categories=contact_tags"_s};
    }
    void mapsKnownExports()
    {
        QFETCH(QStringList, headers);
        const ImportMapping mapping = autoMap(headers);
        QCOMPARE(mapping.columns.size(), headers.size());
        QTEST(mapped(mapping), "expected");
    }

    void mapsSampleFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("Google Contacts")
            << u"google-contacts.csv"_s
            << QStringList{u"First Name=first_name"_s,
                           u"Middle Name=middle_name"_s,
                           u"Last Name=last_name"_s,
                           u"Organization Name=company_name"_s,
                           u"Birthday=contact_custom_field:Geburtsdatum"_s,
                           u"Notes=contact_custom_field:Notizen"_s,
                           u"Labels=contact_tags"_s,
                           u"E-mail 1 - Value=email"_s,
                           u"Phone 1 - Value=phone"_s,
                           u"Phone 2 - Value=phone"_s,
                           u"Address 1 - Street=street"_s,
                           u"Address 1 - City=city"_s,
                           u"Address 1 - Region=region"_s,
                           u"Address 1 - Postal Code=postal_code"_s,
                           u"Address 1 - Country=country"_s};
        QTest::newRow("Outlook, German") << u"outlook-de.csv"_s
                                         << QStringList{u"Vorname=first_name"_s,
                                                        u"Weitere Vornamen=middle_name"_s,
                                                        u"Nachname=last_name"_s,
                                                        u"Firma=company_name"_s,
                                                        u"Straße geschäftlich=street"_s,
                                                        u"Ort geschäftlich=city"_s,
                                                        u"Region geschäftlich=region"_s,
                                                        u"Postleitzahl geschäftlich=postal_code"_s,
                                                        u"Land/Region geschäftlich=country"_s,
                                                        u"Straße privat=street"_s,
                                                        u"Ort privat=city"_s,
                                                        u"Bundesland/Kanton privat=region"_s,
                                                        u"Postleitzahl privat=postal_code"_s,
                                                        u"Land/Region privat=country"_s,
                                                        u"Telefon geschäftlich=phone"_s,
                                                        u"Telefon privat=phone"_s,
                                                        u"Mobiltelefon=mobile_phone"_s,
                                                        u"Kategorien=contact_tags"_s,
                                                        u"E-Mail-Adresse=email"_s,
                                                        u"Notizen=contact_custom_field:Notizen"_s};
        QTest::newRow("DATEV Debitoren/Kreditoren")
            << u"datev-debitoren-kreditoren.csv"_s
            << QStringList{u"Konto=account_custom_field:Mandantennummer"_s,
                           u"Name (Adressattyp Unternehmen)=company_name"_s,
                           u"Name (Adressattyp natürl. Person)=last_name"_s,
                           u"Vorname (Adressattyp natürl. Person)=first_name"_s,
                           u"Name (Adressattyp keine Angabe)=full_name"_s,
                           u"Adressattyp=account_type"_s,
                           u"EU-UStID=account_custom_field:USt-IdNr."_s,
                           u"Straße=street"_s,
                           u"Postleitzahl=postal_code"_s,
                           u"Ort=city"_s,
                           u"Land=country"_s,
                           u"Telefon=phone"_s,
                           u"Telefon GL=phone"_s,
                           u"E-Mail=email"_s};
        QTest::newRow("DATEV-style client list")
            << u"datev-mandantenliste.csv"_s
            << QStringList{u"Mandantennummer=account_custom_field:Mandantennummer"_s,
                           u"Mandantenname=account_name"_s,
                           u"Vorname=first_name"_s,
                           u"Nachname=last_name"_s,
                           u"Straße=street"_s,
                           u"Hausnummer=house_number"_s,
                           u"PLZ=postal_code"_s,
                           u"Ort=city"_s,
                           u"E-Mail=email"_s,
                           u"Telefon=phone"_s,
                           u"Mobil=mobile_phone"_s,
                           u"Steuernummer=contact_custom_field:Steuer-Nr."_s,
                           u"Geburtsdatum=contact_custom_field:Geburtsdatum"_s,
                           u"Betreuer=team_members"_s,
                           u"LOGIN=login"_s};
    }
    void mapsSampleFiles()
    {
        QFETCH(QString, file);
        const QList<CustomFieldDefinition> customFields = {
            custom(u"Mandantennummer"_s, CustomFieldScope::Account),
            custom(u"USt-IdNr."_s, CustomFieldScope::Account),
            custom(u"Geburtsdatum"_s, CustomFieldScope::Contact),
            custom(u"Steuer-Nr."_s, CustomFieldScope::Contact),
            custom(u"Notizen"_s, CustomFieldScope::Contact)};
        const QStringList headers = headersOf(file);
        QVERIFY(!headers.isEmpty());
        QTEST(mapped(autoMap(headers, customFields)), "expected");
    }

    void firmsOwnFieldNamesComeFirst()
    {
        // A firm that defined "Telefon privat" as a custom field wants it there.
        const ImportMapping mapping =
            autoMap({u"Telefon privat"_s, u"Mandanten-Nr."_s},
                    {custom(u"Telefon privat"_s, CustomFieldScope::Contact),
                     custom(u"Mandantennummer"_s, CustomFieldScope::Account)});
        QCOMPARE(mapped(mapping),
                 (QStringList{u"Telefon privat=contact_custom_field:Telefon privat"_s,
                              u"Mandanten-Nr.=account_custom_field:Mandantennummer"_s}));
    }

    void unknownHeadersAreIgnored()
    {
        const ImportMapping mapping =
            autoMap({u"Lieblingsfarbe"_s, QString(), u"Mandantennummer"_s});
        QCOMPARE(mapping.columns.size(), 3);
        QVERIFY(mapped(mapping).isEmpty()); // no custom field "Mandantennummer" in this firm
    }
};

QTEST_GUILESS_MAIN(TestAutoMapper)
#include "tst_automapper.moc"
