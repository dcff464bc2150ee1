// The whole analyzer, message bytes in: nothing a stranger writes may crash it, hang it or
// make it take much memory.
#include "analysis/BounceAnalyzer.h"
#include "analysis/VmimeRuntime.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Core::Analysis::VmimeRuntime::ensureInitialized();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Core::Analysis::BounceAnalyzer::analyze(
        QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)));
    return 0;
}
