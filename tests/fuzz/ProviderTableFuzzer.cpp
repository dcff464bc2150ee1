// The provider table's JSON: the built-in one is ours, but the same reader takes a file.
#include "account/ProviderTable.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QString error;
    Core::Account::ProviderTable::fromJson(
        QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), &error);
    return 0;
}
