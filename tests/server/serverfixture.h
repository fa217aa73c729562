#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariant>

#include <memory>

// Helpers for the server suites: a fresh database per test class (a SQLite file, or a new
// database on the PostgreSQL of KONTOR_TEST_POSTGRES_URL, dropped afterwards), the real
// kontor-server process on 127.0.0.1 with a free port, and a synchronous JSON client.
namespace kontor::test {

enum class Backend { Sqlite, Postgres };
/// KONTOR_TEST_BACKEND=sqlite|postgres (set by CTest); SQLite when unset.
Backend backendFromEnvironment();
QString backendName(Backend backend);

class TestDatabase {
public:
    explicit TestDatabase(Backend backend);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    /// The --database argument.
    const QString& spec() const { return m_spec; }
    Backend backend() const { return m_backend; }

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_spec;
    QString m_pgName;
    QString m_error;
};

struct CommandResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
/// Runs @p program with @p arguments to completion (stdin: @p input); killed after @p timeoutMs.
CommandResult runCommand(const QString& program, const QStringList& arguments,
                         const QByteArray& input = {}, int timeoutMs = 60000);
/// Runs kontor-server with @p arguments to completion (stdin: @p input).
CommandResult runServerCommand(const QStringList& arguments, const QByteArray& input = {},
                               int timeoutMs = 60000);

/// A running `kontor-server serve`.
class ServerProcess {
public:
    ServerProcess() = default;
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    /// Starts it on 127.0.0.1:0 and waits for the bound port. Argon2id at the cheapest cost
    /// unless @p realPasswordCost.
    bool start(const QString& databaseSpec, const QStringList& extraArguments = {},
               bool realPasswordCost = false);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    /// SIGTERM and wait; the exit code (-1 when it had to be killed).
    int terminate(int timeoutMs = 15000);
    bool isRunning() const;
    QByteArray standardError();
    qint64 pid() const;

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QByteArray m_stderr;
};

struct Reply {
    int status = 0; ///< 0: no HTTP answer (connection error)
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QString networkError;

    QJsonObject error() const { return json.value(QStringLiteral("error")).toObject(); }
    QString errorCode() const { return error().value(QStringLiteral("code")).toString(); }
    /// The `path` values of error.fields.
    QStringList errorPaths() const;
    QJsonArray items() const { return json.value(QStringLiteral("items")).toArray(); }
};

/// Synchronous JSON over QNetworkAccessManager.
class ApiClient {
public:
    explicit ApiClient(QUrl base);

    void setBase(QUrl base) { m_base = std::move(base); }
    void setToken(const QString& token) { m_token = token; }
    const QString& token() const { return m_token; }

    Reply send(const QByteArray& method, const QString& path, const QByteArray& body = {},
               const QList<std::pair<QByteArray, QByteArray>>& headers = {});
    Reply get(const QString& path) { return send("GET", path); }
    Reply post(const QString& path, const QJsonObject& body);
    Reply put(const QString& path, const QJsonObject& body);
    Reply patch(const QString& path, const QJsonObject& body);
    Reply del(const QString& path) { return send("DELETE", path); }

    /// Signs in and keeps the token; empty on failure.
    QString signIn(const QString& email, const QString& password);

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QString m_token;
};

/// One HTTP response read from a raw socket (for tests that must misbehave or race).
struct RawResponse {
    int status = 0; ///< 0: none came
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    QJsonObject json() const;
    QString code() const;
};
/// Reads one Content-Length framed response from @p socket.
RawResponse readRawResponse(QTcpSocket& socket, int timeoutMs = 5000);
/// The bytes of a request with a JSON body and a bearer token.
QByteArray rawRequest(const QByteArray& method, const QByteArray& path, const QByteArray& body,
                      const QString& token);

/// A firm made with `kontor-server init` (and team members with `user add`).
struct TestFirm {
    QString name;
    QString ownerEmail;
    QString password;
};
/// Runs one SQL statement on the test database directly (to age a session, for example).
bool execSql(const QString& databaseSpec, const QString& sql);
/// A value from the test database (first column of the first row), for checks behind the API.
QVariant queryValue(const QString& databaseSpec, const QString& sql);

/// init; returns false (and prints the command's error) on failure.
bool initFirm(const QString& databaseSpec, const TestFirm& firm);
bool addUser(const QString& databaseSpec, const QString& firm, const QString& email,
             const QString& role, const QString& permissions, const QString& password);

/// A minimal valid account create body: an individual with one contact.
QJsonObject individualAccount(const QString& first, const QString& last, const QString& email = {});

} // namespace kontor::test
