#pragma once

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>

#include <functional>
#include <thread>
#include <vector>

namespace kontor::server::http {

/// The threads that run handlers, apart from the I/O threads. Each thread calls `started`
/// before its first job and `finished` after its last (each opens and closes its own SQL
/// connection there).
class HandlerPool {
public:
    HandlerPool(int threads, std::function<void()> started, std::function<void()> finished);
    ~HandlerPool();

    void post(std::function<void()> job);
    /// Lets the queued jobs finish, then joins the threads. Idempotent.
    void stop();

private:
    boost::asio::io_context m_ioc;
    boost::asio::executor_work_guard<boost::asio::io_context::executor_type> m_guard;
    std::vector<std::thread> m_threads;
};

} // namespace kontor::server::http
