#pragma once

// A scripted kontor-server for SyncEngine unit tests, behind FakeNetwork: it records pushed
// operations and answers them per a policy, serves a change feed in pages, and can be made
// unreachable, slow or hostile. Called on the sync worker's thread; read by the test thread.

#include "fakenetwork.h"

#include "core/syncprotocol.h"
#include "core/wireformat.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QUrlQuery>

namespace kontor::test {

class FakeSyncServer {
    mutable QMutex m_mutex;

    template <typename F> auto locked(F f) const
    {
        QMutexLocker lock(&m_mutex);
        return f();
    }

public:
    struct Attempt {
        QString path;
        QString since;
        int opCount = 0;
        qint64 atMs = 0;
    };

    /// The answer for one pushed operation (default: applied).
    std::function<core::OperationResult(const core::Operation&)> resultFor =
        [](const core::Operation& op) {
            return core::OperationResult{op.opId, core::OperationStatus::Applied, {}, {}};
        };
    /// A whole push fails with this when set (e.g. 422 for batches holding a bad operation).
    std::function<std::optional<FakeResponse>(const QList<core::Operation>&)> pushFailure;

    void setUnreachable(bool on)
    {
        locked([&] { m_unreachable = on; });
    }
    void setUnauthorized(bool on)
    {
        locked([&] { m_unauthorized = on; });
    }
    /// Pulls starting at page index @p page hang (until aborted).
    void setHangAtPage(int page)
    {
        locked([&] { m_hangAtPage = page; });
    }
    void addPage(const QList<core::Change>& changes)
    {
        locked([&] { m_pages.append(changes); });
    }

    QList<core::Operation> received() const
    {
        return locked([&] { return m_received; });
    }
    QList<Attempt> attempts() const
    {
        return locked([&] { return m_attempts; });
    }
    QList<FakeRequest> restCalls() const
    {
        return locked([&] { return m_rest; });
    }
    /// Pulls that asked how many changes follow (with_remaining=true).
    int countRequests() const
    {
        return locked([&] { return m_countRequests; });
    }

    FakeNetwork* makeNetwork()
    {
        return new FakeNetwork([this](const FakeRequest& r) { return handle(r); });
    }

private:
    FakeResponse handle(const FakeRequest& r)
    {
        QMutexLocker lock(&m_mutex);
        Attempt a{r.url.path(), QUrlQuery(r.url).queryItemValue(QStringLiteral("since")), 0,
                  m_clock.elapsed()};
        if (m_unreachable) {
            m_attempts.append(a);
            return FakeResponse::networkError(QNetworkReply::ConnectionRefusedError);
        }
        if (m_unauthorized) {
            m_attempts.append(a);
            return FakeResponse::json(401, {});
        }
        if (a.path == u"/api/v1/ops") {
            const core::Decoded<QList<core::Operation>> batch =
                core::decodeOperationBatch(QJsonDocument(r.body).toJson(QJsonDocument::Compact));
            a.opCount = int(batch.value.size());
            m_attempts.append(a);
            if (!batch.ok())
                return FakeResponse::json(422, {});
            if (pushFailure) {
                if (std::optional<FakeResponse> failure = pushFailure(batch.value))
                    return *failure;
            }
            QJsonArray results;
            for (const core::Operation& op : batch.value) {
                m_received.append(op);
                results.append(core::toJson(resultFor(op)));
            }
            return FakeResponse::json(
                200, {{QStringLiteral("results"), results}, {QStringLiteral("cursor"), QString()}});
        }
        if (a.path == u"/api/v1/changes") {
            m_attempts.append(a);
            const int page = a.since.isEmpty() ? 0 : a.since.toInt();
            if (m_hangAtPage >= 0 && page >= m_hangAtPage) {
                FakeResponse hang;
                hang.hang = true;
                return hang;
            }
            QJsonArray changes;
            for (const core::Change& c : m_pages.value(page))
                changes.append(core::toJson(c));
            const int next = std::min(page + 1, int(m_pages.size()));
            QJsonObject body{{QStringLiteral("changes"), changes},
                             {QStringLiteral("cursor"), QString::number(next)},
                             {QStringLiteral("more"), next < m_pages.size()}};
            if (QUrlQuery(r.url).queryItemValue(QStringLiteral("with_remaining")) == u"true") {
                qsizetype remaining = 0;
                for (qsizetype p = next; p < m_pages.size(); ++p)
                    remaining += m_pages.at(p).size();
                body.insert(QStringLiteral("remaining"), remaining);
                ++m_countRequests;
            }
            return FakeResponse::json(200, body);
        }
        m_attempts.append(a);
        m_rest.append(r);
        return FakeResponse::json(200, {});
    }

    QElapsedTimer m_clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    bool m_unreachable = false;
    bool m_unauthorized = false;
    int m_hangAtPage = -1;
    int m_countRequests = 0;
    QList<QList<core::Change>> m_pages;
    QList<core::Operation> m_received;
    QList<Attempt> m_attempts;
    QList<FakeRequest> m_rest;
};

} // namespace kontor::test
