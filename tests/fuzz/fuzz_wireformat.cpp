// libFuzzer target for the JSON decoder of the wire format: any input must decode without a
// crash, leak or undefined behaviour, and whatever decodes must survive encode → decode.
#include "core/wireformat.h"

#include <QJsonDocument>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const kontor::core::Decoded<kontor::core::Account> first = kontor::core::decodeAccount(input);
    for (const kontor::core::Violation& v : first.errors)
        (void)v.message(nullptr);
    if (!first.ok())
        return 0;
    const QByteArray encoded =
        QJsonDocument(kontor::core::toJson(first.value)).toJson(QJsonDocument::Compact);
    const kontor::core::Decoded<kontor::core::Account> second =
        kontor::core::decodeAccount(encoded);
    if (!second.ok() || !(second.value == first.value))
        std::abort();
    return 0;
}
