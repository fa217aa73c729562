#include "importgenerator.h"

#include <QFile>
#include <QStringEncoder>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace kontor::bench {

namespace {

const char* const firstNames[] = {"Jürgen", "Anna",  "Björn", "Ümit",  "Sören", "Käthe",
                                  "Thomas", "Heike", "Ralf",  "Petra", "Zoë",   "Maximilian"};
const char* const lastNames[] = {"Müller", "Schmidt",  "Weiß",   "Größe",   "Özdemir",  "Schäfer",
                                 "Becker", "Hoffmann", "Wagner", "Neumann", "von Bülow"};
const char* const streets[] = {"Königsbrücker Straße", "Hauptstraße", "Am Markt",
                               "Bergstraße",           "Lindenallee", "Schloßstraße"};
const char* const cities[] = {"Dresden", "Leipzig", "Chemnitz", "Görlitz", "Bautzen", "Zwickau"};

} // namespace

qint64 generateClientList(const QString& path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    QStringEncoder cp1252("windows-1252");
    QString text = u"Mandantennummer;Konto;Typ;Firmenname;Vorname;Nachname;E-Mail;Telefon;"
                   u"Straße;PLZ;Ort;Schlagwörter\r\n"_s;
    int account = 0;
    int left = 0;
    bool company = false;
    for (int row = 1; row <= rows; ++row) {
        if (left == 0) {
            ++account;
            left = 1 + account % 3;
            company = account % 4 == 0;
        }
        --left;
        const int person = row % 40 == 0 ? row - 17 : row; // seen before: linked
        const QString first = QString::fromUtf8(firstNames[person % 12]);
        const QString last = QString::fromUtf8(lastNames[(person / 12) % 11]);
        const QString number = u"%1"_s.arg(account, 6, 10, QChar(u'0'));
        const QString name =
            company ? u"\"%1 & Söhne; GmbH %2\""_s.arg(last, number) : u"%1 %2"_s.arg(last, number);
        text += number + u';' + name + u';' + (company ? u"Unternehmen"_s : u"Einzelperson"_s) +
                u';' + (company ? name : QString()) + u';' + first + u';' + last + u';' +
                u"k%1@mandant%2.de"_s.arg(person).arg(person % 997) + u';' +
                u"0351 %1"_s.arg(1000000 + person % 8999999) + u';' +
                QString::fromUtf8(streets[row % 6]) + u' ' + QString::number(row % 200 + 1) + u';' +
                u"0%1"_s.arg(1000 + row % 9000) + u';' + QString::fromUtf8(cities[row % 6]) + u';' +
                (row % 3 ? u"Mandant,Lohn"_s : u"Mandant"_s) + u"\r\n"_s;
        if (text.size() > 1 << 20) {
            file.write(cp1252(text));
            text.clear();
        }
    }
    file.write(cp1252(text));
    return file.size();
}

double peakMemoryMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

void resetPeakMemory()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace kontor::bench
