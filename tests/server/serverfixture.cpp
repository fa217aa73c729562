#include "serverfixture.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUrlQuery>

#include <csignal>
#include <functional>

using namespace Qt::StringLiterals;

namespace kontor::test {

Backend backendFromEnvironment()
{
    return qEnvironmentVariable("KONTOR_TEST_BACKEND") == u"postgres" ? Backend::Postgres
                                                                      : Backend::Sqlite;
}

QString backendName(Backend backend)
{
    return backend == Backend::Postgres ? u"postgres"_s : u"sqlite"_s;
}

namespace {

// Runs one statement on the PostgreSQL admin database of KONTOR_TEST_POSTGRES_URL.
bool adminExec(const QString& sql, QString* error)
{
    const QUrl url(qEnvironmentVariable("KONTOR_TEST_POSTGRES_URL"));
    const QString name = u"kontor-test-admin"_s;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                *error = q.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

TestDatabase::TestDatabase(Backend backend)
    : m_backend(backend)
{
    if (backend == Backend::Sqlite) {
        m_spec = m_dir.filePath(u"kontor.db"_s);
        return;
    }
    const QString adminUrl = qEnvironmentVariable("KONTOR_TEST_POSTGRES_URL");
    if (adminUrl.isEmpty()) {
        m_error = u"KONTOR_TEST_POSTGRES_URL is not set: run the tests through "
                  "scripts/test-services.sh"_s;
        return;
    }
    m_pgName = u"kontor_test_%1"_s.arg(QRandomGenerator::global()->generate64(), 0, 16);
    if (!adminExec(u"CREATE DATABASE "_s + m_pgName, &m_error))
        return;
    QUrl url(adminUrl);
    url.setPath(u'/' + m_pgName);
    m_spec = url.toString();
}

TestDatabase::~TestDatabase()
{
    if (!m_pgName.isEmpty()) {
        QString error;
        if (!adminExec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_pgName), &error))
            qWarning("cannot drop %s: %s", qPrintable(m_pgName), qPrintable(error));
    }
}

CommandResult runServerCommand(const QStringList& arguments, const QByteArray& input, int timeoutMs)
{
    return runCommand(QStringLiteral(KONTOR_SERVER_BINARY), arguments, input, timeoutMs);
}

CommandResult runCommand(const QString& program, const QStringList& arguments,
                         const QByteArray& input, int timeoutMs)
{
    QProcess p;
    p.start(program, arguments);
    CommandResult r;
    if (!p.waitForStarted(10000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

ServerProcess::~ServerProcess()
{
    if (isRunning())
        terminate(5000);
    // The server's warnings name the cause of a 500 (request id, SQL error): shown with the
    // test's output, so a failure in CI can be read without running it again.
    for (const QByteArray& line : standardError().split('\n')) {
        if (line.contains(" warning: ") || line.contains(" critical: ") ||
            line.contains(" fatal: "))
            fprintf(stderr, "kontor-server: %s\n", line.constData());
    }
}

bool ServerProcess::start(const QString& databaseSpec, const QStringList& extraArguments,
                          bool realPasswordCost)
{
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The access log is noise in test output; the categories are still exercised in code.
    env.insert(u"QT_LOGGING_RULES"_s, u"kontor.server.access.info=false"_s);
    m_process->setProcessEnvironment(env);
    QStringList arguments{u"serve"_s, u"--database"_s, databaseSpec, u"--listen"_s,
                          u"127.0.0.1:0"_s};
    if (!realPasswordCost)
        arguments.append(u"--test-password-cost"_s);
    m_process->start(QStringLiteral(KONTOR_SERVER_BINARY), arguments + extraArguments);
    if (!m_process->waitForStarted(10000))
        return false;
    static const QRegularExpression listening(u"listening on http://127\\.0\\.0\\.1:(\\d+)"_s);
    QByteArray out;
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && m_process->state() == QProcess::Running) {
        m_process->waitForReadyRead(200);
        out += m_process->readAllStandardOutput();
        const QRegularExpressionMatch m = listening.match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            m_port = quint16(m.captured(1).toUInt());
            return true;
        }
    }
    m_stderr += m_process->readAllStandardError();
    qWarning("kontor-server did not start: %s", m_stderr.constData());
    // A server still starting after the deadline must not hold its database for the next test.
    m_process->kill();
    m_process->waitForFinished(5000);
    return false;
}

QUrl ServerProcess::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 ServerProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

QByteArray ServerProcess::standardError()
{
    if (m_process)
        m_stderr += m_process->readAllStandardError();
    return m_stderr;
}

int ServerProcess::terminate(int timeoutMs)
{
    if (!isRunning())
        return m_process ? m_process->exitCode() : -1;
    ::kill(pid_t(m_process->processId()), SIGTERM);
    if (!m_process->waitForFinished(timeoutMs)) {
        m_process->kill();
        m_process->waitForFinished();
        return -1;
    }
    standardError();
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

QStringList Reply::errorPaths() const
{
    QStringList out;
    for (const QJsonValue& f : error().value(u"fields"_s).toArray())
        out.append(f.toObject().value(u"path"_s).toString());
    return out;
}

ApiClient::ApiClient(QUrl base)
    : m_base(std::move(base))
{
}

Reply ApiClient::send(const QByteArray& method, const QString& path, const QByteArray& body,
                      const QList<std::pair<QByteArray, QByteArray>>& headers)
{
    QUrl url = m_base;
    const qsizetype q = path.indexOf(u'?');
    url.setPath(path.left(q < 0 ? path.size() : q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!body.isEmpty())
        request.setRawHeader("Content-Type", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    if (!reply->isFinished()) {
        reply->abort();
        r.networkError = u"timeout"_s;
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        r.headers.insert(name.toLower(), value);
    if (reply->error() != QNetworkReply::NoError && r.status == 0)
        r.networkError = reply->errorString();
    reply->deleteLater();
    return r;
}

Reply ApiClient::post(const QString& path, const QJsonObject& body)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Reply ApiClient::put(const QString& path, const QJsonObject& body)
{
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Reply ApiClient::patch(const QString& path, const QJsonObject& body)
{
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QString ApiClient::signIn(const QString& email, const QString& password)
{
    m_token.clear();
    const Reply r = post(u"/api/v1/session"_s, {{u"email"_s, email}, {u"password"_s, password}});
    if (r.status != 201) {
        // Tests only see an empty token; this says why when a sign-in they expect fails.
        qWarning("sign-in of %s answered %d %s%s", qPrintable(email), r.status,
                 r.body.left(300).constData(), qPrintable(r.networkError));
        return {};
    }
    m_token = r.json.value(u"token"_s).toString();
    return m_token;
}

QJsonObject RawResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString RawResponse::code() const
{
    return json()[u"error"_s][u"code"_s].toString();
}

RawResponse readRawResponse(QTcpSocket& socket, int timeoutMs)
{
    RawResponse r;
    QByteArray data;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(100) &&
            socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            break;
        data += socket.readAll();
        const qsizetype headerEnd = data.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            continue;
        const QList<QByteArray> lines = data.left(headerEnd).split('\n');
        r.status = lines.value(0).split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            r.headers.insert(lines[i].left(colon).trimmed().toLower(),
                             lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length").toLongLong();
        if (data.size() >= headerEnd + 4 + length) {
            r.body = data.mid(headerEnd + 4, length);
            return r;
        }
    }
    r.status = 0;
    return r;
}

QByteArray rawRequest(const QByteArray& method, const QByteArray& path, const QByteArray& body,
                      const QString& token)
{
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty())
        out += "Authorization: Bearer " + token.toLatin1() + "\r\n";
    if (!body.isEmpty())
        out += "Content-Type: application/json\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return out;
}

namespace {

// Runs @p use on a connection of its own to the test database, closed afterwards.
void withDatabase(const QString& databaseSpec, const std::function<void(QSqlDatabase&)>& use)
{
    const QString name = u"kontor-test-direct"_s;
    {
        QSqlDatabase db;
        if (databaseSpec.startsWith(u"postgresql://")) {
            const QUrl url(databaseSpec);
            db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setPassword(url.password());
            db.setDatabaseName(url.path().mid(1));
        } else {
            db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(databaseSpec);
        }
        if (db.open()) {
            use(db);
            db.close();
        } else {
            qWarning("%s", qPrintable(db.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

bool execSql(const QString& databaseSpec, const QString& sql)
{
    bool ok = false;
    withDatabase(databaseSpec, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        ok = q.exec(sql);
        if (!ok)
            qWarning("%s", qPrintable(q.lastError().text()));
    });
    return ok;
}

QVariant queryValue(const QString& databaseSpec, const QString& sql)
{
    QVariant out;
    withDatabase(databaseSpec, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        if (q.exec(sql) && q.next())
            out = q.value(0);
        else
            qWarning("%s", qPrintable(q.lastError().text()));
    });
    return out;
}

bool initFirm(const QString& databaseSpec, const TestFirm& firm)
{
    const CommandResult r = runServerCommand(
        {u"init"_s, u"--database"_s, databaseSpec, u"--firm"_s, firm.name, u"--owner-email"_s,
         firm.ownerEmail, u"--owner-name"_s, u"Owner of "_s + firm.name, u"--test-password-cost"_s},
        firm.password.toUtf8() + '\n');
    if (r.exitCode != 0)
        qWarning("init failed: %s", r.err.constData());
    return r.exitCode == 0;
}

bool addUser(const QString& databaseSpec, const QString& firm, const QString& email,
             const QString& role, const QString& permissions, const QString& password)
{
    QStringList args{u"user"_s,
                     u"add"_s,
                     u"--database"_s,
                     databaseSpec,
                     u"--firm"_s,
                     firm,
                     u"--email"_s,
                     email,
                     u"--name"_s,
                     email.section(u'@', 0, 0),
                     u"--role"_s,
                     role,
                     u"--test-password-cost"_s};
    if (!permissions.isEmpty())
        args << u"--permissions"_s << permissions;
    const CommandResult r = runServerCommand(args, password.toUtf8() + '\n');
    if (r.exitCode != 0)
        qWarning("user add failed: %s", r.err.constData());
    return r.exitCode == 0;
}

QJsonObject individualAccount(const QString& first, const QString& last, const QString& email)
{
    QJsonObject contact{{u"first_name"_s, first},
                        {u"last_name"_s, last},
                        {u"login"_s, false},
                        {u"notify"_s, true},
                        {u"email_sync"_s, false}};
    if (!email.isEmpty())
        contact.insert(u"email"_s, email);
    return {{u"type"_s, u"individual"_s}, {u"contacts"_s, QJsonArray{contact}}};
}

} // namespace kontor::test
