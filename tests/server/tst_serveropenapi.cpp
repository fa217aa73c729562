// The OpenAPI document (server/api/openapi.json, served at /api/v1/openapi.json) against real
// answers: every documented operation exists, and real responses match their schemas. The
// checker covers the subset the document uses: $ref, allOf, type, properties, required, items,
// enum, nullable, maxItems and the formats uuid and date-time.
#include "serverfixture.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace kontor::test;

namespace {

class SchemaChecker {
public:
    explicit SchemaChecker(QJsonObject document)
        : m_doc(std::move(document))
    {
    }

    // Problems of @p value against @p schema, each with its JSON path.
    QStringList check(const QJsonValue& value, const QJsonObject& schema, const QString& path) const
    {
        QStringList out;
        if (schema.contains(u"$ref"_s))
            return check(value, resolve(schema[u"$ref"_s].toString()), path);
        if (schema.contains(u"allOf"_s)) {
            for (const QJsonValue& part : schema[u"allOf"_s].toArray())
                out += check(value, part.toObject(), path);
            return out;
        }
        if (value.isNull()) {
            if (!schema[u"nullable"_s].toBool() && schema.contains(u"type"_s))
                out.append(path + u": null but not nullable"_s);
            return out;
        }
        const QString type = schema[u"type"_s].toString();
        if (type == u"object") {
            if (!value.isObject())
                return {path + u": not an object"_s};
            const QJsonObject o = value.toObject();
            for (const QJsonValue& r : schema[u"required"_s].toArray()) {
                if (!o.contains(r.toString()))
                    out.append(path + u": missing "_s + r.toString());
            }
            const QJsonObject props = schema[u"properties"_s].toObject();
            for (auto it = props.begin(); it != props.end(); ++it) {
                if (o.contains(it.key()))
                    out += check(o[it.key()], it.value().toObject(), path + u'.' + it.key());
            }
        } else if (type == u"array") {
            if (!value.isArray())
                return {path + u": not an array"_s};
            const QJsonArray a = value.toArray();
            if (schema.contains(u"maxItems"_s) && a.size() > schema[u"maxItems"_s].toInt())
                out.append(path + u": too many items"_s);
            for (qsizetype i = 0; i < a.size(); ++i)
                out += check(a[i], schema[u"items"_s].toObject(), u"%1[%2]"_s.arg(path).arg(i));
        } else if (type == u"string") {
            if (!value.isString())
                return {path + u": not a string"_s};
            const QString format = schema[u"format"_s].toString();
            if (format == u"uuid" && QUuid::fromString(value.toString()).isNull())
                out.append(path + u": not a uuid"_s);
            if (format == u"date-time" &&
                !QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid())
                out.append(path + u": not a date-time"_s);
        } else if (type == u"boolean" && !value.isBool()) {
            out.append(path + u": not a boolean"_s);
        } else if ((type == u"integer" || type == u"number") && !value.isDouble()) {
            out.append(path + u": not a number"_s);
        }
        if (schema.contains(u"enum"_s) && !schema[u"enum"_s].toArray().contains(value))
            out.append(path + u": not one of the enum values"_s);
        return out;
    }

    QJsonObject resolve(const QString& ref) const
    {
        QJsonValue node = m_doc;
        for (const QString& part : ref.mid(2).split(u'/'))
            node = node.toObject()[part];
        return node.toObject();
    }

    // The response schema of an operation and status; empty when undocumented.
    std::optional<QJsonObject> responseSchema(const QString& pattern, const QString& method,
                                              int status) const
    {
        const QJsonObject responses = m_doc[u"paths"_s][pattern][method][u"responses"_s].toObject();
        if (!responses.contains(QString::number(status)))
            return std::nullopt;
        return responses[QString::number(status)][u"content"_s][u"application/json"_s][u"schema"_s]
            .toObject();
    }

    const QJsonObject& document() const { return m_doc; }

private:
    QJsonObject m_doc;
};

} // namespace

class TestServerOpenApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void checkerFindsViolations();
    void everyDocumentedOperationExists();
    void realResponsesMatchTheirSchemas();

private:
    // Sends the request and checks the answer against the document; returns it.
    Reply call(const QByteArray& method, const QString& pattern, const QString& path,
               const QJsonObject& body = {});

    std::unique_ptr<TestDatabase> m_db;
    ServerProcess m_server;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<SchemaChecker> m_checker;
    int m_checked = 0;
};

void TestServerOpenApi::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(backendFromEnvironment());
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QVERIFY(initFirm(m_db->spec(),
                     {u"Kanzlei Vertrag"_s, u"owner@vertrag.example"_s, u"contract-secret-1"_s}));
    QVERIFY(addUser(m_db->spec(), u"Kanzlei Vertrag"_s, u"emp@vertrag.example"_s, u"employee"_s, {},
                    u"contract-secret-1"_s));
    QVERIFY(m_server.start(m_db->spec()));
    m_api = std::make_unique<ApiClient>(m_server.baseUrl());
    const Reply doc = m_api->get(u"/api/v1/openapi.json"_s);
    QCOMPARE(doc.status, 200);
    QCOMPARE(doc.json[u"openapi"_s].toString().left(2), u"3."_s);
    m_checker = std::make_unique<SchemaChecker>(doc.json);
}

void TestServerOpenApi::cleanupTestCase()
{
    QCOMPARE(m_server.terminate(), 0);
}

void TestServerOpenApi::checkerFindsViolations()
{
    const QJsonObject user = m_checker->resolve(u"#/components/schemas/User"_s);
    QVERIFY(!m_checker->check(QJsonObject{{u"id"_s, u"nope"_s}}, user, u"$"_s).isEmpty());
    QVERIFY(!m_checker->check(QJsonArray{}, user, u"$"_s).isEmpty());
    const QJsonObject page = m_checker->resolve(u"#/components/schemas/AccountPage"_s);
    QVERIFY(m_checker
                ->check(QJsonObject{{u"items"_s, QJsonArray{}}, {u"next"_s, QJsonValue::Null}},
                        page, u"$"_s)
                .isEmpty());
    QVERIFY(
        !m_checker->check(QJsonObject{{u"items"_s, QJsonArray{1}}, {u"next"_s, 5}}, page, u"$"_s)
             .isEmpty());
}

void TestServerOpenApi::everyDocumentedOperationExists()
{
    const QJsonObject paths = m_checker->document()[u"paths"_s].toObject();
    ApiClient anonymous(m_server.baseUrl());
    for (auto p = paths.begin(); p != paths.end(); ++p) {
        const QString path =
            QString(p.key())
                .replace(u"{id}"_s, QUuid::createUuid().toString(QUuid::WithoutBraces))
                .replace(u"{contactId}"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
        for (const QString& method : p.value().toObject().keys()) {
            if (method == u"parameters")
                continue;
            const Reply r = anonymous.send(method.toUpper().toLatin1(), path, "{}");
            QVERIFY2(r.errorCode() != u"route_not_found"_s &&
                         r.errorCode() != u"method_not_allowed"_s,
                     qPrintable(method + u' ' + p.key()));
        }
    }
}

Reply TestServerOpenApi::call(const QByteArray& method, const QString& pattern, const QString& path,
                              const QJsonObject& body)
{
    const Reply r =
        method == "GET" || method == "DELETE"
            ? m_api->send(method, path)
            : m_api->send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    const std::optional<QJsonObject> schema =
        m_checker->responseSchema(pattern, QString::fromLatin1(method).toLower(), r.status);
    if (!schema) {
        QTest::qFail(qPrintable(u"undocumented answer %1 for %2 %3: %4"_s.arg(
                         QString::number(r.status), QString::fromLatin1(method), pattern,
                         QString::fromUtf8(r.body.left(200)))),
                     __FILE__, __LINE__);
        return r;
    }
    if (!schema->isEmpty()) {
        const QStringList problems = m_checker->check(
            QJsonDocument::fromJson(r.body).isNull() ? QJsonValue() : QJsonValue(r.json), *schema,
            u"$"_s);
        if (!problems.isEmpty()) {
            QTest::qFail(qPrintable(u"%1 %2 (%3): %4"_s.arg(QString::fromLatin1(method), pattern,
                                                            QString::number(r.status),
                                                            problems.join(u"; "_s))),
                         __FILE__, __LINE__);
        }
        ++m_checked;
    }
    return r;
}

void TestServerOpenApi::realResponsesMatchTheirSchemas()
{
    const QString acc = u"/api/v1/accounts"_s;
    // Errors first, signed out.
    call("GET", u"/api/v1/me"_s, u"/api/v1/me"_s);
    call("POST", u"/api/v1/session"_s, u"/api/v1/session"_s,
         {{u"email"_s, u"owner@vertrag.example"_s}, {u"password"_s, u"wrong-one"_s}});
    const Reply session =
        call("POST", u"/api/v1/session"_s, u"/api/v1/session"_s,
             {{u"email"_s, u"owner@vertrag.example"_s}, {u"password"_s, u"contract-secret-1"_s}});
    m_api->setToken(session.json[u"token"_s].toString());
    call("GET", u"/api/v1/me"_s, u"/api/v1/me"_s);

    const Reply tpl = call("POST", u"/api/v1/folder-templates"_s, u"/api/v1/folder-templates"_s,
                           {{u"name"_s, u"Vorlage"_s},
                            {u"folders"_s, QJsonArray{QJsonObject{{u"name"_s, u"Ordner"_s}}}}});
    const QString tplId = tpl.json[u"id"_s].toString();
    call("PUT", u"/api/v1/folder-templates/{id}"_s, u"/api/v1/folder-templates/"_s + tplId,
         {{u"name"_s, u"Vorlage 2"_s}, {u"folders"_s, QJsonArray{}}});
    call("GET", u"/api/v1/folder-templates"_s, u"/api/v1/folder-templates"_s);
    const Reply field = call("POST", u"/api/v1/custom-fields"_s, u"/api/v1/custom-fields"_s,
                             {{u"name"_s, u"Art"_s},
                              {u"type"_s, u"single_choice"_s},
                              {u"scope"_s, u"account"_s},
                              {u"options"_s, QJsonArray{u"A"_s, u"B"_s}}});
    call("POST", u"/api/v1/custom-fields"_s, u"/api/v1/custom-fields"_s,
         {{u"name"_s, u""_s}, {u"type"_s, u"text"_s}, {u"scope"_s, u"account"_s}});
    call("GET", u"/api/v1/custom-fields"_s, u"/api/v1/custom-fields"_s);
    const Reply tag = call("POST", u"/api/v1/tags"_s, u"/api/v1/tags"_s, {{u"name"_s, u"Lohn"_s}});
    call("PUT", u"/api/v1/tags/{id}"_s, u"/api/v1/tags/"_s + tag.json[u"id"_s].toString(),
         {{u"name"_s, u"Lohn"_s}, {u"color"_s, u"#112233"_s}});
    call("GET", u"/api/v1/tags"_s, u"/api/v1/tags"_s);
    call("GET", u"/api/v1/team-members"_s, u"/api/v1/team-members"_s);
    const Reply settings = call("GET", u"/api/v1/settings"_s, u"/api/v1/settings"_s);
    QJsonObject s = settings.json;
    s.insert(u"default_folder_template_id"_s, tplId);
    call("PUT", u"/api/v1/settings"_s, u"/api/v1/settings"_s, s);

    QJsonObject body = individualAccount(u"Olga"_s, u"Openapi"_s, u"olga@vertrag.example"_s);
    body.insert(u"tags"_s, QJsonArray{u"Lohn"_s});
    body.insert(u"custom_fields"_s, QJsonObject{{field.json[u"id"_s].toString(), u"A"_s}});
    const Reply account = call("POST", acc, acc, body);
    const QString id = account.json[u"id"_s].toString();
    const QString contactId = account.json[u"contacts"_s][0][u"contact_id"_s].toString();
    call("POST", acc, acc, individualAccount(u"Falsch:"_s, u""_s));
    call("POST", acc, acc,
         {{u"type"_s, u"company"_s},
          {u"company_name"_s, u"Zweite GmbH"_s},
          {u"contacts"_s, QJsonArray{QJsonObject{{u"existing_contact_id"_s, contactId}}}}});
    call("GET", u"/api/v1/accounts/{id}"_s, acc + u'/' + id);
    call("GET", u"/api/v1/accounts/{id}"_s,
         acc + u"/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
    call("PATCH", u"/api/v1/accounts/{id}"_s, acc + u'/' + id, {{u"name"_s, u"Olga O."_s}});
    call("PATCH", u"/api/v1/accounts/{id}"_s, acc + u'/' + id,
         {{u"name"_s, u"X"_s}, {u"base"_s, QJsonObject{{u"name"_s, u"alt"_s}}}});
    call("GET", acc, acc + u"?q=olga&limit=1"_s);
    call("GET", acc, acc + u"?limit=1"_s);
    call("GET", acc, acc + u"?type=robot"_s);
    call("PUT", u"/api/v1/accounts/{id}/contacts/{contactId}"_s,
         acc + u'/' + id + u"/contacts/"_s + contactId, {{u"login"_s, true}, {u"notify"_s, true}});
    call("DELETE", u"/api/v1/accounts/{id}/contacts/{contactId}"_s,
         acc + u'/' + id + u"/contacts/"_s + contactId);
    // Portal invitations (R-INV-1…7): LOGIN is on for this contact since the PUT above.
    const QString inv = u"/api/v1/invitations"_s;
    const Reply invitation =
        call("POST", inv, inv,
             {{u"account_id"_s, id}, {u"contact_id"_s, contactId}, {u"message"_s, u"Hallo"_s}});
    call("POST", inv, inv, {{u"message"_s, u"ohne Konto"_s}});
    call("POST", inv, inv,
         {{u"account_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
          {u"contact_id"_s, contactId}});
    call("POST", u"/api/v1/invitations/{id}/resend"_s,
         inv + u'/' + invitation.json[u"id"_s].toString() + u"/resend"_s);
    call("POST", u"/api/v1/invitations/{id}/resend"_s,
         inv + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces) + u"/resend"_s);
    call("GET", u"/api/v1/pending-activations"_s, u"/api/v1/pending-activations"_s);
    call("GET", u"/api/v1/contacts"_s, u"/api/v1/contacts?q=olga"_s);
    call("GET", u"/api/v1/contacts/{id}"_s, u"/api/v1/contacts/"_s + contactId);
    call("PATCH", u"/api/v1/contacts/{id}"_s, u"/api/v1/contacts/"_s + contactId,
         {{u"middle_name"_s, u"M"_s}});

    QJsonObject assigned = individualAccount(u"Nina"_s, u"Notiz"_s);
    const QString employeeId = m_api->get(u"/api/v1/team-members"_s).items()[0][u"id"_s].toString();
    assigned.insert(u"team_member_ids"_s, QJsonArray{employeeId});
    call("POST", acc, acc, assigned);
    m_api->signIn(u"emp@vertrag.example"_s, u"contract-secret-1"_s);
    const Reply inbox = call("GET", u"/api/v1/notifications"_s, u"/api/v1/notifications"_s);
    if (!inbox.items().isEmpty()) {
        call("POST", u"/api/v1/notifications/{id}/read"_s,
             u"/api/v1/notifications/"_s + inbox.items()[0][u"id"_s].toString() + u"/read"_s);
    }
    call("POST", acc, acc, individualAccount(u"Darf"_s, u"Nicht"_s)); // 403

    const QString opId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject ops{{u"ops"_s, QJsonArray{QJsonObject{{u"op_id"_s, opId},
                                                            {u"kind"_s, u"invitation.send"_s},
                                                            {u"payload"_s, QJsonObject{}}}}}};
    call("POST", u"/api/v1/ops"_s, u"/api/v1/ops"_s, ops);
    call("POST", u"/api/v1/ops"_s, u"/api/v1/ops"_s, {{u"ops"_s, 5}});
    call("GET", u"/api/v1/changes"_s, u"/api/v1/changes?limit=20"_s);
    call("GET", u"/api/v1/changes"_s, u"/api/v1/changes?since=x"_s);
    call("DELETE", u"/api/v1/session"_s, u"/api/v1/session"_s);
    QVERIFY(m_checked >= 36);
}

QTEST_GUILESS_MAIN(TestServerOpenApi)
#include "tst_serveropenapi.moc"
