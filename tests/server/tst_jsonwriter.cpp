// http::JsonWriter, which writes the account list page without QJsonObject: its text must be
// JSON that QJsonDocument reads back to the same values, whatever the strings hold.
#include "http/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using kontor::server::http::JsonWriter;

class TestJsonWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stringsReadBackUnchanged_data();
    void stringsReadBackUnchanged();
    void nestsObjectsArraysAndScalars();
};

void TestJsonWriter::stringsReadBackUnchanged_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("ascii") << u"Anna Müller GmbH & Co. KG"_s;
    QTest::newRow("quote and backslash") << u"Die \"Firma\" C:\\Pfad"_s;
    QTest::newRow("control characters") << u"a\nb\tc\rd\u0001e\u001ff\bg\fh"_s;
    QTest::newRow("umlaut then quote") << u"Ärzte \"Süd\"\n"_s;
    QTest::newRow("outside the BMP") << u"Emoji 😀 Ende"_s;
    QTest::newRow("slash and DEL") << u"a/b\u007f"_s;
}

void TestJsonWriter::stringsReadBackUnchanged()
{
    QFETCH(QString, text);
    JsonWriter json;
    json.beginObject().key("s"_L1).value(text).key("u"_L1).utf8Value(text.toUtf8()).endObject();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.take(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value(u"s"_s).toString(), text);
    QCOMPARE(doc.object().value(u"u"_s).toString(), text);
}

void TestJsonWriter::nestsObjectsArraysAndScalars()
{
    JsonWriter json;
    json.beginObject().key("items"_L1).beginArray();
    for (int i = 0; i < 2; ++i) {
        json.beginObject()
            .key("n"_L1)
            .value(qint64(i) - 1)
            .key("tags"_L1)
            .beginArray()
            .value(u"x"_s)
            .value("y"_L1)
            .endArray()
            .key("ok"_L1)
            .value(i == 1)
            .endObject();
    }
    const QJsonObject irregular{{u"value"_s, 1.5}, {u"list"_s, QJsonArray{true, u"\""_s}}};
    json.endArray()
        .key("next"_L1)
        .null()
        .key("empty"_L1)
        .beginArray()
        .endArray()
        .key("qt"_L1)
        .value(irregular)
        .endObject();
    const QJsonObject expected{
        {u"items"_s,
         QJsonArray{
             QJsonObject{{u"n"_s, -1}, {u"tags"_s, QJsonArray{u"x"_s, u"y"_s}}, {u"ok"_s, false}},
             QJsonObject{{u"n"_s, 0}, {u"tags"_s, QJsonArray{u"x"_s, u"y"_s}}, {u"ok"_s, true}}}},
        {u"next"_s, QJsonValue(QJsonValue::Null)},
        {u"empty"_s, QJsonArray{}},
        {u"qt"_s, irregular}};
    QCOMPARE(QJsonDocument::fromJson(json.take()).object(), expected);
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
