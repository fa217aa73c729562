// PendingActivationsModel (R-INV-7): invited, not yet activated contacts with status, dates and
// send count; local invitations at once; server updates in place; resend for a selection.

#include "storefixture.h"

#include "app/pendingactivationsmodel.h"
#include "app/storereader.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace kontor;
using namespace kontor::test;
using Model = app::PendingActivationsModel;

class TestPendingActivationsModel : public QObject {
    Q_OBJECT

    static core::Change invitation(const QUuid& id, const core::Account& a, const QString& status,
                                   const QDateTime& sentAt, const QDateTime& expiresAt, int count)
    {
        return change(u"invitation"_s, id,
                      {{u"account_id"_s, core::toWireId(a.id)},
                       {u"contact_id"_s, core::toWireId(a.contacts[0].contact.id)},
                       {u"email"_s, a.contacts[0].contact.email},
                       {u"status"_s, status},
                       {u"sent_at"_s, sentAt.toString(Qt::ISODate)},
                       {u"expires_at"_s, expiresAt.toString(Qt::ISODate)},
                       {u"send_count"_s, count}});
    }

private Q_SLOTS:
    void listsInvitationsWithStatusAndDates()
    {
        StoreFixture f;
        core::Account anna = individual(person(u"Anna"_s, u"Schmidt"_s, u"anna@example.de"_s));
        core::Account bernd = individual(person(u"Bernd"_s, u"Bauer"_s, u"bernd@example.de"_s));
        core::Account clara = individual(person(u"Clara"_s, u"Cramer"_s, u"clara@example.de"_s));
        QVERIFY(f.store.createAccount(anna).isEmpty());
        QVERIFY(f.store.createAccount(bernd).isEmpty());
        QVERIFY(f.store.createAccount(clara).isEmpty());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(applyServerChanges(
            f.store,
            {invitation(QUuid::createUuid(), anna, u"sent"_s, now.addDays(-1), now.addDays(6), 2),
             invitation(QUuid::createUuid(), bernd, u"sent"_s, now.addDays(-9), now.addDays(-2),
                        1), // its link is over: expired
             invitation(QUuid::createUuid(), clara, u"activated"_s, now.addDays(-3), now.addDays(4),
                        1)})); // done: not pending any more
        Model m(&f.store);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.columnCount(), int(Model::ColumnCount));
        QCOMPARE(m.index(0, Model::ContactColumn).data().toString(), u"Schmidt, Anna"_s);
        QCOMPARE(m.index(0, Model::AccountColumn).data().toString(), u"Schmidt, Anna"_s);
        QCOMPARE(m.index(0, Model::EmailColumn).data().toString(), u"anna@example.de"_s);
        QCOMPARE(m.index(0, Model::StatusColumn).data().toString(), u"sent"_s);
        QCOMPARE(m.index(0, Model::SendCountColumn).data().toInt(), 2);
        QVERIFY(!m.index(0, Model::SentAtColumn).data().toString().isEmpty());
        QCOMPARE(m.index(0, 0).data(Model::ExpiresAtRole).toDateTime().date(),
                 now.addDays(6).date());
        QCOMPARE(m.index(1, 0).data(Model::StatusRole).toInt(),
                 int(app::InvitationStatus::Expired));
        QCOMPARE(m.index(1, Model::StatusColumn).data().toString(), u"expired"_s);
        QCOMPARE(m.headerData(Model::ValidUntilColumn, Qt::Horizontal).toString(),
                 u"Valid until"_s);
    }

    void localInvitationShowsAtOnceAndUpdatesInPlace()
    {
        StoreFixture f;
        core::Account anna = individual(person(u"Anna"_s, u"Schmidt"_s, u"anna@example.de"_s));
        QVERIFY(f.store.createAccount(anna).isEmpty());
        Model m(&f.store);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QUuid id;
        QVERIFY(f.store.queueInvitation(anna.id, anna.contacts[0].contact.id, {}, &id).isEmpty());
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m.index(0, 0).data(Model::StatusRole).toInt(), int(app::InvitationStatus::Queued));
        // The server sent it, then delivery failed (R-INV-7 shows failures).
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(applyServerChanges(f.store,
                                   {invitation(id, anna, u"failed"_s, now, now.addDays(7), 1)}));
        QCOMPARE(m.rowCount(), 1);
        QVERIFY(changed.size() >= 1);
        QCOMPARE(m.index(0, Model::StatusColumn).data().toString(), u"failed"_s);
        QCOMPARE(reset.size(), 0);
        // Activated: it leaves the list.
        QVERIFY(applyServerChanges(f.store,
                                   {invitation(id, anna, u"activated"_s, now, now.addDays(7), 1)}));
        QCOMPARE(m.rowCount(), 0);
    }

    void resendQueuesOnePerSelectedRow()
    {
        StoreFixture f;
        QList<QUuid> ids;
        for (const QString& last : {u"Eins"_s, u"Zwei"_s, u"Drei"_s}) {
            core::Account a = individual(person(u"Kim"_s, last, last.toLower() + u"@example.de"_s));
            QVERIFY(f.store.createAccount(a).isEmpty());
            QUuid id;
            QVERIFY(f.store.queueInvitation(a.id, a.contacts[0].contact.id, {}, &id).isEmpty());
            ids.append(id);
        }
        Model m(&f.store);
        const int before = f.store.outboxCount();
        QVERIFY(m.resend({0, 2, 2}).isEmpty()); // a row twice counts once
        const QList<core::Operation> ops = app::StoreReader(f.store.database()).outbox(100);
        QCOMPARE(ops.size(), before + 2);
        QCOMPARE(ops.last().kind, QString(app::localkind::invitationResend));
        QVERIFY(ids.contains(QUuid::fromString(ops.last().payload[u"id"_s].toString())));
    }
};

QTEST_GUILESS_MAIN(TestPendingActivationsModel)
#include "tst_pendingactivationsmodel.moc"
