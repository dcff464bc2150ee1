#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace Core::Analysis {

// Where each field of a header block lies, found with the rules Debian's vmime 0.9.2
// header parser follows (a field runs over every following line that starts with a blank;
// a line without a colon is skipped; an empty line, or a blank one outside a field, ends
// the header), without parsing any value. vmime then parses
// only the fields the analyzer reads: most of a bounce's header (Received chains,
// signatures, a provider's own X- fields) is never read, and parsing all of it was
// most of vmime's share of the analysis.
class HeaderFieldSpans {
public:
    struct Span {
        std::string lowerName;
        std::size_t begin = 0; // the field's name
        std::size_t end = 0; // after its last line
    };

    // The fields from `begin` up to the end of the header, which is at `end` at the latest
    // (a MIME part's header ends with its part).
    static HeaderFieldSpans split(
        const std::string& text, std::size_t begin = 0, std::size_t end = std::string::npos);

    const std::vector<Span>& fields() const { return m_fields; }
    // Where the body starts: after the line that ended the header, or `end`.
    std::size_t bodyStart() const { return m_bodyStart; }

private:
    std::vector<Span> m_fields;
    std::size_t m_bodyStart = 0;
};

} // namespace Core::Analysis
