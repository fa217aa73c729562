#include "syncworker.h"

#include "apiclient.h"
#include "storereader.h"
#include "storewriter.h"

#include "core/wireformat.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSync, "kontor.sync")

using namespace Qt::StringLiterals;

namespace kontor::app {

namespace {

const QString cursorKey = u"sync_cursor"_s;
// Local changes are pushed this soon after they were made (several quick edits go together).
constexpr std::chrono::milliseconds pushDelay{250};
// An import's batches are large: a push stops at a few megabytes (the server takes 10).
constexpr qint64 maxPushBytes = 4 * 1024 * 1024;

bool isSyncKind(const QString& kind)
{
    return kind == core::opkind::accountCreate || kind == core::opkind::accountUpdate ||
           kind == core::opkind::contactUpdate || kind == core::opkind::linkSet ||
           kind == core::opkind::invitationSend || kind == core::opkind::accountDelete ||
           kind == core::opkind::importBatch;
}

// The endpoint of an operation that is not pushed in a batch (storewriter.h, localkind).
QString endpointOf(const core::Operation& op)
{
    const QString id = op.payload.value(u"id"_s).toString();
    if (op.kind == localkind::notificationRead)
        return u"/api/v1/notifications/%1/read"_s.arg(id);
    if (op.kind == localkind::invitationResend)
        return u"/api/v1/invitations/%1/resend"_s.arg(id);
    return {};
}

// A failure that belongs to the operations sent rather than to the server or the network.
bool isOperationProblem(ApiError::Kind kind)
{
    return kind == ApiError::Kind::Invalid || kind == ApiError::Kind::TooLarge ||
           kind == ApiError::Kind::Forbidden || kind == ApiError::Kind::Conflict;
}

} // namespace

SyncWorker::SyncWorker(QString storePath, SyncEngine::Options options)
    : m_storePath(std::move(storePath))
    , m_options(std::move(options))
{
}

SyncWorker::~SyncWorker() = default;

// Replies and timers of an older generation (before a cancel, stop or new credentials) are
// dropped.
template <typename Callback> auto SyncWorker::current(Callback callback)
{
    return [this, generation = m_generation, callback](const auto&... args) {
        if (generation == m_generation)
            callback(args...);
    };
}

void SyncWorker::initialize()
{
    QNetworkAccessManager* network =
        m_options.networkFactory ? m_options.networkFactory() : nullptr;
    m_api = new ApiClient(network, this);
    if (network && !network->parent())
        network->setParent(m_api);
    m_api->setDefaultTimeout(m_options.requestTimeout);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncWorker::beginCycle);
    // Without an open store there is nothing to sync (an empty path would open a scratch one).
    if (m_storePath.isEmpty() || !m_db.open(m_storePath, Database::Durability::Normal))
        qCWarning(lcSync) << "cannot open the store:" << m_storePath << m_db.error();
}

void SyncWorker::shutdown()
{
    abortCycle();
    m_active = false;
    // Children made on this thread go on this thread.
    delete m_timer;
    m_timer = nullptr;
    delete m_api;
    m_api = nullptr;
    m_db.close();
}

void SyncWorker::configure(const QUrl& serverUrl, const QString& token)
{
    abortCycle();
    m_api->setBaseUrl(serverUrl);
    m_api->setToken(token);
    m_active = !token.isEmpty() && m_db.isOpen();
    m_failures = 0;
    m_pushed = 0;
    m_received = 0;
    m_expected = 0;
    if (!m_active) {
        m_timer->stop();
        setState(SyncEngine::State::Stopped);
        return;
    }
    beginCycle();
}

void SyncWorker::stop()
{
    abortCycle();
    m_active = false;
    m_timer->stop();
    setState(SyncEngine::State::Stopped);
}

void SyncWorker::syncNow()
{
    if (!m_active)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    beginCycle();
}

void SyncWorker::cancel()
{
    if (!m_running)
        return;
    abortCycle();
    qCInfo(lcSync) << "cycle cancelled; the next one resumes from the stored cursor";
    m_timer->start(m_options.pollInterval);
    setState(m_failures > 0 ? SyncEngine::State::Offline : SyncEngine::State::Online);
    Q_EMIT cycleFinished(false);
}

void SyncWorker::localChange()
{
    reportProgress();
    if (!m_active)
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    // While offline the back-off timer decides; retrying on every edit would hammer the server.
    if (m_state == SyncEngine::State::Online &&
        (!m_timer->isActive() || m_timer->remainingTime() > int(pushDelay.count()))) {
        m_timer->start(pushDelay);
    }
}

void SyncWorker::abortCycle()
{
    ++m_generation;
    m_running = false;
    m_again = false;
    if (m_api)
        m_api->abortAll();
}

void SyncWorker::beginCycle()
{
    if (!m_active || m_running)
        return;
    m_timer->stop();
    m_running = true;
    m_again = false;
    m_counted = false;
    setState(SyncEngine::State::Syncing);
    pushNext();
}

bool SyncWorker::commit(const std::function<bool(StoreWriter&)>& write)
{
    StoreTransaction tx(m_db);
    if (!tx.isActive() || !write(tx.writer()) || !tx.commit()) {
        qCWarning(lcSync) << "cannot write the store";
        return false;
    }
    Q_EMIT storeChanged(tx.changes());
    return true;
}

// --- Push ---

void SyncWorker::pushNext()
{
    const QList<core::Operation> ops = StoreReader(m_db).outbox(int(m_batchLimit), maxPushBytes);
    if (ops.isEmpty()) {
        pull();
        return;
    }
    if (!isSyncKind(ops.first().kind)) {
        pushSingle(ops.first());
        return;
    }
    // The leading run of batchable operations, so the outbox's order holds across kinds.
    QList<core::Operation> batch;
    for (const core::Operation& op : ops) {
        if (!isSyncKind(op.kind))
            break;
        batch.append(op);
    }
    pushBatch(batch);
}

void SyncWorker::pushBatch(const QList<core::Operation>& batch)
{
    QJsonArray ops;
    for (const core::Operation& op : batch)
        ops.append(core::toJson(op));
    m_api->post(
        u"/api/v1/ops"_s, {{u"ops"_s, ops}}, this, current([this, batch](const ApiResponse& r) {
            if (!r.ok()) {
                if (handleCommonFailure(r))
                    return;
                if (isOperationProblem(r.error.kind) && batch.size() > 1) {
                    // One operation spoils the batch: halve until it stands alone.
                    m_batchLimit = std::max<qsizetype>(1, batch.size() / 2);
                    pushNext();
                    return;
                }
                if (isOperationProblem(r.error.kind)) {
                    reject(batch.first(), r.error);
                    pushNext();
                    return;
                }
                fail(r.error);
                return;
            }
            QHash<QUuid, core::OperationResult> results;
            core::Violations ignored;
            for (const core::JsonReader& item :
                 core::JsonReader(r.body, &ignored).objectList(u"results"_s)) {
                const core::OperationResult result = core::readOperationResult(item);
                results.insert(result.opId, result);
            }
            int answered = 0;
            const bool written = commit([&](StoreWriter& w) {
                for (const core::Operation& op : batch) {
                    const auto it = results.constFind(op.opId);
                    if (it == results.cend())
                        continue; // not answered: stays in the outbox for the next push
                    ++answered;
                    qCDebug(lcSync) << "answer" << op.opId << op.kind
                                    << core::toWireName(it->status) << it->conflicts.size();
                    if (!w.settle(op, *it))
                        return false;
                }
                return w.rebaseTouched();
            });
            if (!written || answered == 0) {
                failHere(SyncEngine::tr("The server did not confirm the changes. They are kept "
                                        "and sent again."));
                return;
            }
            m_pushed += answered;
            m_batchLimit = core::maxOperationsPerPush;
            reportProgress();
            pushNext();
        }));
}

void SyncWorker::pushSingle(const core::Operation& op)
{
    const QString endpoint = endpointOf(op);
    if (endpoint.isEmpty()) {
        // A kind this version cannot send: kept as a sync issue, not dropped.
        ApiError e;
        e.code = u"unknown_operation"_s;
        e.message = SyncEngine::tr("This change cannot be sent by this version of Kontor.");
        reject(op, e);
        pushNext();
        return;
    }
    m_api->post(endpoint, {}, this, current([this, op](const ApiResponse& r) {
                    if (!r.ok() && handleCommonFailure(r))
                        return;
                    const bool gone =
                        r.error.kind == ApiError::Kind::NotFound &&
                        op.kind == localkind::notificationRead; // nothing left to mark
                    if (r.ok() || gone) {
                        if (!commit([&](StoreWriter& w) { return w.completeOperation(op.opId); })) {
                            fail(r.error);
                            return;
                        }
                        ++m_pushed;
                        reportProgress();
                        pushNext();
                    } else if (isOperationProblem(r.error.kind) ||
                               r.error.kind == ApiError::Kind::NotFound) {
                        reject(op, r.error);
                        pushNext();
                    } else {
                        fail(r.error);
                    }
                }));
}

void SyncWorker::reject(const core::Operation& op, const ApiError& error)
{
    core::OperationResult result{op.opId, core::OperationStatus::Rejected, error.violations, {}};
    if (result.errors.isEmpty())
        result.errors.append(core::Violation::received({}, error.code, error.message));
    commit([&](StoreWriter& w) { return w.settle(op, result) && w.rebaseTouched(); });
    reportProgress();
}

// --- Pull ---

void SyncWorker::pull()
{
    requestChanges(StoreReader(m_db).meta(cursorKey));
}

void SyncWorker::requestChanges(const QString& cursor)
{
    QUrlQuery query;
    if (!cursor.isEmpty())
        query.addQueryItem(u"since"_s, cursor);
    // Once per cycle the server is asked how many changes follow (a count it makes on its
    // index: not on every page), for "received of expected" while a long first sync runs.
    const bool count = !m_counted;
    if (count)
        query.addQueryItem(u"with_remaining"_s, u"true"_s);
    m_counted = true;
    m_api->get(
        u"/api/v1/changes"_s, query, this,
        current([this, cursor, count](const ApiResponse& r) { applyChanges(r, cursor, count); }));
}

void SyncWorker::applyChanges(const ApiResponse& r, const QString& cursor, bool count)
{
    if (!r.ok()) {
        if (!handleCommonFailure(r))
            fail(r.error);
        return;
    }
    core::Violations ignored;
    const core::ChangePage page = core::readChangePage(core::JsonReader(r.body, &ignored));
    const bool stuck = page.changes.isEmpty() && page.cursor == cursor;
    const bool more = page.more && !stuck;
    // The server makes the next page while this one is written here. Should the write fail,
    // fail() drops that page's answer (a new generation), and the next cycle starts again
    // from the stored cursor.
    if (more)
        requestChanges(page.cursor.isEmpty() ? cursor : page.cursor);
    const bool written = commit([&](StoreWriter& w) {
        for (const core::Change& c : page.changes) {
            if (!w.applyChange(c))
                return false;
        }
        return w.rebaseTouched() && (page.cursor.isEmpty() || w.setMeta(cursorKey, page.cursor));
    });
    if (!written) {
        failHere(SyncEngine::tr("The changes from the server could not be saved on this "
                                "computer. Is the disk full?"));
        return;
    }
    m_received += int(page.changes.size());
    if (count) {
        const QJsonValue remaining = r.body.value(u"remaining"_s);
        m_expected = remaining.isDouble() ? m_received + qMax(0, remaining.toInt())
                                          : 0; // a server that cannot tell
    }
    reportProgress();
    if (!more)
        finishCycle();
}

// --- Outcome ---

bool SyncWorker::handleCommonFailure(const ApiResponse& r)
{
    if (r.error.kind == ApiError::Kind::Cancelled)
        return true;
    if (r.error.kind == ApiError::Kind::Unauthorized) {
        abortCycle();
        m_active = false;
        m_timer->stop();
        setState(SyncEngine::State::Stopped, r.error.message);
        Q_EMIT unauthorized();
        Q_EMIT cycleFinished(false);
        return true;
    }
    return false;
}

void SyncWorker::finishCycle()
{
    m_running = false;
    m_failures = 0;
    m_lastSyncedAt = QDateTime::currentDateTimeUtc();
    // Changes made while this cycle ran go out at once; otherwise wait for the next poll.
    const bool pending = StoreReader(m_db).outboxCount() > 0;
    m_timer->start(m_again   ? std::chrono::milliseconds(0)
                   : pending ? pushDelay
                             : m_options.pollInterval);
    m_again = false;
    if (m_expected > 0)
        m_expected = m_received; // caught up: whatever the count said, this is all of it
    reportProgress();
    setState(SyncEngine::State::Online);
    Q_EMIT cycleFinished(!pending);
}

std::chrono::milliseconds SyncWorker::retryDelay() const
{
    // Exponential, capped, with jitter between half and all of it, so many clients that lost
    // the server together do not come back in step.
    const double base =
        double(m_options.minRetryDelay.count()) * std::pow(2.0, std::min(m_failures - 1, 30));
    const double capped = std::min(base, double(m_options.maxRetryDelay.count()));
    const double jittered = capped * (0.5 + 0.5 * QRandomGenerator::global()->generateDouble());
    return std::chrono::milliseconds(qint64(jittered));
}

void SyncWorker::failHere(const QString& message)
{
    ApiError e;
    e.kind = ApiError::Kind::BadResponse;
    e.message = message;
    fail(e);
}

void SyncWorker::fail(const ApiError& error)
{
    // A request still on its way (the next page of changes) belongs to this failed cycle.
    ++m_generation;
    if (m_api)
        m_api->abortAll();
    m_running = false;
    m_again = false;
    ++m_failures;
    const std::chrono::milliseconds delay = retryDelay();
    qCInfo(lcSync) << "sync failed:" << int(error.kind) << error.serverMessage << "- retry in"
                   << delay.count() << "ms";
    m_timer->start(delay);
    setState(SyncEngine::State::Offline, error.message);
    Q_EMIT cycleFinished(false);
}

void SyncWorker::setState(SyncEngine::State state, const QString& message)
{
    m_state = state;
    const QDateTime next = m_timer && m_timer->isActive()
                               ? QDateTime::currentDateTimeUtc().addMSecs(m_timer->remainingTime())
                               : QDateTime();
    Q_EMIT stateChanged(int(state), message, m_lastSyncedAt, next);
}

void SyncWorker::reportProgress()
{
    Q_EMIT progress(m_db.isOpen() ? StoreReader(m_db).outboxCount() : 0, m_pushed, m_received,
                    m_expected);
}

} // namespace kontor::app
