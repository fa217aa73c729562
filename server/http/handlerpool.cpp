#include "handlerpool.h"

#include <boost/asio/post.hpp>

namespace kontor::server::http {

HandlerPool::HandlerPool(int threads, std::function<void()> started, std::function<void()> finished)
    : m_guard(boost::asio::make_work_guard(m_ioc))
{
    for (int i = 0; i < std::max(1, threads); ++i) {
        m_threads.emplace_back([this, started, finished] {
            if (started)
                started();
            m_ioc.run();
            if (finished)
                finished();
        });
    }
}

HandlerPool::~HandlerPool()
{
    stop();
}

void HandlerPool::post(std::function<void()> job)
{
    boost::asio::post(m_ioc, std::move(job));
}

void HandlerPool::stop()
{
    m_guard.reset();
    for (std::thread& t : m_threads) {
        if (t.joinable())
            t.join();
    }
}

} // namespace kontor::server::http
