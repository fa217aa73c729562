#pragma once

// A fake at the QNetworkAccessManager seam (the pattern of Nextcloud's sync tests): requests
// are answered by a handler in the test, with a status and a body, a network error, or never.

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <functional>

namespace kontor::test {

struct FakeRequest {
    QString method;
    QUrl url;
    QByteArray authorization;
    QByteArray acceptLanguage;
    QJsonObject body;
};

struct FakeResponse {
    int status = 200;
    QJsonObject body;
    QByteArray rawBody; ///< used instead of body when set
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool hang = false; ///< never answers (until aborted)

    static FakeResponse json(int status, const QJsonObject& body) { return {status, body, {}}; }
    static FakeResponse networkError(QNetworkReply::NetworkError e)
    {
        FakeResponse r;
        r.status = 0;
        r.error = e;
        return r;
    }
};

class FakeReply : public QNetworkReply {
public:
    FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest& request,
              const FakeResponse& response, QObject* parent)
        : QNetworkReply(parent)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        m_data = response.rawBody.isEmpty() && !response.body.isEmpty()
                     ? QJsonDocument(response.body).toJson()
                     : response.rawBody;
        if (response.hang)
            return;
        QTimer::singleShot(0, this, [this, response] {
            if (isFinished())
                return;
            if (response.status > 0) {
                setAttribute(QNetworkRequest::HttpStatusCodeAttribute, response.status);
                setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
                setHeader(QNetworkRequest::ContentLengthHeader, m_data.size());
                Q_EMIT metaDataChanged();
            }
            if (response.error != QNetworkReply::NoError) {
                setError(response.error, QStringLiteral("fake network error"));
                Q_EMIT errorOccurred(response.error);
            } else if (response.status >= 400) {
                setError(QNetworkReply::ProtocolInvalidOperationError,
                         QStringLiteral("fake HTTP error"));
                Q_EMIT errorOccurred(error());
            }
            if (!m_data.isEmpty())
                Q_EMIT readyRead();
            setFinished(true);
            Q_EMIT finished();
        });
    }

    void abort() override
    {
        if (isFinished())
            return;
        setError(QNetworkReply::OperationCanceledError, QStringLiteral("cancelled"));
        Q_EMIT errorOccurred(QNetworkReply::OperationCanceledError);
        setFinished(true);
        Q_EMIT finished();
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_pos + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_pos);
        if (n <= 0)
            return isFinished() ? -1 : 0;
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

/// Answers every request with handler(request). The handler may run on the manager's thread;
/// requests are recorded under a mutex so a test on another thread can read them.
class FakeNetwork : public QNetworkAccessManager {
public:
    using Handler = std::function<FakeResponse(const FakeRequest&)>;

    explicit FakeNetwork(Handler handler, QObject* parent = nullptr)
        : QNetworkAccessManager(parent)
        , m_handler(std::move(handler))
    {
    }

    QList<FakeRequest> requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request,
                                 QIODevice* outgoing) override
    {
        FakeRequest r;
        r.url = request.url();
        r.authorization = request.rawHeader("Authorization");
        r.acceptLanguage = request.rawHeader("Accept-Language");
        switch (op) {
        case GetOperation:
            r.method = QStringLiteral("GET");
            break;
        case PostOperation:
            r.method = QStringLiteral("POST");
            break;
        case PutOperation:
            r.method = QStringLiteral("PUT");
            break;
        case DeleteOperation:
            r.method = QStringLiteral("DELETE");
            break;
        default:
            r.method = QString::fromLatin1(
                request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray());
        }
        if (outgoing)
            r.body = QJsonDocument::fromJson(outgoing->readAll()).object();
        {
            QMutexLocker lock(&m_mutex);
            m_requests.append(r);
        }
        return new FakeReply(op, request, m_handler(r), this);
    }

private:
    Handler m_handler;
    mutable QMutex m_mutex;
    QList<FakeRequest> m_requests;
};

} // namespace kontor::test
