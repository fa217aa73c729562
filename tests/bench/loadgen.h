#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace kontor::bench {

/// Figures of one load run.
struct LoadResult {
    double requestsPerSecond = 0;
    double p50Ms = 0;
    double p95Ms = 0;
    double p99Ms = 0;
    long requests = 0;
    long failures = 0;     ///< non-2xx answers and connection errors
    double seconds = 0;    ///< wall time of the run
    double cpuSeconds = 0; ///< CPU time the generator itself used (it shares the machine)
};

/// The build of this tree (the server under test is built with it): "release (optimised)" or
/// "debug (figures not representative)".
inline const char* buildType()
{
#ifdef NDEBUG
    return "release (optimised)";
#else
    return "debug (figures not representative)";
#endif
}

/// CPU time (user + system) a process has used so far, from /proc; -1 when unknown.
double processCpuSeconds(long long pid);
/// The 1-minute load average, from /proc/loadavg; -1 when unknown.
double loadAverage();

/// A closed-loop load generator on Boost.Beast's client: @p connections keep-alive connections
/// to 127.0.0.1:@p port, each sending GET @p target (with a bearer token when given) as soon as
/// the previous answer arrived, for @p duration. One thread, so the server gets the other core.
LoadResult runLoad(std::uint16_t port, const std::string& target, const std::string& token,
                   int connections, std::chrono::milliseconds duration);

} // namespace kontor::bench
