#include "backgroundjobs.h"

#include "storage/database.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcJobs, "kontor.server.jobs")

namespace kontor::server::jobs {

BackgroundJobs::BackgroundJobs(storage::DatabaseConfig database)
    : m_database(std::move(database))
{
}

BackgroundJobs::~BackgroundJobs()
{
    stop();
}

void BackgroundJobs::add(const QString& name, std::chrono::milliseconds interval, Work work)
{
    m_jobs.push_back(Job{name, interval, std::move(work), std::chrono::steady_clock::now()});
}

void BackgroundJobs::start()
{
    if (m_jobs.empty() || m_thread.joinable())
        return;
    m_thread = std::thread([this] { loop(); });
}

void BackgroundJobs::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void BackgroundJobs::wake(const QString& name)
{
    {
        std::lock_guard lock(m_mutex);
        for (Job& job : m_jobs) {
            if (job.name == name)
                job.due = std::chrono::steady_clock::now();
        }
    }
    m_wake.notify_all();
}

void BackgroundJobs::loop()
{
    storage::Database db(m_database);
    QString error;
    if (!db.open(&error))
        qCWarning(lcJobs) << "cannot open the database:" << error;
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        const auto now = std::chrono::steady_clock::now();
        auto next = now + std::chrono::hours(1);
        for (Job& job : m_jobs) {
            if (job.due <= now) {
                job.due = now + job.interval;
                Work work = job.work;
                const QString name = job.name;
                lock.unlock();
                try {
                    if (!db.isOpen() && !db.reopen(&error))
                        throw std::runtime_error(error.toStdString());
                    work(db);
                } catch (const std::exception& e) {
                    qCWarning(lcJobs) << "job" << name << "failed:" << e.what();
                }
                lock.lock();
                if (m_stopping)
                    return;
            }
            next = std::min(next, job.due);
        }
        m_wake.wait_until(lock, next);
    }
}

} // namespace kontor::server::jobs
