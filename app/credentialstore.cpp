#include "credentialstore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

Q_LOGGING_CATEGORY(lcCredentials, "kontor.credentials")

using namespace Qt::StringLiterals;

namespace kontor::app {

namespace {

// Answers a request once: from the job, or from the timeout, whichever comes first. A job that
// never finishes (a locked keyring waiting for a prompt) is left to itself; it is small.
struct Pending {
    CredentialStore::Callback done;
    QPointer<QObject> context;
    bool answered = false;

    void answer(const CredentialStore::Result& result)
    {
        if (answered)
            return;
        answered = true;
        if (context)
            done(result);
    }
};

CredentialStore::Result resultOf(QKeychain::Job* job)
{
    CredentialStore::Result r;
    switch (job->error()) {
    case QKeychain::NoError:
        if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(job))
            r.token = read->textData();
        return r;
    case QKeychain::EntryNotFound:
        r.status = CredentialStore::Status::NotFound;
        return r;
    default:
        qCWarning(lcCredentials) << "keychain error" << job->error() << job->errorString();
        r.status = CredentialStore::Status::Unavailable;
        r.message = KeychainCredentialStore::tr(
            "The keychain of this computer is not available, so you will have to sign in again "
            "next time. Your password is never stored.");
        return r;
    }
}

void start(QKeychain::Job* job, const QString& key, std::chrono::milliseconds timeout,
           QObject* context, CredentialStore::Callback done)
{
    auto pending = std::make_shared<Pending>(Pending{std::move(done), context});
    job->setAutoDelete(true);
    job->setKey(key);
    job->setInsecureFallback(false); // never a plaintext file
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [pending, job] { pending->answer(resultOf(job)); });
    QTimer::singleShot(timeout, job, [pending] {
        qCWarning(lcCredentials) << "keychain did not answer in time";
        pending->answer({CredentialStore::Status::TimedOut,
                         {},
                         KeychainCredentialStore::tr(
                             "The keychain did not answer in time. Is it locked? You will have "
                             "to sign in again next time.")});
    });
    job->start();
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject* parent, std::chrono::milliseconds timeout)
    : CredentialStore(parent)
    , m_timeout(timeout)
{
}

QString KeychainCredentialStore::serviceName()
{
    return u"Kontor"_s;
}

void KeychainCredentialStore::readToken(const QString& key, QObject* context, Callback done)
{
    start(new QKeychain::ReadPasswordJob(serviceName()), key, m_timeout, context, std::move(done));
}

void KeychainCredentialStore::writeToken(const QString& key, const QString& token, QObject* context,
                                         Callback done)
{
    auto* job = new QKeychain::WritePasswordJob(serviceName());
    job->setTextData(token);
    start(job, key, m_timeout, context, std::move(done));
}

void KeychainCredentialStore::deleteToken(const QString& key, QObject* context, Callback done)
{
    start(new QKeychain::DeletePasswordJob(serviceName()), key, m_timeout, context,
          std::move(done));
}

} // namespace kontor::app
