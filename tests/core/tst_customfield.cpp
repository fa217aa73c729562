// R-ACC-9, R-CON-3: firm-defined custom fields of every type.
#include "core/customfield.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor::core;

namespace {
CustomFieldDefinition field(CustomFieldType type, QStringList options = {})
{
    CustomFieldDefinition d;
    d.id = QUuid::createUuid();
    d.name = u"Feld"_s;
    d.type = type;
    d.options = std::move(options);
    return d;
}
} // namespace

class TestCustomField : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void checksValues_data()
    {
        QTest::addColumn<CustomFieldType>("type");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code"); // empty: accepted
        const auto T = CustomFieldType::Text;
        QTest::newRow("text") << T << QJsonValue(u"Notiz"_s) << QString();
        QTest::newRow("text multi-line") << T << QJsonValue(u"a\nb"_s) << QString();
        QTest::newRow("text number") << T << QJsonValue(1) << u"wrong_type"_s;
        QTest::newRow("text control") << T << QJsonValue(u"a\x01"_s) << u"forbidden_character"_s;
        QTest::newRow("text too long") << T << QJsonValue(QString(2001, u'a')) << u"too_long"_s;
        const auto N = CustomFieldType::Number;
        QTest::newRow("number") << N << QJsonValue(12.5) << QString();
        QTest::newRow("number as text") << N << QJsonValue(u"12"_s) << u"wrong_type"_s;
        const auto D = CustomFieldType::Date;
        QTest::newRow("date") << D << QJsonValue(u"2024-12-31"_s) << QString();
        QTest::newRow("date german") << D << QJsonValue(u"31.12.2024"_s) << u"invalid_date"_s;
        QTest::newRow("date impossible") << D << QJsonValue(u"2023-02-29"_s) << u"invalid_date"_s;
        const auto S = CustomFieldType::SingleChoice;
        QTest::newRow("single") << S << QJsonValue(u"GmbH"_s) << QString();
        QTest::newRow("single other") << S << QJsonValue(u"AG"_s) << u"invalid_option"_s;
        const auto M = CustomFieldType::MultipleChoice;
        QTest::newRow("multi") << M << QJsonValue(QJsonArray{u"GmbH"_s, u"KG"_s}) << QString();
        QTest::newRow("multi other") << M << QJsonValue(QJsonArray{u"AG"_s}) << u"invalid_option"_s;
        QTest::newRow("multi twice")
            << M << QJsonValue(QJsonArray{u"KG"_s, u"KG"_s}) << u"duplicate"_s;
        QTest::newRow("multi scalar") << M << QJsonValue(u"KG"_s) << u"wrong_type"_s;
        const auto E = CustomFieldType::Email;
        QTest::newRow("email") << E << QJsonValue(u"a@b.de"_s) << QString();
        QTest::newRow("email bad") << E << QJsonValue(u"a@b"_s) << u"invalid_email"_s;
        const auto U = CustomFieldType::Url;
        QTest::newRow("url") << U << QJsonValue(u"https://kanzlei.de/x"_s) << QString();
        QTest::newRow("url javascript")
            << U << QJsonValue(u"javascript:alert(1)"_s) << u"invalid_url"_s;
        QTest::newRow("url no scheme") << U << QJsonValue(u"kanzlei.de"_s) << u"invalid_url"_s;
        const auto C = CustomFieldType::Checkbox;
        QTest::newRow("checkbox") << C << QJsonValue(true) << QString();
        QTest::newRow("checkbox text") << C << QJsonValue(u"ja"_s) << u"wrong_type"_s;
        QTest::newRow("null is unset") << C << QJsonValue(QJsonValue::Null) << QString();
    }
    void checksValues()
    {
        QFETCH(CustomFieldType, type);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        const Violations v =
            checkCustomFieldValue(field(type, {u"GmbH"_s, u"KG"_s}), value, u"f"_s);
        if (code.isEmpty()) {
            QVERIFY2(v.isEmpty(), qPrintable(v.isEmpty() ? QString() : v.first().code()));
        } else {
            QCOMPARE(v.size(), 1);
            QCOMPARE(v.first().code(), code);
        }
    }

    void rejectsUnknownAndForeignScopeFields()
    {
        CustomFieldDefinition contactField = field(CustomFieldType::Text);
        contactField.scope = CustomFieldScope::Contact;
        QJsonObject values{{toWireId(contactField.id), u"x"_s}, {u"not-a-uuid"_s, 1}};
        const Violations v =
            checkCustomFieldValues(values, {contactField}, CustomFieldScope::Account, u"cf"_s);
        QCOMPARE(v.size(), 2);
        QCOMPARE(v.at(0).code(), u"unknown_field"_s);
        QCOMPARE(v.at(1).code(), u"unknown_field"_s);
    }

    void requiredFieldsMustBeSet()
    {
        CustomFieldDefinition d = field(CustomFieldType::MultipleChoice, {u"a"_s});
        d.required = true;
        const QString key = toWireId(d.id);
        QCOMPARE(
            checkCustomFieldValues({{key, QJsonArray()}}, {d}, CustomFieldScope::Account, u"cf"_s)
                .first()
                .path(),
            u"cf."_s + key);
        QVERIFY(checkCustomFieldValues({{key, QJsonArray{u"a"_s}}}, {d}, CustomFieldScope::Account,
                                       u"cf"_s)
                    .isEmpty());
    }

    void checksDefinitions()
    {
        QVERIFY(checkCustomFieldDefinition(field(CustomFieldType::Text), u"d"_s).isEmpty());
        QCOMPARE(
            checkCustomFieldDefinition(field(CustomFieldType::SingleChoice), u"d"_s).first().path(),
            u"d.options"_s);
        QCOMPARE(checkCustomFieldDefinition(field(CustomFieldType::SingleChoice, {u"a"_s, u"a"_s}),
                                            u"d"_s)
                     .first()
                     .code(),
                 u"duplicate"_s);
        CustomFieldDefinition unnamed = field(CustomFieldType::Text);
        unnamed.name.clear();
        QCOMPARE(checkCustomFieldDefinition(unnamed, u"d"_s).first().code(), u"required"_s);
    }

    void typeNamesRoundTrip()
    {
        for (auto t : {CustomFieldType::Text, CustomFieldType::Number, CustomFieldType::Date,
                       CustomFieldType::SingleChoice, CustomFieldType::MultipleChoice,
                       CustomFieldType::Email, CustomFieldType::Url, CustomFieldType::Checkbox})
            QCOMPARE(customFieldTypeFromWireName(toWireName(t)), t);
    }
};

QTEST_GUILESS_MAIN(TestCustomField)
#include "tst_customfield.moc"
