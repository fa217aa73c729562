// POST /api/v1/ops and GET /api/v1/changes (core/syncprotocol.h) on the real server.
#include "serverfixture.h"

#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace kontor::test;

namespace {
QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject op(const QString& opId, const QString& kind, const QJsonObject& payload)
{
    return {{u"op_id"_s, opId}, {u"kind"_s, kind}, {u"payload"_s, payload}};
}

// An account with a contact per id in @p contactIds.
QJsonObject contactsPayload(const QString& id, const QString& last, const QStringList& contactIds)
{
    QJsonArray contacts;
    for (const QString& contactId : contactIds) {
        contacts.append(QJsonObject{{u"id"_s, contactId},
                                    {u"first_name"_s, u"Kim"_s},
                                    {u"last_name"_s, last},
                                    {u"login"_s, false},
                                    {u"notify"_s, false},
                                    {u"email_sync"_s, false}});
    }
    return {{u"id"_s, id}, {u"type"_s, u"individual"_s}, {u"contacts"_s, contacts}};
}

QJsonObject createPayload(const QString& id, const QString& first, const QString& last)
{
    QJsonObject p = individualAccount(first, last, first.toLower() + u"@sync.example"_s);
    p.insert(u"id"_s, id);
    return p;
}
} // namespace

class TestServerSync : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void appliesAndReportsEachOperation();
    void replaysTheSameOperationIdempotently();
    void refusesAReusedOpIdWithAnotherPayload();
    void rejectedOperationChangesNothingAndIsNotRemembered();
    void rejectionInABatchKeepsTheOthers();
    void fieldLevelConflictAppliesTheRest();
    void existingAccountIdIsRejectedAndLeavesNothing();
    void reusedContactIdsAreRejected_data();
    void reusedContactIdsAreRejected();
    void linkSetAndContactUpdate();
    void invitationSendWithoutAccountIsRejected();
    void atMostThousandOperations();
    void malformedBatchIs422();
    void changesFollowTheCursorInOrder();
    void changesArePagedWithMore();
    void badCursorIs400();
    void employeeGetsHiddenAccountsAsDeletes();

private:
    Reply push(ApiClient& api, const QJsonArray& ops)
    {
        return api.post(u"/api/v1/ops"_s, {{u"ops"_s, ops}});
    }

    std::unique_ptr<TestDatabase> m_db;
    ServerProcess m_server;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<ApiClient> m_employee;
    const QString m_password = u"sync-secret-1"_s;
};

void TestServerSync::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(backendFromEnvironment());
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY(initFirm(m_db->spec(), {u"Kanzlei Sync"_s, u"owner@sync.example"_s, m_password}));
    QVERIFY(addUser(m_db->spec(), u"Kanzlei Sync"_s, u"emp@sync.example"_s, u"employee"_s,
                    u"manage_accounts"_s, m_password));
    QVERIFY(m_server.start(m_db->spec()));
    m_api = std::make_unique<ApiClient>(m_server.baseUrl());
    QVERIFY(!m_api->signIn(u"owner@sync.example"_s, m_password).isEmpty());
    m_employee = std::make_unique<ApiClient>(m_server.baseUrl());
    QVERIFY(!m_employee->signIn(u"emp@sync.example"_s, m_password).isEmpty());
}

void TestServerSync::cleanupTestCase()
{
    QCOMPARE(m_server.terminate(), 0);
}

void TestServerSync::appliesAndReportsEachOperation()
{
    const QString a = newId(), b = newId();
    const QString opA = newId(), opB = newId();
    const Reply r =
        push(*m_api, {op(opA, u"account.create"_s, createPayload(a, u"Ada"_s, u"Apply"_s)),
                      op(opB, u"account.create"_s, createPayload(b, u"Bob"_s, u"Apply"_s))});
    QCOMPARE(r.status, 200);
    const QJsonArray results = r.json[u"results"_s].toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results[0][u"op_id"_s].toString(), opA);
    QCOMPARE(results[0][u"status"_s].toString(), u"applied"_s);
    QCOMPARE(results[1][u"status"_s].toString(), u"applied"_s);
    QVERIFY(!r.json[u"cursor"_s].toString().isEmpty());
    QCOMPARE(m_api->get(u"/api/v1/accounts/"_s + a).json[u"name"_s].toString(), u"Ada Apply"_s);
}

void TestServerSync::replaysTheSameOperationIdempotently()
{
    const QString id = newId(), opId = newId();
    const QJsonArray ops{op(opId, u"account.create"_s, createPayload(id, u"Rea"_s, u"Play"_s))};
    QCOMPARE(push(*m_api, ops).json[u"results"_s][0][u"status"_s].toString(), u"applied"_s);
    const Reply again = push(*m_api, ops);
    QCOMPARE(again.json[u"results"_s][0][u"status"_s].toString(), u"replayed"_s);
    const Reply list = m_api->get(u"/api/v1/accounts?q=rea%20play"_s);
    QCOMPARE(list.items().size(), 1);
}

void TestServerSync::refusesAReusedOpIdWithAnotherPayload()
{
    const QString opId = newId();
    QCOMPARE(
        push(*m_api, {op(opId, u"account.create"_s, createPayload(newId(), u"Uno"_s, u"Reuse"_s))})
            .json[u"results"_s][0][u"status"_s]
            .toString(),
        u"applied"_s);
    const Reply r =
        push(*m_api, {op(opId, u"account.create"_s, createPayload(newId(), u"Due"_s, u"Reuse"_s))});
    const QJsonObject result = r.json[u"results"_s][0].toObject();
    QCOMPARE(result[u"status"_s].toString(), u"rejected"_s);
    QCOMPARE(result[u"errors"_s][0][u"code"_s].toString(), u"op_id_reused"_s);
    QCOMPARE(m_api->get(u"/api/v1/accounts?q=due%20reuse"_s).items().size(), 0);
}

void TestServerSync::rejectedOperationChangesNothingAndIsNotRemembered()
{
    const QString id = newId(), opId = newId();
    QJsonObject bad = createPayload(id, u"Bad"_s, u"Name:"_s);
    const Reply r = push(*m_api, {op(opId, u"account.create"_s, bad)});
    const QJsonObject result = r.json[u"results"_s][0].toObject();
    QCOMPARE(result[u"status"_s].toString(), u"rejected"_s);
    QCOMPARE(result[u"errors"_s][0][u"path"_s].toString(), u"contacts[0].last_name"_s);
    QCOMPARE(m_api->get(u"/api/v1/accounts/"_s + id).status, 404);
    QCOMPARE(m_api->get(u"/api/v1/contacts?q=bad"_s).items().size(), 0);
    // Fixed and resubmitted under the same op_id… is a different payload: refused. Under a
    // new op_id it applies.
    const Reply fixed =
        push(*m_api, {op(newId(), u"account.create"_s, createPayload(id, u"Bad"_s, u"Name"_s))});
    QCOMPARE(fixed.json[u"results"_s][0][u"status"_s].toString(), u"applied"_s);
    // The same rejected payload again is evaluated again (not answered from memory).
    const Reply again = push(*m_api, {op(opId, u"account.create"_s, bad)});
    QCOMPARE(again.json[u"results"_s][0][u"status"_s].toString(), u"rejected"_s);
}

// A batch is applied first without a savepoint per operation (domain::sync::apply): a rejection
// in its middle must still leave the operations before and after it applied, and nothing of
// the rejected one (its contact included).
void TestServerSync::rejectionInABatchKeepsTheOthers()
{
    const QString before = newId(), bad = newId(), after = newId();
    const Reply r = push(
        *m_api, {op(newId(), u"account.create"_s, createPayload(before, u"Batch"_s, u"Vorher"_s)),
                 op(newId(), u"account.create"_s, createPayload(bad, u"Batchbad"_s, u"Mitte:"_s)),
                 op(newId(), u"account.create"_s, createPayload(after, u"Batch"_s, u"Nachher"_s))});
    const QJsonArray results = r.json[u"results"_s].toArray();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results[0][u"status"_s].toString(), u"applied"_s);
    QCOMPARE(results[1][u"status"_s].toString(), u"rejected"_s);
    QCOMPARE(results[2][u"status"_s].toString(), u"applied"_s);
    QCOMPARE(m_api->get(u"/api/v1/accounts/"_s + before).status, 200);
    QCOMPARE(m_api->get(u"/api/v1/accounts/"_s + bad).status, 404);
    QCOMPARE(m_api->get(u"/api/v1/accounts/"_s + after).status, 200);
    QCOMPARE(m_api->get(u"/api/v1/contacts?q=batchbad"_s).items().size(), 0);
    QCOMPARE(m_api->get(u"/api/v1/accounts?q=batch"_s).items().size(), 2);
}

void TestServerSync::fieldLevelConflictAppliesTheRest()
{
    const QString id = newId();
    push(*m_api, {op(newId(), u"account.create"_s, createPayload(id, u"Cora"_s, u"Conflict"_s))});
    // Someone renames it first.
    QCOMPARE(m_api->patch(u"/api/v1/accounts/"_s + id, {{u"name"_s, u"Server Name"_s}}).status,
             200);
    const QJsonArray update{
        op(newId(), u"account.update"_s,
           {{u"id"_s, id},
            {u"fields"_s,
             QJsonObject{{u"name"_s, u"Client Name"_s}, {u"tags"_s, QJsonArray{u"Neu"_s}}}},
            {u"base"_s, QJsonObject{{u"name"_s, u"Cora Conflict"_s}, {u"tags"_s, QJsonArray{}}}}})};
    const Reply r = push(*m_api, update);
    const QJsonObject result = r.json[u"results"_s][0].toObject();
    QCOMPARE(result[u"status"_s].toString(), u"conflict"_s);
    const QJsonObject conflict = result[u"conflicts"_s][0].toObject();
    QCOMPARE(conflict[u"field"_s].toString(), u"name"_s);
    QCOMPARE(conflict[u"server_value"_s].toString(), u"Server Name"_s);
    QCOMPARE(conflict[u"client_value"_s].toString(), u"Client Name"_s);
    const Reply now = m_api->get(u"/api/v1/accounts/"_s + id);
    QCOMPARE(now.json[u"name"_s].toString(), u"Server Name"_s);
    QCOMPARE(now.json[u"tags"_s].toArray(), QJsonArray{u"Neu"_s});
    // Sent again (the answer was lost): replayed, with the conflicts of the first time.
    const QJsonObject replayed = push(*m_api, update).json[u"results"_s][0].toObject();
    QCOMPARE(replayed[u"status"_s].toString(), u"replayed"_s);
    QCOMPARE(replayed[u"conflicts"_s].toArray(), result[u"conflicts"_s].toArray());
}

// The account's id is checked by its insert, after the contacts were written: the rejection
// must take them back, in a batch (no savepoint at first) and in a single request.
void TestServerSync::existingAccountIdIsRejectedAndLeavesNothing()
{
    const QString id = newId(), next = newId();
    QCOMPARE(push(*m_api,
                  {op(newId(), u"account.create"_s, createPayload(id, u"Erste"_s, u"Vorhanden"_s))})
                 .json[u"results"_s][0][u"status"_s]
                 .toString(),
             u"applied"_s);
    const Reply r = push(
        *m_api, {op(newId(), u"account.create"_s, createPayload(id, u"Zweite"_s, u"Doppelt"_s)),
                 op(newId(), u"account.create"_s, createPayload(next, u"Dritte"_s, u"Danach"_s))});
    const QJsonArray results = r.json[u"results"_s].toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results[0][u"status"_s].toString(), u"rejected"_s);
    QCOMPARE(results[0][u"errors"_s][0][u"code"_s].toString(), u"account_exists"_s);
    QCOMPARE(results[1][u"status"_s].toString(), u"applied"_s);
    QCOMPARE(m_api->get(u"/api/v1/contacts?q=doppelt"_s).items().size(), 0);
    QCOMPARE(m_api->get(u"/api/v1/accounts/"_s + id).json[u"name"_s].toString(),
             u"Erste Vorhanden"_s);

    QJsonObject again = individualAccount(u"Vierte"_s, u"Doppelt"_s, {});
    again.insert(u"id"_s, id);
    const Reply direct = m_api->post(u"/api/v1/accounts"_s, again);
    QCOMPARE(direct.status, 409);
    QCOMPARE(direct.errorCode(), u"account_exists"_s);
    QCOMPARE(m_api->get(u"/api/v1/contacts?q=doppelt"_s).items().size(), 0);
}

// A new contact's id in use: checked before anything is written when there are other errors
// (all answered at once), else by the contact's insert; either way every reused id is named.
void TestServerSync::reusedContactIdsAreRejected_data()
{
    QTest::addColumn<QString>("lastName");
    QTest::addColumn<QList<int>>("reused"); // which of three contacts reuse an id
    QTest::addColumn<QStringList>("paths");
    QTest::newRow("first") << u"Erster"_s << QList<int>{0} << QStringList{u"contacts[0].id"_s};
    QTest::newRow("last of three")
        << u"Letzter"_s << QList<int>{2} << QStringList{u"contacts[2].id"_s};
    QTest::newRow("two") << u"Zwei"_s << QList<int>{1, 2}
                         << QStringList{u"contacts[1].id"_s, u"contacts[2].id"_s};
    QTest::newRow("with another error")
        << u"Name:"_s << QList<int>{1}
        << QStringList{u"contacts[0].last_name"_s, u"contacts[1].last_name"_s,
                       u"contacts[2].last_name"_s, u"contacts[1].id"_s};
}

void TestServerSync::reusedContactIdsAreRejected()
{
    QFETCH(QString, lastName);
    QFETCH(QList<int>, reused);
    QFETCH(QStringList, paths);
    const QStringList taken{newId(), newId(), newId()};
    QCOMPARE(push(*m_api, {op(newId(), u"account.create"_s,
                              contactsPayload(newId(), u"Vergeben"_s, taken))})
                 .json[u"results"_s][0][u"status"_s]
                 .toString(),
             u"applied"_s);
    QStringList ids{newId(), newId(), newId()};
    for (const int i : reused)
        ids[i] = taken.at(i);
    const QString id = newId();
    const Reply r =
        push(*m_api, {op(newId(), u"account.create"_s, contactsPayload(id, lastName, ids))});
    const QJsonObject result = r.json[u"results"_s][0].toObject();
    QCOMPARE(result[u"status"_s].toString(), u"rejected"_s);
    QStringList found;
    for (const QJsonValue& e : result[u"errors"_s].toArray()) {
        found.append(e[u"path"_s].toString());
        if (found.constLast().endsWith(u".id"))
            QCOMPARE(e[u"code"_s].toString(), u"duplicate"_s);
    }
    QCOMPARE(found, paths);
    QCOMPARE(m_api->get(u"/api/v1/accounts/"_s + id).status, 404);
    for (const QString& contactId : ids) {
        if (!taken.contains(contactId))
            QCOMPARE(m_api->get(u"/api/v1/contacts/"_s + contactId).status, 404);
    }
}

void TestServerSync::linkSetAndContactUpdate()
{
    const QString account = newId(), contact = newId();
    push(*m_api, {op(newId(), u"account.create"_s, createPayload(account, u"Lia"_s, u"Link"_s))});
    const Reply r = push(
        *m_api,
        {op(newId(), u"link.set"_s,
            {{u"account_id"_s, account},
             {u"contact_id"_s, contact},
             {u"login"_s, true},
             {u"notify"_s, true},
             {u"contact"_s, QJsonObject{{u"first_name"_s, u"Zweit"_s},
                                        {u"last_name"_s, u"Kontakt"_s},
                                        {u"email"_s, u"zweit@sync.example"_s}}}}),
         op(newId(), u"contact.update"_s,
            {{u"id"_s, contact}, {u"fields"_s, QJsonObject{{u"last_name"_s, u"Kontakt-Neu"_s}}}}),
         op(newId(), u"contact.update"_s,
            {{u"id"_s, contact}, {u"fields"_s, QJsonObject{{u"email"_s, u""_s}}}})});
    const QJsonArray results = r.json[u"results"_s].toArray();
    QCOMPARE(results[0][u"status"_s].toString(), u"applied"_s);
    QCOMPARE(results[1][u"status"_s].toString(), u"applied"_s);
    // R-SW-4: LOGIN is on for this contact, so its email cannot go.
    QCOMPARE(results[2][u"status"_s].toString(), u"rejected"_s);
    QCOMPARE(results[2][u"errors"_s][0][u"path"_s].toString(), u"fields.email"_s);
    const Reply acc = m_api->get(u"/api/v1/accounts/"_s + account);
    QCOMPARE(acc.json[u"contacts"_s].toArray().size(), 2);
    QCOMPARE(acc.json[u"contacts"_s][1][u"last_name"_s].toString(), u"Kontakt-Neu"_s);
    QCOMPARE(acc.json[u"contacts"_s][1][u"login"_s].toBool(), true);
}

void TestServerSync::invitationSendWithoutAccountIsRejected()
{
    // The whole invitation flow is in tests/portal; here only the operation's own shape.
    const Reply r = push(*m_api, {op(newId(), u"invitation.send"_s, {{u"id"_s, newId()}})});
    QCOMPARE(r.json[u"results"_s][0][u"status"_s].toString(), u"rejected"_s);
    QStringList paths;
    for (const QJsonValue& e : r.json[u"results"_s][0][u"errors"_s].toArray()) {
        QCOMPARE(e[u"code"_s].toString(), u"required"_s);
        paths.append(e[u"path"_s].toString());
    }
    QCOMPARE(paths, (QStringList{u"account_id"_s, u"contact_id"_s}));
}

void TestServerSync::atMostThousandOperations()
{
    QJsonArray ops;
    for (int i = 0; i < 1001; ++i)
        ops.append(op(newId(), u"invitation.send"_s, {}));
    const Reply r = push(*m_api, ops);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.error()[u"fields"_s][0][u"code"_s].toString(), u"too_many"_s);
}

void TestServerSync::malformedBatchIs422()
{
    const Reply r = push(*m_api, {QJsonObject{{u"kind"_s, u"account.create"_s}}});
    QCOMPARE(r.status, 422);
    QVERIFY(r.errorPaths().contains(u"ops[0].op_id"_s));
    QCOMPARE(m_api->post(u"/api/v1/ops"_s, {}).status, 422);
}

void TestServerSync::changesFollowTheCursorInOrder()
{
    const QString start =
        m_api->get(u"/api/v1/changes?since=0&limit=1"_s).json[u"cursor"_s].toString();
    QCOMPARE(start, u"1"_s);
    QString cursor;
    do {
        const Reply page = m_api->get(u"/api/v1/changes?since="_s + cursor);
        cursor = page.json[u"cursor"_s].toString();
        if (!page.json[u"more"_s].toBool())
            break;
    } while (true);
    const QString id = newId();
    push(*m_api, {op(newId(), u"account.create"_s, createPayload(id, u"Carl"_s, u"Cursor"_s))});
    const Reply after = m_api->get(u"/api/v1/changes?since="_s + cursor);
    QCOMPARE(after.status, 200);
    QStringList entities;
    bool accountSeen = false;
    for (const QJsonValue& c : after.json[u"changes"_s].toArray()) {
        entities.append(c[u"entity"_s].toString());
        if (c[u"entity"_s] == u"account"_s && c[u"id"_s].toString() == id) {
            accountSeen = true;
            QCOMPARE(c[u"op"_s].toString(), u"upsert"_s);
            QCOMPARE(c[u"data"_s][u"name"_s].toString(), u"Carl Cursor"_s);
        }
    }
    QVERIFY2(accountSeen, after.body.constData());
    QVERIFY(entities.contains(u"contact"_s));
    QVERIFY(after.json[u"cursor"_s].toString().toLongLong() > cursor.toLongLong());
    // Nothing new: the same cursor back, no changes.
    const Reply none = m_api->get(u"/api/v1/changes?since="_s + after.json[u"cursor"_s].toString());
    QCOMPARE(none.json[u"changes"_s].toArray().size(), 0);
    QCOMPARE(none.json[u"cursor"_s], after.json[u"cursor"_s]);
}

void TestServerSync::changesArePagedWithMore()
{
    const Reply first = m_api->get(u"/api/v1/changes?limit=3"_s);
    QCOMPARE(first.json[u"changes"_s].toArray().size(), 3);
    QCOMPARE(first.json[u"more"_s].toBool(), true);
    const Reply second =
        m_api->get(u"/api/v1/changes?limit=3&since="_s + first.json[u"cursor"_s].toString());
    QVERIFY(second.json[u"cursor"_s].toString().toLongLong() >
            first.json[u"cursor"_s].toString().toLongLong());
    QVERIFY(first.json[u"changes"_s][0] != second.json[u"changes"_s][0]);
}

void TestServerSync::badCursorIs400()
{
    const Reply r = m_api->get(u"/api/v1/changes?since=abc"_s);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"invalid_cursor"_s);
}

// R-ACC-7 in the feed: an account the employee may not see arrives as a delete.
void TestServerSync::employeeGetsHiddenAccountsAsDeletes()
{
    const QString cursor =
        m_employee->get(u"/api/v1/changes?since=999999"_s).json[u"cursor"_s].toString();
    QCOMPARE(cursor, u"999999"_s);
    QString last = m_api->get(u"/api/v1/changes?since=0&limit=1000"_s).json[u"cursor"_s].toString();
    const QString hidden = newId();
    QJsonObject payload = createPayload(hidden, u"Hedi"_s, u"Hidden"_s);
    payload.insert(u"team_member_ids"_s,
                   QJsonArray{m_api->get(u"/api/v1/me"_s).json[u"user"_s][u"id"_s]});
    push(*m_api, {op(newId(), u"account.create"_s, payload)});
    const Reply feed = m_employee->get(u"/api/v1/changes?since="_s + last);
    bool sawDelete = false;
    for (const QJsonValue& c : feed.json[u"changes"_s].toArray()) {
        if (c[u"id"_s].toString() == hidden) {
            QCOMPARE(c[u"op"_s].toString(), u"delete"_s);
            QVERIFY(!c.toObject().contains(u"data"_s));
            sawDelete = true;
        }
    }
    QVERIFY(sawDelete);
}

QTEST_GUILESS_MAIN(TestServerSync)
#include "tst_serversync.moc"
