// Issue 7: a column mapping is a value that can be saved, loaded and applied to the next file.
#include "core/import/importmapping.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor::core;

namespace {

ImportMapping sample()
{
    ImportMapping mapping;
    mapping.columns = {{u"Vorname"_s, ImportField::FirstName, {}},
                       {u"Nachname"_s, ImportField::LastName, {}},
                       {u"Notiz"_s, ImportField::Ignore, {}},
                       {u"Mandantennummer"_s, ImportField::AccountCustomField, u"Mandanten-Nr."_s},
                       {u"Nachname"_s, ImportField::ContactCustomField, u"Geburtsname"_s}};
    return mapping;
}

QString describe(const Violations& violations)
{
    QStringList out;
    for (const Violation& v : violations)
        out.append(v.path() + u'=' + v.code());
    return out.join(u", "_s);
}

} // namespace

class TestImportMapping : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyFieldHasAStableNameAndALabel()
    {
        QSet<QString> names;
        for (int i = 0; i < importFieldCount; ++i) {
            const auto field = static_cast<ImportField>(i);
            const QString name = toWireName(field);
            QVERIFY(!name.isEmpty());
            QVERIFY(!names.contains(name));
            names.insert(name);
            QCOMPARE(importFieldFromWireName(name), std::optional<ImportField>(field));
            QVERIFY(!importFieldLabel(field).isEmpty());
        }
        QCOMPARE(importFieldFromWireName(u"FIRST_NAME"_s), std::nullopt);
    }

    void savesAndLoadsAsJson()
    {
        const QByteArray json = QJsonDocument(toJson(sample())).toJson();
        QVERIFY(json.contains("\"custom_field\": \"Mandanten-Nr.\""));
        QVERIFY(json.contains("\"field\": \"account_custom_field\""));
        const Decoded<ImportMapping> loaded = decodeImportMapping(json);
        QVERIFY2(loaded.ok(), qPrintable(describe(loaded.errors)));
        QCOMPARE(loaded.value, sample());
    }

    void refusesBrokenSavedMappings_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errors");
        QTest::newRow("not JSON") << "{\"format\": "_ba << u"=malformed_json"_s;
        QTest::newRow("another file")
            << "{\"format\": \"something-else\", \"columns\": []}"_ba << u"format=invalid_value"_s;
        QTest::newRow("unknown field")
            << R"({"format": "kontor-import-mapping", "version": 1, "columns": [
                  {"header": "A", "field": "first_name"}, {"header": "B", "field": "shoe_size"}]})"_ba
            << u"columns[1].field=invalid_value"_s;
        QTest::newRow("custom field without a name")
            << R"({"format": "kontor-import-mapping", "columns": [
                  {"header": "A", "field": "contact_custom_field"}]})"_ba
            << u"columns[0].custom_field=required"_s;
        QTest::newRow("wrong types")
            << R"({"format": "kontor-import-mapping", "columns": [{"header": 5, "field": "email"}]})"_ba
            << u"columns[0].header=wrong_type"_s;
    }
    void refusesBrokenSavedMappings()
    {
        QFETCH(QByteArray, json);
        QTEST(describe(decodeImportMapping(json).errors), "errors");
    }

    void appliesSavedMappingByHeaderName()
    {
        // The next export has its columns in another order, another case, one new column, and
        // the repeated header "Nachname" still matches in order.
        const QStringList headers = {u" mandantennummer"_s, u"Neu"_s, u"NACHNAME"_s, u"Vorname"_s,
                                     u"Nachname"_s};
        const ImportMapping applied = sample().appliedTo(headers);
        QCOMPARE(applied.columns.size(), 5);
        QCOMPARE(applied.columns.at(0).field, ImportField::AccountCustomField);
        QCOMPARE(applied.columns.at(0).customField, u"Mandanten-Nr."_s);
        QCOMPARE(applied.columns.at(0).header, u" mandantennummer"_s);
        QCOMPARE(applied.columns.at(1).field, ImportField::Ignore);
        QCOMPARE(applied.columns.at(2).field, ImportField::LastName);
        QCOMPARE(applied.columns.at(3).field, ImportField::FirstName);
        QCOMPARE(applied.columns.at(4).field, ImportField::ContactCustomField);
    }

    void unknownHeadersTakeTheFallback()
    {
        ImportMapping fallback;
        fallback.columns = {{u"Neu"_s, ImportField::Email, {}},
                            {u"Vorname"_s, ImportField::Ignore, {}}};
        const ImportMapping applied = sample().appliedTo({u"Neu"_s, u"Vorname"_s}, &fallback);
        QCOMPARE(applied.columns.at(0).field, ImportField::Email);
        QCOMPARE(applied.columns.at(1).field, ImportField::FirstName); // saved wins
    }
};

QTEST_GUILESS_MAIN(TestImportMapping)
#include "tst_importmapping.moc"
