#pragma once

#include "storage/databaseconfig.h"

#include <QString>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace kontor::server::storage {
class Database;
}

namespace kontor::server::jobs {

/// Periodic work outside requests (mail delivery, clean-ups) on one thread with its own SQL
/// connection. A job runs every `interval`, and at once after wake() (e.g. right after a
/// request queued a mail). Jobs must be safe with several server processes on one database:
/// claim rows in a transaction (PostgreSQL: `FOR UPDATE SKIP LOCKED`).
class BackgroundJobs {
public:
    using Work = std::function<void(storage::Database&)>;

    explicit BackgroundJobs(storage::DatabaseConfig database);
    ~BackgroundJobs();

    /// Register before start().
    void add(const QString& name, std::chrono::milliseconds interval, Work work);
    void start();
    /// Lets a running job finish, then joins the thread. Idempotent.
    void stop();
    /// Runs @p name soon (thread-safe; any thread).
    void wake(const QString& name);

private:
    struct Job {
        QString name;
        std::chrono::milliseconds interval;
        Work work;
        std::chrono::steady_clock::time_point due;
    };
    void loop();

    storage::DatabaseConfig m_database;
    std::vector<Job> m_jobs;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace kontor::server::jobs
