// Bytes in a declared charset, as strangers declare them: the first byte picks the charset
// (real ones, aliases, unknown and malformed names), the rest is the text. The same bytes
// are decoded as quoted-printable by the analyzer and by vmime: a difference is a failure.
#include "analysis/QuotedPrintable.h"
#include "analysis/TextDecoder.h"
#include "analysis/VmimeRuntime.h"

#include <vmime/vmime.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

std::string quotedPrintableByVmime(const std::string& encoded)
{
    const vmime::encoding encoding(vmime::encodingTypes::QUOTED_PRINTABLE);
    std::string decoded;
    vmime::utility::outputStreamStringAdapter out(decoded);
    vmime::utility::inputStreamStringAdapter in(encoded);
    encoding.getEncoder()->decode(in, out);
    return decoded;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Core::Analysis::VmimeRuntime::ensureInitialized();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const std::array<const char*, 16> charsets { "utf-8", "us-ascii", "iso-8859-1", "iso-8859-15",
        "windows-1252", "shift_jis", "iso-2022-jp", "euc-kr", "gb2312", "gb18030", "big5", "koi8-r", "utf-16",
        "utf-7", "x-unknown", "" };
    if (size == 0)
        return 0;
    const std::string bytes(reinterpret_cast<const char*>(data + 1), size - 1);
    Core::Analysis::TextDecoder::decode(bytes, charsets[data[0] % charsets.size()]);
    if (Core::Analysis::QuotedPrintable::decode(bytes) != quotedPrintableByVmime(bytes))
        std::abort();
    return 0;
}
