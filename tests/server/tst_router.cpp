// The router (http/router.h): patterns with placeholders, literal segments first, 405 lists.
#include "http/router.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor::server::http;

class TestRouter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesPlaceholdersAndLiterals();
    void literalBeatsPlaceholder();
    void reportsAllowedMethodsForAKnownPath();
    void unknownPathMatchesNothing();

private:
    static Handler tagged(int tag)
    {
        return [tag](kontor::server::RequestContext&) {
            Response r;
            r.status = tag;
            return r;
        };
    }
};

void TestRouter::matchesPlaceholdersAndLiterals()
{
    Router r;
    r.add("PUT", u"/api/v1/accounts/{id}/contacts/{contactId}"_s, tagged(1));
    const Router::Match m = r.match("PUT", u"/api/v1/accounts/abc/contacts/def"_s);
    QVERIFY(m.route);
    QCOMPARE(m.params.value(u"id"_s), u"abc"_s);
    QCOMPARE(m.params.value(u"contactId"_s), u"def"_s);
    QVERIFY(!r.match("PUT", u"/api/v1/accounts//contacts/def"_s).route);
    QVERIFY(!r.match("PUT", u"/api/v1/accounts/abc/contacts"_s).route);
}

void TestRouter::literalBeatsPlaceholder()
{
    Router r;
    r.add("GET", u"/api/v1/things/{id}"_s, tagged(1));
    r.add("GET", u"/api/v1/things/special"_s, tagged(2));
    QCOMPARE(r.match("GET", u"/api/v1/things/special"_s).route->pattern,
             u"/api/v1/things/special"_s);
    QCOMPARE(r.match("GET", u"/api/v1/things/other"_s).route->pattern, u"/api/v1/things/{id}"_s);
}

void TestRouter::reportsAllowedMethodsForAKnownPath()
{
    Router r;
    r.add("GET", u"/api/v1/accounts"_s, tagged(1));
    r.add("POST", u"/api/v1/accounts"_s, tagged(2));
    const Router::Match m = r.match("DELETE", u"/api/v1/accounts"_s);
    QVERIFY(!m.route);
    QCOMPARE(m.allowedMethods, (QList<QByteArray>{"GET", "POST"}));
}

void TestRouter::unknownPathMatchesNothing()
{
    Router r;
    r.add("GET", u"/api/v1/accounts"_s, tagged(1));
    const Router::Match m = r.match("GET", u"/api/v1/nothing"_s);
    QVERIFY(!m.route);
    QVERIFY(m.allowedMethods.isEmpty());
}

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
