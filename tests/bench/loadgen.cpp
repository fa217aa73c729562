#include "loadgen.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <algorithm>
#include <fstream>
#include <memory>
#include <sstream>
#include <vector>

#include <time.h>
#include <unistd.h>

namespace kontor::bench {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = boost::beast::http;
using tcp = net::ip::tcp;
using Clock = std::chrono::steady_clock;

namespace {

struct Shared {
    Clock::time_point end;
    std::vector<double> latencies;
    long failures = 0;
};

class Connection : public std::enable_shared_from_this<Connection> {
public:
    Connection(net::io_context& ioc, Shared& shared, http::request<http::empty_body> request)
        : m_stream(ioc)
        , m_shared(shared)
        , m_request(std::move(request))
    {
    }

    void start(const tcp::endpoint& endpoint)
    {
        m_stream.async_connect(endpoint, [self = shared_from_this()](beast::error_code ec) {
            if (ec) {
                ++self->m_shared.failures;
                return;
            }
            self->send();
        });
    }

private:
    void send()
    {
        if (Clock::now() >= m_shared.end)
            return;
        m_started = Clock::now();
        http::async_write(m_stream, m_request,
                          [self = shared_from_this()](beast::error_code ec, std::size_t) {
                              if (ec) {
                                  ++self->m_shared.failures;
                                  return;
                              }
                              self->receive();
                          });
    }

    void receive()
    {
        m_response = {};
        http::async_read(m_stream, m_buffer, m_response,
                         [self = shared_from_this()](beast::error_code ec, std::size_t) {
                             if (ec) {
                                 ++self->m_shared.failures;
                                 return;
                             }
                             const auto elapsed = Clock::now() - self->m_started;
                             if (self->m_response.result_int() / 100 != 2)
                                 ++self->m_shared.failures;
                             else
                                 self->m_shared.latencies.push_back(
                                     std::chrono::duration<double, std::milli>(elapsed).count());
                             self->send();
                         });
    }

    beast::tcp_stream m_stream;
    Shared& m_shared;
    http::request<http::empty_body> m_request;
    beast::flat_buffer m_buffer;
    http::response<http::string_body> m_response;
    Clock::time_point m_started;
};

double percentile(std::vector<double>& sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto index = std::size_t(p * double(sorted.size() - 1));
    return sorted[index];
}

double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

} // namespace

double processCpuSeconds(long long pid)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const auto close = text.rfind(')');
    if (close == std::string::npos)
        return -1;
    std::istringstream fields(text.substr(close + 2));
    std::string field;
    unsigned long long utime = 0, stime = 0;
    for (int i = 3; i <= 15 && fields >> field; ++i) {
        if (i == 14)
            utime = std::stoull(field);
        else if (i == 15)
            stime = std::stoull(field);
    }
    return double(utime + stime) / double(sysconf(_SC_CLK_TCK));
}

double loadAverage()
{
    std::ifstream in("/proc/loadavg");
    double load = -1;
    in >> load;
    return load;
}

LoadResult runLoad(std::uint16_t port, const std::string& target, const std::string& token,
                   int connections, std::chrono::milliseconds duration)
{
    net::io_context ioc(1);
    Shared shared;
    http::request<http::empty_body> request(http::verb::get, target, 11);
    request.set(http::field::host, "127.0.0.1");
    request.keep_alive(true);
    if (!token.empty())
        request.set(http::field::authorization, "Bearer " + token);
    const tcp::endpoint endpoint(net::ip::make_address("127.0.0.1"), port);
    const auto start = Clock::now();
    const double cpuStart = threadCpuSeconds();
    shared.end = start + duration;
    for (int i = 0; i < connections; ++i)
        std::make_shared<Connection>(ioc, shared, request)->start(endpoint);
    ioc.run();
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    LoadResult r;
    r.seconds = seconds;
    r.cpuSeconds = threadCpuSeconds() - cpuStart;
    r.requests = long(shared.latencies.size());
    r.failures = shared.failures;
    r.requestsPerSecond = double(r.requests) / seconds;
    std::sort(shared.latencies.begin(), shared.latencies.end());
    r.p50Ms = percentile(shared.latencies, 0.50);
    r.p95Ms = percentile(shared.latencies, 0.95);
    r.p99Ms = percentile(shared.latencies, 0.99);
    return r;
}

} // namespace kontor::bench
