#pragma once

#include "core/import/rowinterpreter.h"
#include "core/import/rowsource.h"

#include <QThreadPool>

#include <deque>
#include <memory>
#include <vector>

namespace kontor::app {

/// Pass 1's reading and interpreting, spread over the processors: the source's rows are read in
/// chunks on the calling thread while chunks read before are interpreted on a pool of worker
/// threads, and next() hands the interpreted chunks back in file order. Interpreting a row
/// (libphonenumber, the rules of the new-account form) is most of an import's planning and
/// needs no shared state; reading and handling the rows in order stay on one thread.
class InterpretPipeline {
public:
    /// @p interpreter and @p source must outlive the pipeline. @p threads: workers (0: one per
    /// processor; 1: rows are interpreted on the calling thread).
    InterpretPipeline(const core::RowInterpreter& interpreter, core::RowSource& source,
                      int threads);
    /// Waits for the chunks still being interpreted.
    ~InterpretPipeline();

    /// The next chunk of interpreted rows in file order; nullptr after the last one. Valid until
    /// the next call.
    std::vector<core::InterpretedRow>* next();

private:
    struct Chunk;
    void fill();

    const core::RowInterpreter& m_interpreter;
    core::RowSource& m_source;
    QThreadPool m_pool;
    int m_threads;
    bool m_more = true;
    std::deque<std::unique_ptr<Chunk>> m_inFlight;
    std::unique_ptr<Chunk> m_current;
};

} // namespace kontor::app
