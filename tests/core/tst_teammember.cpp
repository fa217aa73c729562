// R-ACC-1 (who creates accounts) and R-ACC-7 (who sees them).
#include "core/teammember.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor::core;

namespace {
TeamMember member(Role role, bool manage = false, bool defaultAccess = false)
{
    TeamMember m;
    m.role = role;
    m.permissions = Permissions{manage, defaultAccess};
    return m;
}
} // namespace

class TestTeamMember : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void whoManagesAccounts()
    {
        QVERIFY(canManageAccounts(member(Role::Owner)));
        QVERIFY(canManageAccounts(member(Role::Admin)));
        QVERIFY(canManageAccounts(member(Role::Employee, true)));
        QVERIFY(!canManageAccounts(member(Role::Employee, false, true)));
    }

    void whoSeesAnAccount_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("defaultAccess");
        QTest::addColumn<bool>("assigned");
        QTest::addColumn<bool>("creator");
        QTest::addColumn<bool>("sees");
        QTest::newRow("owner") << int(Role::Owner) << false << false << false << true;
        QTest::newRow("admin") << int(Role::Admin) << false << false << false << true;
        QTest::newRow("employee unrelated")
            << int(Role::Employee) << false << false << false << false;
        QTest::newRow("employee assigned") << int(Role::Employee) << false << true << false << true;
        QTest::newRow("employee creator") << int(Role::Employee) << false << false << true << true;
        QTest::newRow("employee default access")
            << int(Role::Employee) << true << false << false << true;
    }
    void whoSeesAnAccount()
    {
        QFETCH(int, role);
        QFETCH(bool, defaultAccess);
        QFETCH(bool, assigned);
        QFETCH(bool, creator);
        QFETCH(bool, sees);
        QCOMPARE(canSeeAccount(member(Role(role), false, defaultAccess), assigned, creator), sees);
    }

    void defaultAccessIsTheFlag()
    {
        QVERIFY(hasDefaultAccountAccess(member(Role::Employee, false, true)));
        QVERIFY(!hasDefaultAccountAccess(member(Role::Admin)));
    }

    void roleNamesRoundTrip()
    {
        for (Role r : {Role::Owner, Role::Admin, Role::Employee})
            QCOMPARE(roleFromWireName(toWireName(r)), r);
        QVERIFY(!roleFromWireName(u"boss"_s));
    }
};

QTEST_GUILESS_MAIN(TestTeamMember)
#include "tst_teammember.moc"
