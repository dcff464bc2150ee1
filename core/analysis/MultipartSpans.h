#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace Core::Analysis {

// Where each part of a multipart body lies, found with the rules Debian's vmime 0.9.2
// body parser follows, so that the analyzer sees the parts vmime saw: a delimiter is the
// boundary at the start of a line after "--" (blanks allowed between them), followed by
// a line end or a dash; the text before the first delimiter is the preamble, "--" after
// the boundary ends the parts, and without that closing delimiter the rest is the last
// part. A boundary whose first byte is not ASCII is never found, so the body is one
// part. vmime built a whole object tree of every part and parsed every field of every
// part's header; the analyzer reads a part's MIME fields and little else.
class MultipartSpans {
public:
    struct Span {
        std::size_t begin = 0; // the part's header
        std::size_t end = 0;
    };

    // The parts of the body text[begin, end). Like vmime, the search for a delimiter
    // looks at the bytes around the body too (the line end before the first one).
    static std::vector<Span> split(
        const std::string& text, std::size_t begin, std::size_t end, const std::string& boundary);
    // The boundary of a multipart whose header names none, guessed from the first line
    // that starts with "--"; empty when there is none.
    static std::string guessBoundary(const std::string& text, std::size_t begin, std::size_t end);
};

} // namespace Core::Analysis
