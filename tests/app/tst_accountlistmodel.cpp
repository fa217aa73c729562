// AccountListModel: order, search and filters from SQL, incremental signals for every change
// of the store (checked by QAbstractItemModelTester and against a freshly built model).

#include "storefixture.h"

#include "app/accountlistmodel.h"
#include "app/storereader.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>

using namespace kontor;
using namespace kontor::test;

class TestAccountListModel : public QObject {
    Q_OBJECT

    static QStringList names(const app::AccountListModel& m)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out.append(m.index(r, app::AccountListModel::NameColumn).data().toString());
        return out;
    }

    static QList<QUuid> ids(const app::AccountListModel& m)
    {
        QList<QUuid> out;
        for (int r = 0; r < m.rowCount(); ++r)
            out.append(m.accountId(r));
        return out;
    }

    static void seed(StoreFixture& f, const QList<std::tuple<QString, QStringList>>& accounts)
    {
        QList<core::Change> changes;
        for (const auto& [name, tags] : accounts)
            changes.append(serverAccount(QUuid::createUuid(), name, tags));
        QVERIFY(applyServerChanges(f.store, changes));
    }

private Q_SLOTS:
    void listsAccountsInFoldedNameOrder()
    {
        StoreFixture f;
        seed(f, {{u"Zimmermann"_s, {}},
                 {u"Özdemir"_s, {}},
                 {u"Müller"_s, {}},
                 {u"mutter"_s, {}},
                 {u"Albers"_s, {}},
                 {u"Muller"_s, {}}});
        app::AccountListModel m(&f.store);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(m.columnCount(), 6);
        QCOMPARE(m.rowCount(), 6);
        const QStringList n = names(m);
        QCOMPARE(n.first(), u"Albers"_s);
        QCOMPARE(n.last(), u"Zimmermann"_s);
        QVERIFY(n.indexOf(u"Müller"_s) < n.indexOf(u"mutter"_s)); // ü sorts as u
        QVERIFY(n.indexOf(u"Özdemir"_s) < n.indexOf(u"Zimmermann"_s));
        QCOMPARE(m.headerData(0, Qt::Horizontal).toString(), u"Account name"_s);
    }

    void searchAsYouTypeIsUmlautInsensitive_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("muller") << u"muller"_s << QStringList{u"Bäckerei Müller"_s, u"Müller"_s};
        QTest::newRow("mül") << u"mül"_s << QStringList{u"Bäckerei Müller"_s, u"Müller"_s};
        QTest::newRow("mueller") << u"mueller"_s << QStringList{u"Bäckerei Müller"_s, u"Müller"_s};
        QTest::newRow("two words") << u"bäck mü"_s << QStringList{u"Bäckerei Müller"_s};
        QTest::newRow("contact name")
            << u"kontakt"_s << QStringList{u"Bäckerei Müller"_s, u"Müller"_s, u"Schmidt"_s};
        QTest::newRow("no match") << u"xyz"_s << QStringList();
        QTest::newRow("cleared") << QString()
                                 << QStringList{u"Bäckerei Müller"_s, u"Müller"_s, u"Schmidt"_s};
    }
    void searchAsYouTypeIsUmlautInsensitive()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        StoreFixture f;
        seed(f, {{u"Müller"_s, {}}, {u"Schmidt"_s, {}}, {u"Bäckerei Müller"_s, {}}});
        app::AccountListModel m(&f.store);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::Fatal);
        m.setSearchText(u"s"_s);
        m.setSearchText(typed);
        QCOMPARE(names(m), expected);
        QCOMPARE(m.count(), expected.size());
    }

    void filtersByTypeTagMemberAndPendingMode()
    {
        StoreFixture f;
        const QUuid a = QUuid::createUuid();
        const QUuid b = QUuid::createUuid();
        const QUuid c = QUuid::createUuid();
        core::Change withMember = serverAccount(a, u"Anton"_s, {u"Privat"_s});
        withMember.data[u"team_member_ids"_s] = QJsonArray{core::toWireId(employeeId)};
        QVERIFY(applyServerChanges(
            f.store, {withMember,
                      serverAccount(b, u"Berta GmbH"_s, {u"Firma"_s}, core::AccountType::Company,
                                    core::PortalStatus::Pending),
                      serverAccount(c, u"Cäsar"_s, {u"privat"_s}, core::AccountType::Individual,
                                    core::PortalStatus::Activated)}));
        app::AccountListModel m(&f.store);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy filterChanged(&m, &app::AccountListModel::filterChanged);

        m.setTypeFilter(int(core::AccountType::Company));
        QCOMPARE(ids(m), QList<QUuid>{b});
        m.setTypeFilter(-1);
        m.setTagFilter(u"PRIVAT"_s); // tags compare case-insensitively
        QCOMPARE(ids(m), (QList<QUuid>{a, c}));
        m.setSearchText(u"cä"_s);
        QCOMPARE(ids(m), QList<QUuid>{c});
        m.setFilter({});
        m.setTeamMemberFilter(employeeId);
        QCOMPARE(ids(m), QList<QUuid>{a});
        QCOMPARE(m.index(0, app::AccountListModel::TeamMembersColumn).data().toString(),
                 u"Emil Mitarbeiter"_s);
        m.setFilter({});
        m.setMode(app::AccountListModel::Mode::PendingActivation); // R-INV-7
        QCOMPARE(ids(m), QList<QUuid>{b});
        QCOMPARE(m.index(0, app::AccountListModel::PortalStatusColumn).data().toString(),
                 u"pending"_s);
        QCOMPARE(m.index(0, 0).data(app::AccountListModel::PortalStatusColorRole).toString(),
                 u"#b26a00"_s);
        QCOMPARE(filterChanged.size(), 8);
    }

    void newAccountIsInsertedNotReset()
    {
        StoreFixture f;
        seed(f, {{u"Albers"_s, {}}, {u"Zimmermann"_s, {}}});
        app::AccountListModel m(&f.store);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        core::Account a = individual(person(u"Hans"_s, u"Müller"_s));
        QVERIFY(f.store.createAccount(a).isEmpty());
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1); // between Albers and Zimmermann
        QCOMPARE(names(m), (QStringList{u"Albers"_s, u"Müller, Hans"_s, u"Zimmermann"_s}));
        QCOMPARE(m.rowOf(a.id), 1);
        // Not yet on the server: "nicht synchronisiert".
        QCOMPARE(m.index(1, app::AccountListModel::SyncStateColumn).data().toString(),
                 u"not synchronised"_s);
        QCOMPARE(m.index(1, 0).data(app::AccountListModel::SyncStateRole).toInt(),
                 int(app::SyncState::Pending));
    }

    void syncStateAndFieldChangesUpdateInPlace()
    {
        StoreFixture f;
        seed(f, {{u"Albers"_s, {}}, {u"Zimmermann"_s, {}}});
        core::Account a = individual(person(u"Hans"_s, u"Müller"_s));
        QVERIFY(f.store.createAccount(a).isEmpty());
        app::AccountListModel m(&f.store);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);

        // The server answered for the operation: the row changes in place.
        {
            app::StoreTransaction tx(f.store.database());
            QVERIFY(tx.writer().completeOperation(
                app::StoreReader(f.store.database()).outbox(1).first().opId));
            QVERIFY(tx.commit());
            f.store.notifyExternalChanges(tx.changes());
        }
        QCOMPARE(removed.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(m.index(1, app::AccountListModel::SyncStateColumn).data().toString(),
                 u"synchronised"_s);

        core::Account edited = *f.store.account(a.id);
        edited.tags = {u"Privat"_s};
        QVERIFY(f.store.updateAccountFields(edited).isEmpty());
        QCOMPARE(changed.size(), 2);
        QCOMPARE(m.index(1, app::AccountListModel::TagsColumn).data().toString(), u"Privat"_s);
    }

    void renameMovesTheRow()
    {
        StoreFixture f;
        seed(f, {{u"Albers"_s, {}}, {u"Berger"_s, {}}, {u"Zimmermann"_s, {}}});
        app::AccountListModel m(&f.store);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        core::Account edited = *f.store.account(m.accountId(0));
        edited.name = u"Zander"_s;
        QVERIFY(f.store.updateAccountFields(edited).isEmpty());
        QCOMPARE(names(m), (QStringList{u"Berger"_s, u"Zander"_s, u"Zimmermann"_s}));
        QCOMPARE(reset.size(), 0);
    }

    void filteredOutWhenNoLongerMatching()
    {
        StoreFixture f;
        seed(f, {{u"Albers"_s, {u"Privat"_s}}, {u"Berger"_s, {u"Privat"_s}}});
        app::AccountListModel m(&f.store);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::Fatal);
        m.setTagFilter(u"Privat"_s);
        QCOMPARE(m.rowCount(), 2);
        QSignalSpy count(&m, &app::AccountListModel::countChanged);
        core::Account edited = *f.store.account(m.accountId(0));
        edited.tags = {};
        QVERIFY(f.store.updateAccountFields(edited).isEmpty());
        QCOMPARE(names(m), QStringList{u"Berger"_s});
        QCOMPARE(count.size(), 1);
        edited.tags = {u"Privat"_s};
        QVERIFY(f.store.updateAccountFields(edited).isEmpty());
        QCOMPARE(names(m), (QStringList{u"Albers"_s, u"Berger"_s}));
    }

    void randomChangesMatchAFreshModel()
    {
        // Batches of inserts, renames, tag changes and deletes (as a sync page brings them):
        // after each, the incrementally updated model equals one built from scratch.
        StoreFixture f;
        QRandomGenerator rng(7);
        const QStringList stems{u"Müller"_s, u"Muller"_s, u"Meyer"_s, u"Schäfer"_s,
                                u"Becker"_s, u"Özil"_s,   u"Zobel"_s, u"Abel"_s};
        const auto randomName = [&]() -> QString {
            return stems.at(rng.bounded(int(stems.size()))) + u' ' +
                   QString::number(rng.bounded(5)); // duplicates on purpose
        };
        QList<QUuid> existing;
        QList<core::Change> first;
        for (int i = 0; i < 60; ++i) {
            existing.append(QUuid::createUuid());
            first.append(serverAccount(existing.last(), randomName(),
                                       rng.bounded(2) ? QStringList{u"Privat"_s} : QStringList{}));
        }
        QVERIFY(applyServerChanges(f.store, first));

        for (const app::AccountFilter& filter :
             {app::AccountFilter{}, app::AccountFilter{u"mü"_s, {}, {}, {}, false},
              app::AccountFilter{{}, {}, u"privat"_s, {}, false}}) {
            app::AccountListModel m(&f.store);
            QAbstractItemModelTester tester(&m,
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
            m.setFilter(filter);
            QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
            for (int round = 0; round < 25; ++round) {
                QList<core::Change> batch;
                const int size = 1 + rng.bounded(8);
                for (int k = 0; k < size; ++k) {
                    const int what = rng.bounded(4);
                    if (what == 0 || existing.isEmpty()) {
                        existing.append(QUuid::createUuid());
                        batch.append(serverAccount(existing.last(), randomName(), {}));
                    } else if (what == 3) {
                        const QUuid gone = existing.takeAt(rng.bounded(int(existing.size())));
                        batch.append(core::Change{u"account"_s, true, gone, {}});
                    } else {
                        const QUuid id = existing.at(rng.bounded(int(existing.size())));
                        batch.append(serverAccount(id, what == 1 ? randomName() : u"Abel 0"_s,
                                                   rng.bounded(2) ? QStringList{u"Privat"_s}
                                                                  : QStringList{}));
                    }
                }
                QVERIFY(applyServerChanges(f.store, batch));
                app::AccountListModel fresh(&f.store);
                fresh.setFilter(filter);
                QCOMPARE(ids(m), ids(fresh));
                QCOMPARE(names(m), names(fresh));
            }
            QCOMPARE(reset.size(), 0);
        }
    }

    void randomAccessReadsTheRightRows()
    {
        // Windows fetched around any row, cache eviction included.
        StoreFixture f;
        QList<core::Change> changes;
        for (int i = 0; i < 6000; ++i) {
            changes.append(serverAccount(QUuid::createUuid(),
                                         u"Konto %1"_s.arg(i, 5, 10, QLatin1Char('0')), {}));
        }
        QVERIFY(applyServerChanges(f.store, changes));
        app::AccountListModel m(&f.store);
        QCOMPARE(m.rowCount(), 6000);
        QRandomGenerator rng(3);
        for (int i = 0; i < 300; ++i) {
            const int row = rng.bounded(6000);
            QCOMPARE(m.index(row, 0).data().toString(),
                     u"Konto %1"_s.arg(row, 5, 10, QLatin1Char('0')));
        }
    }
};

QTEST_GUILESS_MAIN(TestAccountListModel)
#include "tst_accountlistmodel.moc"
