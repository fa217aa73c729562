#include "clicontext.h"

#include "app/session.h"

#include <QElapsedTimer>
#include <QEventLoop>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace kontor::cli {

CliContext::CliContext()
    : m_out(stdout)
    , m_err(stderr)
{
}

int CliContext::usage(const QString& message)
{
    m_err << u"kontor-cli: "_s << message << Qt::endl;
    return Unusable;
}

bool CliContext::waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

app::LocalStore* CliContext::openStore(const QString& path)
{
    QString file = path;
    if (file.isEmpty()) {
        const app::CurrentUser last = app::currentUserFromJson(m_settings.lastUser());
        if (!last.isValid()) {
            usage(tr("Nobody is signed in here. Sign in first: kontor-cli login --server URL "
                     "--email EMAIL --password-file FILE"));
            return nullptr;
        }
        file = app::LocalStore::defaultPath(last.firmId);
    }
    if (!m_store.open(file)) {
        usage(m_store.errorMessage());
        return nullptr;
    }
    return &m_store;
}

std::optional<QString> CliContext::readToken()
{
    const QUrl server = m_settings.serverUrl();
    if (server.isEmpty()) {
        usage(tr("Nobody is signed in here. Sign in first: kontor-cli login --server URL "
                 "--email EMAIL --password-file FILE"));
        return std::nullopt;
    }
    std::optional<app::CredentialStore::Result> result;
    m_credentials.readToken(app::Session::credentialKey(server), &m_credentials,
                            [&](const app::CredentialStore::Result& r) { result = r; });
    waitFor([&] { return result.has_value(); }, 30'000);
    if (!result || result->status != app::CredentialStore::Status::Ok) {
        usage(result && result->status != app::CredentialStore::Status::NotFound
                  ? result->message
                  : tr("The session has ended. Sign in again: kontor-cli login"));
        return std::nullopt;
    }
    return result->token;
}

} // namespace kontor::cli
