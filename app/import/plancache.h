#pragma once

#include "core/import/rowinterpreter.h"

#include <QDataStream>
#include <QTemporaryFile>

#include <memory>

namespace kontor::app {

/// The rows the preview interpreted, kept in a temporary file for the run, so that the run
/// does not read, decode and interpret the source again: interpreting costs most of an
/// import's time (libphonenumber takes some 20 µs a number). Only rows that can be imported are
/// kept, in file order; the file is removed with the cache.
class PlanCache {
public:
    PlanCache();
    ~PlanCache();

    /// Creates the file next to @p directory's other files (empty: the system's temp folder).
    bool create(const QString& directory = {});
    void append(const core::InterpretedRow& row);
    /// Done writing; false when the disk refused some of it.
    bool finish();
    qint64 count() const { return m_count; }
    qint64 bytes() const;

    /// Reads the rows back from the start.
    class Reader {
    public:
        explicit Reader(const PlanCache& cache);
        bool isOpen() const { return m_file.isOpen(); }
        bool next(core::InterpretedRow& row);

    private:
        QFile m_file;
        QDataStream m_in;
        qint64 m_left = 0;
    };

private:
    std::unique_ptr<QTemporaryFile> m_file;
    QDataStream m_out;
    qint64 m_count = 0;
};

} // namespace kontor::app
