// Session: sign-in keeps only the token (in the credential store), restore checks it with the
// server or signs in offline, a revoked token and sign-out forget it.

#include "fakecredentialstore.h"
#include "fakenetwork.h"

#include "app/apiclient.h"
#include "app/session.h"
#include "app/settings.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kontor;
using namespace kontor::test;
using State = app::Session::State;

namespace {

const QUrl server(u"https://kontor.kanzlei.example"_s);
const QString userId = u"11111111-1111-4111-8111-111111111111"_s;
const QString firmId = u"22222222-2222-4222-8222-222222222222"_s;

QJsonObject signInAnswer(const QString& token)
{
    return {{u"token"_s, token},
            {u"user"_s, QJsonObject{{u"id"_s, userId},
                                    {u"name"_s, u"Olga Inhaber"_s},
                                    {u"role"_s, u"owner"_s},
                                    {u"permissions"_s, QJsonArray{u"manage_accounts"_s}}}},
            {u"firm"_s, QJsonObject{{u"id"_s, firmId}, {u"name"_s, u"Kanzlei Muster"_s}}}};
}

} // namespace

class TestSession : public QObject {
    Q_OBJECT

    // The server's behaviour per path, changed by each test.
    QHash<QString, FakeResponse> m_answers;
    std::unique_ptr<FakeNetwork> m_net;
    std::unique_ptr<app::ApiClient> m_api;
    std::unique_ptr<FakeCredentialStore> m_keychain;
    std::unique_ptr<app::Settings> m_settings;
    std::unique_ptr<app::Session> m_session;

    void signIn()
    {
        m_answers[u"/api/v1/session"_s] = FakeResponse::json(201, signInAnswer(u"tok-1"_s));
        m_session->signIn(server, u"olga@kanzlei.example"_s, u"Geheim-123!"_s);
        QTRY_COMPARE(m_session->state(), State::SignedIn);
    }

private Q_SLOTS:
    void init()
    {
        m_answers.clear();
        m_net = std::make_unique<FakeNetwork>([this](const FakeRequest& r) {
            return m_answers.value(r.url.path(), FakeResponse::json(404, {}));
        });
        m_api = std::make_unique<app::ApiClient>(m_net.get());
        m_keychain = std::make_unique<FakeCredentialStore>();
        m_settings = std::make_unique<app::Settings>();
        m_settings->setServerUrl({});
        m_settings->setLastUser({});
        m_session = std::make_unique<app::Session>(m_api.get(), m_keychain.get(), m_settings.get());
    }

    void signInKeepsOnlyTheToken()
    {
        QSignalSpy credentials(m_session.get(), &app::Session::credentialsChanged);
        signIn();
        QCOMPARE(m_session->user().id.toString(QUuid::WithoutBraces), userId);
        QCOMPARE(m_session->user().firmName, u"Kanzlei Muster"_s);
        QVERIFY(m_session->user().canManageAccounts());
        QVERIFY(!m_session->isOffline());
        const FakeRequest sent = m_net->requests().first();
        QCOMPARE(sent.body[u"email"_s].toString(), u"olga@kanzlei.example"_s);
        QTRY_COMPARE(m_keychain->tokens.value(app::Session::credentialKey(server)), u"tok-1"_s);
        QCOMPARE(m_keychain->tokens.size(), 1);
        QCOMPARE(m_settings->serverUrl(), server);
        QCOMPARE(credentials.last().at(1).toString(), u"tok-1"_s);
        // The password is nowhere: not in the keychain, not in the settings file.
        for (const QString& v : std::as_const(m_keychain->tokens))
            QVERIFY(!v.contains(u"Geheim"_s));
        m_settings.reset(); // flush
        QDirIterator files(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                           QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains("Geheim"));
        }
    }

    void wrongPasswordIsExplained()
    {
        m_answers[u"/api/v1/session"_s] = FakeResponse::json(
            401, {{u"error"_s, QJsonObject{{u"code"_s, u"invalid_credentials"_s}}}});
        m_session->signIn(server, u"olga@kanzlei.example"_s, u"falsch"_s);
        QTRY_VERIFY(!m_session->errorMessage().isEmpty());
        QCOMPARE(m_session->state(), State::SignedOut);
        QVERIFY(m_session->errorMessage().contains(u"password"_s));
        QVERIFY(m_keychain->tokens.isEmpty());
    }

    void unreachableServerAtSignInIsExplained()
    {
        m_answers[u"/api/v1/session"_s] =
            FakeResponse::networkError(QNetworkReply::HostNotFoundError);
        m_session->signIn(server, u"olga@kanzlei.example"_s, u"x"_s);
        QTRY_VERIFY(!m_session->errorMessage().isEmpty());
        QCOMPARE(m_session->state(), State::SignedOut);
        QVERIFY(m_session->errorMessage().contains(server.host()));
    }

    void restoreChecksTheTokenWithTheServer()
    {
        signIn();
        m_session = std::make_unique<app::Session>(m_api.get(), m_keychain.get(), m_settings.get());
        m_answers[u"/api/v1/me"_s] = FakeResponse::json(200, signInAnswer({}));
        QSignalSpy signedIn(m_session.get(), &app::Session::signedIn);
        m_session->restore();
        QTRY_COMPARE(m_session->state(), State::SignedIn);
        QCOMPARE(signedIn.size(), 1);
        QCOMPARE(m_net->requests().last().url.path(), u"/api/v1/me"_s);
        QCOMPARE(m_net->requests().last().authorization, QByteArray("Bearer tok-1"));
    }

    void restoreWithRevokedTokenForgetsIt()
    {
        signIn();
        m_session = std::make_unique<app::Session>(m_api.get(), m_keychain.get(), m_settings.get());
        m_answers[u"/api/v1/me"_s] = FakeResponse::json(401, {});
        m_session->restore();
        QTRY_COMPARE(m_session->state(), State::SignedOut);
        QVERIFY(!m_session->errorMessage().isEmpty());
        QTRY_VERIFY(m_keychain->tokens.isEmpty());
    }

    void restoreOfflineSignsInAsTheLastUser()
    {
        signIn();
        m_session = std::make_unique<app::Session>(m_api.get(), m_keychain.get(), m_settings.get());
        m_answers[u"/api/v1/me"_s] =
            FakeResponse::networkError(QNetworkReply::ConnectionRefusedError);
        m_session->restore();
        QTRY_COMPARE(m_session->state(), State::SignedIn);
        QVERIFY(m_session->isOffline());
        QCOMPARE(m_session->user().id.toString(QUuid::WithoutBraces), userId);
        QCOMPARE(m_session->token(), u"tok-1"_s);
        QVERIFY(!m_session->errorMessage().isEmpty());
    }

    void restoreWithoutKeychainAsksToSignIn()
    {
        signIn();
        m_session = std::make_unique<app::Session>(m_api.get(), m_keychain.get(), m_settings.get());
        m_keychain->failWith = app::CredentialStore::Status::Unavailable;
        m_session->restore();
        QTRY_COMPARE(m_session->state(), State::SignedOut);
        QVERIFY(!m_session->errorMessage().isEmpty());
    }

    void signOutEndsTheSessionAndForgetsTheToken()
    {
        signIn();
        QTRY_VERIFY(!m_keychain->tokens.isEmpty());
        QSignalSpy signedOut(m_session.get(), &app::Session::signedOut);
        m_session->signOut();
        QCOMPARE(m_session->state(), State::SignedOut);
        QCOMPARE(signedOut.size(), 1);
        QTRY_VERIFY(m_keychain->tokens.isEmpty());
        QTRY_COMPARE(m_net->requests().last().method, u"DELETE"_s);
        QCOMPARE(m_net->requests().last().url.path(), u"/api/v1/session"_s);
        QCOMPARE(m_api->token(), QString());
    }

    void unauthorizedAnswerLaterSignsOut()
    {
        signIn();
        m_answers[u"/api/v1/changes"_s] = FakeResponse::json(401, {});
        m_api->get(u"/api/v1/changes"_s, {}, this, [](const app::ApiResponse&) {});
        QTRY_COMPARE(m_session->state(), State::SignedOut);
        QVERIFY(m_session->errorMessage().contains(u"sign in"_s));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
