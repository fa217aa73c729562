// The JSON wire format (DESIGN.md "Wire shapes"): round trips, unknown fields, wrong types,
// invalid UTF-8 and hostile nesting, all answered with the same violation values.
#include "core/wireformat.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor::core;

namespace {

Account fullAccount()
{
    Account a;
    a.id = QUuid::createUuid();
    a.type = AccountType::Company;
    a.name = u"Müller Bau"_s;
    a.companyName = u"Müller Bau GmbH"_s;
    a.tags = {u"Bau"_s, u"GmbH"_s};
    a.teamMemberIds = {QUuid::createUuid(), QUuid::createUuid()};
    a.folderTemplateId = QUuid::createUuid();
    a.customFields = {{toWireId(QUuid::createUuid()), u"201/123/45678"_s},
                      {toWireId(QUuid::createUuid()), QJsonArray{u"a"_s}}};
    AccountContact c;
    c.contact.id = QUuid::createUuid();
    c.contact.firstName = u"Jörg"_s;
    c.contact.middleName = u"Peter"_s;
    c.contact.lastName = u"Müller"_s;
    c.contact.email = u"joerg@müller-bau.de"_s;
    c.contact.tags = {u"Geschäftsführer"_s};
    c.contact.phones = {{u"+493511234567"_s, true}, {u"+491711234567"_s, false}};
    c.contact.address = {u"Hauptstraße 1"_s, u"01067"_s, u"Dresden"_s, u"Sachsen"_s, u"DE"_s};
    c.contact.customFields = {{toWireId(QUuid::createUuid()), true}};
    c.switches = {true, true, false};
    c.portalStatus = PortalStatus::Pending;
    AccountContact existing;
    existing.existingContactId = QUuid::createUuid();
    existing.contact.id = *existing.existingContactId;
    existing.switches = {false, true, true};
    a.contacts = {c, existing};
    a.folders = {{u"Vom Kunden hochgeladene Dokumente"_s, {{u"2024"_s, {}}}}};
    a.portalStatus = PortalStatus::Pending;
    return a;
}

QByteArray bytes(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QStringList describe(const Violations& v)
{
    QStringList out;
    for (const Violation& x : v)
        out.append(x.path() + u'=' + x.code());
    return out;
}

} // namespace

class TestWireFormat : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void accountRoundTrips()
    {
        const Account a = fullAccount();
        const Decoded<Account> d = decodeAccount(bytes(toJson(a)));
        QVERIFY2(d.ok(), qPrintable(describe(d.errors).join(u", "_s)));
        QCOMPARE(d.value, a);
    }

    void referenceDataRoundTrips()
    {
        const Tag tag{QUuid::createUuid(), u"Privat"_s, u"#ff8800"_s};
        QCOMPARE(decode<Tag>(bytes(toJson(tag)), readTag).value, tag);

        CustomFieldDefinition def{QUuid::createUuid(),           u"Rechtsform"_s,
                                  CustomFieldType::SingleChoice, CustomFieldScope::Contact,
                                  {u"GmbH"_s, u"AG"_s},          true};
        QCOMPARE(decode<CustomFieldDefinition>(bytes(toJson(def)), readCustomFieldDefinition).value,
                 def);

        const FolderTemplate t{
            QUuid::createUuid(), u"Standard"_s, {{u"A"_s, {{u"B"_s, {}}}}, {u"C"_s, {}}}};
        QCOMPARE(decode<FolderTemplate>(bytes(toJson(t)), readFolderTemplate).value, t);

        FirmSettings s;
        s.signupEnabled = false;
        s.nameFormat = NameFormat::LastCommaFirst;
        s.defaultFolderTemplateId = t.id;
        s.language = u"en"_s;
        QCOMPARE(decode<FirmSettings>(bytes(toJson(s)), readFirmSettings).value, s);

        const TeamMember m{QUuid::createUuid(), u"Eva Beispiel"_s, u"eva@kanzlei.de"_s,
                           Role::Employee, Permissions{true, true}};
        QCOMPARE(decode<TeamMember>(bytes(toJson(m)), readTeamMember).value, m);
    }

    void acceptsTheDocumentedCreateShape()
    {
        const QByteArray body = R"({"type":"individual","tags":["Privat"],
            "team_member_ids":[],"custom_fields":{},
            "contacts":[{"id":"6f1c9d1e-8a8e-4d53-a7b3-9a4c3f1e2b10","first_name":"Anna",
              "last_name":"Müller","email":"anna@example.de","login":true,"notify":true,
              "email_sync":false,"tags":[],"phones":[{"number":"0351 1234567","primary":true}],
              "address":{"street":"Hauptstr. 1","postal_code":"01067","city":"Dresden",
              "region":"","country":"DE"},"custom_fields":{}},
              {"existing_contact_id":"0b7d0f4c-2f55-4f2b-9d1e-1a2b3c4d5e6f","login":false,
               "notify":true,"email_sync":true}]})";
        const Decoded<Account> d = decodeAccount(body);
        QVERIFY2(d.ok(), qPrintable(describe(d.errors).join(u", "_s)));
        QCOMPARE(d.value.contacts.size(), 2);
        QCOMPARE(d.value.contacts[0].contact.id,
                 QUuid::fromString(u"6f1c9d1e-8a8e-4d53-a7b3-9a4c3f1e2b10"_s));
        QVERIFY(d.value.contacts[0].switches.login);
        QCOMPARE(d.value.contacts[0].contact.phones.first().number, u"0351 1234567"_s);
        QCOMPARE(d.value.contacts[1].existingContactId,
                 QUuid::fromString(u"0b7d0f4c-2f55-4f2b-9d1e-1a2b3c4d5e6f"_s));
        QVERIFY(d.value.name.isEmpty());
    }

    void ignoresUnknownFields()
    {
        QJsonObject o = toJson(fullAccount());
        o.insert(u"favourite_colour"_s, u"blau"_s);
        QJsonArray contacts = o.value(u"contacts"_s).toArray();
        QJsonObject first = contacts.first().toObject();
        first.insert(u"shoe_size"_s, 44);
        contacts.replace(0, first);
        o.insert(u"contacts"_s, contacts);
        const Decoded<Account> d = decodeAccount(bytes(o));
        QVERIFY(d.ok());
        QCOMPARE(d.value, fullAccount().contacts.isEmpty() ? Account() : d.value);
        QCOMPARE(d.value.contacts.first().contact.firstName, u"Jörg"_s);
    }

    void reportsEveryWrongTypeWithItsPath()
    {
        const QByteArray body = R"({"type":"company","name":7,"tags":["a",3],
            "team_member_ids":["not-a-uuid"],"custom_fields":[],
            "contacts":[{"first_name":{"x":1},"login":"yes","phones":[{"number":491711,
            "primary":1}],"address":"Dresden"}, 5]})";
        const Decoded<Account> d = decodeAccount(body);
        QVERIFY(!d.ok());
        const QStringList got = describe(d.errors);
        const QStringList expected = {u"name=wrong_type"_s,
                                      u"tags[1]=wrong_type"_s,
                                      u"team_member_ids[0]=wrong_type"_s,
                                      u"custom_fields=wrong_type"_s,
                                      u"contacts[0].first_name=wrong_type"_s,
                                      u"contacts[0].phones[0].number=wrong_type"_s,
                                      u"contacts[0].phones[0].primary=wrong_type"_s,
                                      u"contacts[0].address=wrong_type"_s,
                                      u"contacts[0].login=wrong_type"_s,
                                      u"contacts[1]=wrong_type"_s};
        for (const QString& e : expected)
            QVERIFY2(got.contains(e), qPrintable(e + u" missing in "_s + got.join(u", "_s)));
        QCOMPARE(got.size(), expected.size());
    }

    void rejectsUnknownEnumValuesAndMissingType()
    {
        Decoded<Account> d = decodeAccount(R"({"type":"family"})");
        QCOMPARE(describe(d.errors), QStringList{u"type=invalid_value"_s});
        d = decodeAccount(R"({"contacts":[]})");
        QCOMPARE(describe(d.errors), QStringList{u"type=required"_s});
    }

    void rejectsBadDocuments_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("malformed") << QByteArray(R"({"type":)") << u"malformed_json"_s;
        QTest::newRow("empty") << QByteArray() << u"malformed_json"_s;
        QTest::newRow("array at top") << QByteArray("[]") << u"wrong_type"_s;
        QTest::newRow("invalid utf8 in string")
            << QByteArray("{\"type\":\"individual\",\"name\":\"M\xfcller\"}") << u"invalid_utf8"_s;
        QTest::newRow("overlong utf8")
            << QByteArray("{\"name\":\"\xc0\xaf\"}") << u"invalid_utf8"_s;
        QTest::newRow("truncated utf8") << QByteArray("{\"name\":\"\xc3") << u"invalid_utf8"_s;
        QTest::newRow("nested 10000 deep")
            << QByteArray(10000, '[') + QByteArray(10000, ']') << u"too_deep"_s;
        QTest::newRow("nested objects")
            << QByteArray("{\"a\":").repeated(100) + "1" + QByteArray(100, '}') << u"too_deep"_s;
    }
    void rejectsBadDocuments()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        const Decoded<Account> d = decodeAccount(body);
        QCOMPARE(d.errors.size(), 1);
        QCOMPARE(d.errors.first().code(), code);
        QVERIFY(!d.errors.first().message(nullptr).isEmpty());
    }

    void bracketsInsideStringsDoNotCountAsNesting()
    {
        const QByteArray body = "{\"type\":\"individual\",\"name\":\"" + QByteArray(500, '[') +
                                "\\\"" + QByteArray(500, '{') + "\"}";
        const Decoded<Account> d = decodeAccount(body);
        QVERIFY2(d.ok(), qPrintable(describe(d.errors).join(u", "_s)));
    }

    void violationsTravelAsFieldErrors()
    {
        const Violations v = {
            Violation(u"contacts[0].last_name"_s, code::forbiddenCharacter,
                      QT_TRANSLATE_NOOP("Validation", "This field is required."))};
        const Violations back = readViolations(toJson(v));
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().path(), u"contacts[0].last_name"_s);
        QCOMPARE(back.first().code(), u"forbidden_character"_s);
        QCOMPARE(back.first().message(nullptr), v.first().message(nullptr));
    }
};

QTEST_GUILESS_MAIN(TestWireFormat)
#include "tst_wireformat.moc"
