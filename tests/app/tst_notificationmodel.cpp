// NotificationModel ("Inbox+", R-REG-2/3): newest first, unread count, read marks through the
// outbox, "Gehe zu …" data, incremental updates.

#include "storefixture.h"

#include "app/notificationmodel.h"
#include "app/storereader.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace kontor;
using namespace kontor::test;
using Model = app::NotificationModel;

class TestNotificationModel : public QObject {
    Q_OBJECT

    static core::Change notification(const QUuid& id, const QString& title, const QString& created,
                                     const QUuid& account, bool read = false)
    {
        return change(u"notification"_s, id,
                      {{u"kind"_s, u"client_activated"_s},
                       {u"account_id"_s, core::toWireId(account)},
                       {u"title"_s, title},
                       {u"created_at"_s, created},
                       {u"read_at"_s, read ? QJsonValue(created) : QJsonValue(QJsonValue::Null)},
                       {u"links"_s,
                        QJsonObject{{u"desktop"_s,
                                     QString(u"kontor://account/"_s + core::toWireId(account))}}}});
    }

private Q_SLOTS:
    void newestFirstWithUnreadCount()
    {
        StoreFixture f;
        const QUuid account = QUuid::createUuid();
        QVERIFY(applyServerChanges(
            f.store,
            {notification(QUuid::createUuid(), u"Älter"_s, u"2026-01-01T08:00:00Z"_s, account),
             notification(QUuid::createUuid(), u"Neuer"_s, u"2026-01-02T08:00:00Z"_s, account),
             notification(QUuid::createUuid(), u"Gelesen"_s, u"2025-12-01T08:00:00Z"_s, account,
                          true)}));
        Model m(&f.store);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.index(0).data().toString(), u"Neuer"_s);
        QCOMPARE(m.index(2).data().toString(), u"Gelesen"_s);
        QCOMPARE(m.unreadCount(), 2);
        // R-REG-3 "Gehe zu …"
        QCOMPARE(m.index(0).data(Model::AccountIdRole).toUuid(), account);
        QCOMPARE(m.index(0).data(Model::LinkRole).toString(),
                 u"kontor://account/"_s + core::toWireId(account));
        QCOMPARE(m.index(2).data(Model::ReadRole).toBool(), true);
    }

    void markingReadUpdatesInPlaceAndQueues()
    {
        StoreFixture f;
        QVERIFY(applyServerChanges(
            f.store, {notification(QUuid::createUuid(), u"A"_s, u"2026-01-01T08:00:00Z"_s, {}),
                      notification(QUuid::createUuid(), u"B"_s, u"2026-01-02T08:00:00Z"_s, {})}));
        Model m(&f.store);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy unread(&m, &Model::unreadCountChanged);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QVERIFY(m.markRead(1));
        QCOMPARE(m.unreadCount(), 1);
        QCOMPARE(unread.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toModelIndex().row(), 1);
        QVERIFY(!m.markRead(1)); // already read
        QVERIFY(m.markAllRead());
        QCOMPARE(m.unreadCount(), 0);
        QCOMPARE(reset.size(), 0);
        const QList<core::Operation> ops = app::StoreReader(f.store.database()).outbox(10);
        QCOMPARE(ops.size(), 2);
        QCOMPARE(ops[0].kind, QString(app::localkind::notificationRead));
    }

    void newAndDeletedNotificationsArriveIncrementally()
    {
        StoreFixture f;
        const QUuid first = QUuid::createUuid();
        QVERIFY(applyServerChanges(
            f.store, {notification(first, u"Erste"_s, u"2026-01-01T08:00:00Z"_s, {})}));
        Model m(&f.store);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
        QVERIFY(applyServerChanges(f.store, {notification(QUuid::createUuid(), u"Zweite"_s,
                                                          u"2026-01-03T08:00:00Z"_s, {})}));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0); // newest on top
        QCOMPARE(m.unreadCount(), 2);
        QVERIFY(applyServerChanges(f.store, {core::Change{u"notification"_s, true, first, {}}}));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(m.unreadCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestNotificationModel)
#include "tst_notificationmodel.moc"
