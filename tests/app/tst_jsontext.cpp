// jsontext: the store's contacts.data written directly must be the bytes Qt's JSON writes, or
// a pulled copy of a stored contact would look changed (StoreWriter::compareStored).

#include "app/jsontext.h"
#include "app/storewriter.h"

#include "core/wireformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace kontor;
using namespace Qt::StringLiterals;

namespace {

/// The reference: the contact's wire JSON without its id, names and email, as Qt writes it.
QByteArray qtData(const core::Contact& c)
{
    QJsonObject data = core::toJson(c);
    for (const QString& k :
         {u"id"_s, u"first_name"_s, u"middle_name"_s, u"last_name"_s, u"email"_s})
        data.remove(k);
    return QJsonDocument(data).toJson(QJsonDocument::Compact);
}

/// Text with what JSON must escape or pass through: quotes, backslashes, control characters,
/// DEL, umlauts, characters outside the BMP, right-to-left and zero-width marks.
QString hostileText(QRandomGenerator& random)
{
    static const QStringList pieces = {u"\""_s,   u"\\"_s,     u"/"_s,      u"\n"_s,     u"\t"_s,
                                       u"\x01"_s, u"\x1f"_s,   u"\x7f"_s,   u"Müller"_s, u"ß"_s,
                                       u"𝄞"_s,    u"\u202e"_s, u"\u200b"_s, u"a b"_s,    u"</"_s,
                                       u"0351"_s, u""_s};
    QString out;
    const int n = int(random.bounded(6));
    for (int i = 0; i < n; ++i)
        out += pieces.at(int(random.bounded(qsizetype(pieces.size()))));
    return out;
}

} // namespace

class TestJsonText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writesTheContactDataAsQtDoes()
    {
        QRandomGenerator random(20261128);
        for (int round = 0; round < 2000; ++round) {
            core::Contact c;
            c.id = QUuid::createUuid();
            c.firstName = hostileText(random);
            c.lastName = hostileText(random);
            c.email = hostileText(random);
            c.address.street = hostileText(random);
            c.address.postalCode = hostileText(random);
            c.address.city = hostileText(random);
            c.address.region = hostileText(random);
            c.address.country = hostileText(random);
            for (int i = int(random.bounded(3)); i > 0; --i)
                c.phones.append({hostileText(random), random.bounded(2) == 1});
            for (int i = int(random.bounded(3)); i > 0; --i)
                c.tags.append(hostileText(random));
            if (random.bounded(2) == 1) {
                c.customFields = {{hostileText(random), hostileText(random)},
                                  {u"zahl"_s, 12.5},
                                  {u"liste"_s, QJsonArray{hostileText(random), true}}};
            }
            const QByteArray expected = qtData(c);
            QCOMPARE(app::jsontext::contactData(c), expected);
            QCOMPARE(app::contactDataText(c).toUtf8(), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
