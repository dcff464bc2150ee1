#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace Core::Analysis {

// Quoted-printable content decoded byte for byte as vmime 0.9.2's qpEncoder decodes it,
// without its streams: through them, a byte at a time, it was a twentieth of the analysis.
// vmime is looser than RFC 2045, and so is this: "=" and a line end is a soft line break,
// where "=\r" drops whatever byte follows; "=" and any two bytes is one byte, a character
// that is no hex digit counting as 0; an "=" with fewer than two bytes after it at the end
// is dropped with them; every other byte, 8-bit ones included, is itself.
// tst_quotedprintable and the text_decoder fuzzer compare it with vmime.
class QuotedPrintable {
public:
    // At most maxBytes of the decoded bytes: the start of what the whole would decode to.
    static std::string decode(std::string_view encoded, std::size_t maxBytes = std::string::npos);
};

} // namespace Core::Analysis
