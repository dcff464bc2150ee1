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
// part. vmime built a whole object tree of every part and parsed every field of every
// part's header; the analyzer reads a part's MIME fields and little else.
class MultipartSpans {
public:
    struct Span {
        std::size_t begin = 0; // the part's header
        std::size_t end = 0;
    };

    // A multipart body's boundary as vmime uses it.
    struct Boundary {
        std::string bytes; // empty: none, the body is not split
        // false: vmime's delimiter search cannot find it, so the whole body is one part
        // (a first byte that is not ASCII; a guess that took in bytes vmime never read).
        bool findable = true;
        // The guess took in bytes of vmime's buffer that it never filled: what vmime
        // does then depends on stale memory, and "not findable" is what it mostly does.
        bool fromUnfilledBytes = false;
    };

    // The boundary a multipart's Content-Type names.
    static Boundary named(const std::string& boundary);
    // The boundary of a multipart whose header names none, guessed as vmime 0.9.2 does:
    // from the first line that starts with "--", at most 100 bytes after leading spaces.
    static Boundary guess(const std::string& text, std::size_t begin, std::size_t end);
    // The parts of the body text[begin, end). Like vmime, the search for a delimiter
    // looks at the bytes around the body too (the line end before the first one).
    static std::vector<Span> split(
        const std::string& text, std::size_t begin, std::size_t end, const Boundary& boundary);
};

} // namespace Core::Analysis
