// `kontor-server demo`: the README's run command relies on it. A firm with an owner and two
// employees who can sign in, the accounts asked for, some pending invitations (R-INV-7), and a
// second run that reuses what is there.
#include "serverfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor::test;

namespace {
const QString password = u"kontor-demo"_s;
} // namespace

class TestServerDemo : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createsAUsableFirmAndReusesItOnTheSecondRun()
    {
        TestDatabase db(backendFromEnvironment());
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const QStringList args{u"demo"_s,
                               u"--database"_s,
                               db.spec(),
                               u"--accounts"_s,
                               u"30"_s,
                               u"--public-url"_s,
                               u"http://demo.test"_s,
                               u"--test-password-cost"_s};
        CommandResult first = runServerCommand(args);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QVERIFY(first.out.contains("inhaberin@kanzlei-demo.de"));
        QVERIFY(first.out.contains("30 new"));
        CommandResult second = runServerCommand(args);
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QVERIFY(second.out.contains("0 new"));

        ServerProcess server;
        QVERIFY(server.start(db.spec()));
        ApiClient owner(server.baseUrl());
        QVERIFY(!owner.signIn(u"inhaberin@kanzlei-demo.de"_s, password).isEmpty());
        const Reply accounts = owner.get(u"/api/v1/accounts?limit=100"_s);
        QCOMPARE(accounts.status, 200);
        QCOMPARE(accounts.items().size(), 30);

        // Accounts 0, 12 and 24 have LOGIN on and an invitation waiting.
        const Reply pending = owner.get(u"/api/v1/pending-activations"_s);
        QCOMPARE(pending.status, 200);
        QCOMPARE(pending.items().size(), 3);
        for (const QJsonValue& item : pending.items())
            QVERIFY(!item.toObject().value(u"expires_at"_s).isNull());

        for (const QString& employee :
             {u"max.mitarbeiter@kanzlei-demo.de"_s, u"eva.einsteigerin@kanzlei-demo.de"_s}) {
            ApiClient client(server.baseUrl());
            QVERIFY2(!client.signIn(employee, password).isEmpty(), qPrintable(employee));
        }
        QCOMPARE(server.terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerDemo)
#include "tst_serverdemo.moc"
