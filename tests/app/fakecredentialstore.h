#pragma once

// An in-memory CredentialStore for unit tests of the classes that use one (the real keychain
// is tested in tst_credentialstore against the Secret Service).

#include "app/credentialstore.h"

#include <QHash>
#include <QTimer>

namespace kontor::test {

class FakeCredentialStore : public app::CredentialStore {
public:
    using CredentialStore::CredentialStore;

    QHash<QString, QString> tokens;
    Status failWith = Status::Ok; ///< every call answers with this when not Ok

    void readToken(const QString& key, QObject* context, Callback done) override
    {
        Result r;
        if (failWith != Status::Ok)
            r = {failWith, {}, QStringLiteral("keychain unavailable")};
        else if (!tokens.contains(key))
            r.status = Status::NotFound;
        else
            r.token = tokens.value(key);
        answer(context, std::move(done), r);
    }
    void writeToken(const QString& key, const QString& token, QObject* context,
                    Callback done) override
    {
        if (failWith == Status::Ok)
            tokens.insert(key, token);
        answer(context, std::move(done), {failWith, {}, {}});
    }
    void deleteToken(const QString& key, QObject* context, Callback done) override
    {
        if (failWith == Status::Ok)
            tokens.remove(key);
        answer(context, std::move(done), {failWith, {}, {}});
    }

private:
    // Asynchronous like the real keychain.
    static void answer(QObject* context, Callback done, const Result& r)
    {
        QTimer::singleShot(0, context, [done = std::move(done), r] { done(r); });
    }
};

} // namespace kontor::test
