#include "interpretpipeline.h"

#include <QSemaphore>
#include <QThread>

namespace kontor::app {

namespace {

// Small chunks keep the workers busy from the first rows on; a few per worker in flight let
// reading and handling overlap with interpreting.
constexpr qsizetype chunkRows = 256;

} // namespace

struct InterpretPipeline::Chunk {
    QList<core::SourceRow> in;
    std::vector<core::InterpretedRow> out;
    QSemaphore done;

    void interpret(const core::RowInterpreter& interpreter)
    {
        out.reserve(size_t(in.size()));
        for (const core::SourceRow& row : std::as_const(in))
            out.push_back(interpreter.interpret(row));
        in.clear();
        done.release();
    }
};

InterpretPipeline::InterpretPipeline(const core::RowInterpreter& interpreter,
                                     core::RowSource& source, int threads)
    : m_interpreter(interpreter)
    , m_source(source)
    , m_threads(threads > 0 ? threads : QThread::idealThreadCount())
{
    m_pool.setMaxThreadCount(qMax(1, m_threads));
}

InterpretPipeline::~InterpretPipeline()
{
    for (const std::unique_ptr<Chunk>& chunk : m_inFlight)
        chunk->done.acquire();
}

void InterpretPipeline::fill()
{
    const size_t depth = size_t(m_threads) * 3;
    while (m_more && m_inFlight.size() < depth) {
        auto chunk = std::make_unique<Chunk>();
        chunk->in.reserve(chunkRows);
        while (chunk->in.size() < chunkRows) {
            core::SourceRow row;
            if (!(m_more = m_source.next(row)))
                break;
            chunk->in.append(std::move(row));
        }
        if (chunk->in.isEmpty())
            break;
        Chunk* job = chunk.get();
        if (m_threads > 1)
            m_pool.start([job, this] { job->interpret(m_interpreter); });
        else
            job->interpret(m_interpreter);
        m_inFlight.push_back(std::move(chunk));
    }
}

std::vector<core::InterpretedRow>* InterpretPipeline::next()
{
    m_current.reset();
    fill();
    if (m_inFlight.empty())
        return nullptr;
    m_current = std::move(m_inFlight.front());
    m_inFlight.pop_front();
    m_current->done.acquire();
    fill(); // the workers go on while the caller handles this chunk
    return &m_current->out;
}

} // namespace kontor::app
