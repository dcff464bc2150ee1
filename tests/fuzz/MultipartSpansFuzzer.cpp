// Differential: the multipart splitter the analyzer uses must find the parts vmime's own
// body parser finds, at the same places and depths, in the text the analyzer hands to
// them (after the sanitizer). A difference aborts.
#include "analysis/MessageSanitizer.h"
#include "analysis/VmimeRuntime.h"

#include "MultipartParts.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Core::Analysis::VmimeRuntime::ensureInitialized();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text = Core::Analysis::MessageSanitizer::prepare(
        QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)))
                                 .text;
    QStringList byVmime;
    QStringList bySpans;
    bool unfilled = false;
    try {
        byVmime = MultipartParts::partsByVmime(text);
        bySpans = MultipartParts::partsBySpans(text, &unfilled);
    } catch (const std::exception&) {
        // vmime gives up on some headers (see HeaderSpansFuzzer): nothing to compare.
        return 0;
    }
    // vmime's own outcome is not defined there (it reads memory it never wrote).
    if (unfilled)
        return 0;
    if (byVmime != bySpans) {
        std::fprintf(stderr, "MultipartSpans and vmime differ on %zu bytes:\nvmime: %s\nspans: %s\n",
            text.size(), qPrintable(byVmime.join(u' ')), qPrintable(bySpans.join(u' ')));
        std::abort();
    }
    return 0;
}
