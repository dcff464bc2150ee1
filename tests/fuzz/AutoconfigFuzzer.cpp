// An autoconfig file as a provider's web server (or anyone in between) sends it.
#include "account/AutoconfigParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QString error;
    Core::Account::AutoconfigParser::parse(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)),
        QStringLiteral("sam.taylor@bluebird-office.example"), &error);
    return 0;
}
