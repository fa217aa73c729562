#include "importsource.h"

#include <QIODevice>

namespace kontor::core {

namespace {

bool looksLikeVCard(QIODevice* device)
{
    QByteArray head = device->peek(4096);
    QString text;
    for (TextEncoding e : {TextEncoding::Utf16LE, TextEncoding::Utf16BE}) {
        if (const qsizetype bom = bomLength(head, e))
            text = makeDecoder(e)(QByteArrayView(head).sliced(bom));
    }
    if (text.isEmpty())
        text = QString::fromUtf8(head.sliced(bomLength(head, TextEncoding::Utf8)));
    return text.trimmed().startsWith(QStringLiteral("BEGIN:VCARD"), Qt::CaseInsensitive);
}

} // namespace

const CsvReader* OpenedSource::csv() const
{
    return format == SourceFormat::Csv ? static_cast<const CsvReader*>(source.get()) : nullptr;
}

OpenedSource openImportSource(QIODevice* device, const ImportSourceOptions& options)
{
    OpenedSource opened;
    opened.format = options.format;
    if (opened.format == SourceFormat::Auto)
        opened.format = looksLikeVCard(device) ? SourceFormat::VCard : SourceFormat::Csv;
    if (opened.format == SourceFormat::VCard) {
        auto reader = std::make_unique<VCardReader>(device, options.vcard);
        if (reader->open())
            opened.source = std::move(reader);
        else
            opened.error = reader->error();
        return opened;
    }
    auto reader = std::make_unique<CsvReader>(device, options.csv);
    if (reader->open())
        opened.source = std::move(reader);
    else
        opened.error = reader->error();
    return opened;
}

} // namespace kontor::core
