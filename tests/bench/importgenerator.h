#pragma once

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

} // namespace kontor::bench
