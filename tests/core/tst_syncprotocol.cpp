// The sync protocol's wire shapes (DESIGN.md "Sync protocol").
#include "core/syncprotocol.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor::core;

namespace {
QByteArray bytes(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

class TestSyncProtocol : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void operationBatchRoundTrips()
    {
        const Operation op{QUuid::createUuid(), QString(opkind::accountCreate),
                           QJsonObject{{u"type"_s, u"individual"_s}}};
        const Decoded<QList<Operation>> d =
            decodeOperationBatch(bytes(QJsonObject{{u"ops"_s, QJsonArray{toJson(op)}}}));
        QVERIFY(d.ok());
        QCOMPARE(d.value, QList<Operation>{op});
    }

    void rejectsOversizedAndMalformedBatches()
    {
        QJsonArray many;
        for (int i = 0; i <= maxOperationsPerPush; ++i)
            many.append(toJson(Operation{QUuid::createUuid(), u"link.set"_s, {}}));
        Decoded<QList<Operation>> d = decodeOperationBatch(bytes(QJsonObject{{u"ops"_s, many}}));
        QCOMPARE(d.errors.size(), 1);
        QCOMPARE(d.errors.first().code(), u"too_many"_s);

        d = decodeOperationBatch(R"({"ops":[{"op_id":"x","payload":[]}]})");
        QStringList codes;
        for (const Violation& v : d.errors)
            codes.append(v.path() + u'=' + v.code());
        QCOMPARE(codes, (QStringList{u"ops[0].op_id=wrong_type"_s, u"ops[0].kind=required"_s,
                                     u"ops[0].payload=wrong_type"_s}));
        QCOMPARE(decodeOperationBatch("{}").errors.first().code(), u"required"_s);
    }

    void resultsRoundTrip()
    {
        OperationResult r;
        r.opId = QUuid::createUuid();
        r.status = OperationStatus::Conflict;
        r.conflicts = {FieldConflict{u"name"_s, u"Alt"_s, u"Neu"_s}};
        r.errors = {Violation::received(u"name"_s, u"forbidden_character"_s, u"x"_s)};
        QCOMPARE(decode<OperationResult>(bytes(toJson(r)), readOperationResult).value, r);
        for (auto s : {OperationStatus::Applied, OperationStatus::Replayed,
                       OperationStatus::Rejected, OperationStatus::Conflict})
            QCOMPARE(operationStatusFromWireName(toWireName(s)), s);
    }

    void changePagesRoundTrip()
    {
        ChangePage page;
        page.changes = {Change{u"account"_s, false, QUuid::createUuid(), {{u"name"_s, u"A"_s}}},
                        Change{u"contact"_s, true, QUuid::createUuid(), {}}};
        page.cursor = u"42"_s;
        page.more = true;
        QCOMPARE(decode<ChangePage>(bytes(toJson(page)), readChangePage).value, page);
    }
};

QTEST_GUILESS_MAIN(TestSyncProtocol)
#include "tst_syncprotocol.moc"
