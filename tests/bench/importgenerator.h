#pragma once

#include <QElapsedTimer>
#include <QString>

namespace kontor::bench {

/// Writes @p rows data rows of a client list as German Excel saves it (Windows-1252, ';',
/// CRLF, 12 columns, ~130 bytes a row): accounts of 1–3 contacts, every 40th row a contact
/// seen before on another account, company names with ';' (quoted). The file's size, or -1.
qint64 generateClientList(const QString& path, int rows);

/// Peak resident memory so far, in MB (VmHWM); resetPeakMemory() starts a new measurement.
double peakMemoryMb();
void resetPeakMemory();
/// CPU seconds of all threads so far: on a shared machine, wall time alone says little.
double cpuSeconds();

/// One measured step: wall time, CPU time and peak resident memory.
struct Stage {
    double seconds = 0;
    double cpu = 0;
    double peakMb = 0;
};

template <typename Body> Stage measure(Body body)
{
    resetPeakMemory();
    QElapsedTimer timer;
    timer.start();
    const double cpu = cpuSeconds();
    body();
    return {timer.nsecsElapsed() / 1e9, cpuSeconds() - cpu, peakMemoryMb()};
}

} // namespace kontor::bench
