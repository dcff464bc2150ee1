#include "analysis/MultipartSpans.h"

#include <algorithm>

namespace Core::Analysis {

namespace {

    constexpr std::size_t npos = std::string::npos;

    bool isBlank(char c)
    {
        return c == ' ' || c == '\t';
    }

    bool isSpace(char c)
    {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    // Past the text's end there is nothing to match, as in vmime's stream.
    char byteAt(const std::string& text, std::size_t pos)
    {
        return pos < text.size() ? text[pos] : '\0';
    }

    // The next delimiter at or after `from`: where its boundary starts, with the delimiter
    // line's start (its line end before it included) and end; npos when there is none in
    // the rest of the text, or a position at or past `end` when the next is beyond it.
    std::size_t findDelimiter(const std::string& text, const std::string& boundary, std::size_t from,
        std::size_t end, std::size_t* delimiterStart, std::size_t* delimiterEnd)
    {
        std::size_t pos = from;
        while (pos != npos && pos < end) {
            pos = text.find(boundary, pos);
            if (pos == npos)
                break;
            std::size_t padding = 0;
            while (pos > padding && isBlank(text[pos - padding - 1]))
                ++padding;
            const std::size_t dashes = pos - padding;
            const char next = byteAt(text, pos + boundary.size());
            if (pos != 0 && dashes >= 3 && text.compare(dashes - 3, 3, "\n--") == 0
                && (next == '\r' || next == '\n' || next == '-')) {
                const bool carriageReturn = dashes >= 4 && text[dashes - 4] == '\r';
                *delimiterStart = dashes - 3 - (carriageReturn ? 1 : 0);
                *delimiterEnd = pos + boundary.size();
                return pos;
            }
            // The boundary inside a longer word, or not at a line's start.
            ++pos;
        }
        return pos;
    }

} // namespace

MultipartSpans::Boundary MultipartSpans::named(const std::string& boundary)
{
    // vmime 0.9.2 finds no delimiter for a boundary whose first byte is not ASCII (found by
    // fuzzing against it): the whole body is then one part, as when the boundary is unused.
    return { boundary, boundary.empty() || static_cast<unsigned char>(boundary.front()) < 0x80 };
}

std::vector<MultipartSpans::Span> MultipartSpans::split(
    const std::string& text, std::size_t begin, std::size_t end, const Boundary& guide)
{
    std::vector<Span> parts;
    if (guide.bytes.empty())
        return parts;
    const std::string& boundary = guide.bytes;
    std::size_t partStart = begin;
    bool closed = false;
    std::size_t delimiterStart = 0;
    std::size_t delimiterEnd = 0;
    std::size_t pos
        = guide.findable ? findDelimiter(text, boundary, begin, end, &delimiterStart, &delimiterEnd) : npos;
    for (bool preamble = true; !closed && pos != npos && pos < end; preamble = false) {
        const std::size_t partEnd = delimiterStart;
        if (delimiterEnd + 1 < end && text.compare(delimiterEnd, 2, "--") == 0) {
            closed = true;
            delimiterEnd += 2;
        }
        while (delimiterEnd < end && isBlank(text[delimiterEnd]))
            ++delimiterEnd;
        if (delimiterEnd + 1 < end && text[delimiterEnd] == '\r' && text[delimiterEnd + 1] == '\n')
            delimiterEnd += 2;
        else if (delimiterEnd < end && text[delimiterEnd] == '\n')
            ++delimiterEnd;
        // Two delimiters with not even a line end between them overlap: an empty part.
        if (!preamble)
            parts.push_back({ std::min(partStart, partEnd), std::max(partStart, partEnd) });
        partStart = delimiterEnd;
        pos = findDelimiter(text, boundary, delimiterEnd, end, &delimiterStart, &delimiterEnd);
    }
    // No closing delimiter anywhere after the last one: the rest is the last part.
    if (!closed && pos == npos)
        parts.push_back({ partStart, end });
    return parts;
}

MultipartSpans::Boundary MultipartSpans::guess(const std::string& text, std::size_t begin, std::size_t end)
{
    std::size_t pos = begin;
    if (pos + 2 < end && text.compare(pos, 2, "--") == 0) {
        pos += 2;
    } else {
        pos = text.find("\n--", begin);
        if (pos != npos && pos + 3 < end)
            pos += 3;
    }
    if (pos == npos || pos >= end)
        return {};
    // vmime reads up to 256 bytes into a buffer, skips spaces and line ends, and takes
    // bytes up to a line end: at most as many as it read, counted from after the spaces,
    // so past what it read when there were spaces (and past the buffer's end).
    const std::size_t filled = std::min<std::size_t>(end - pos, 256);
    std::size_t skipped = 0;
    while (skipped < filled && isSpace(text[pos + skipped]))
        ++skipped;
    Boundary boundary;
    std::size_t length = 0;
    for (; length < filled && length < 100; ++length) {
        if (skipped + length >= filled) {
            // Stale bytes, taken as neither line ends nor spaces.
            boundary.fromUnfilledBytes = true;
            continue;
        }
        const char c = text[pos + skipped + length];
        if (c == '\r' || c == '\n')
            break;
        boundary.bytes += c;
    }
    if (length < 1 || length >= 100)
        return { {}, true, boundary.fromUnfilledBytes };
    if (boundary.fromUnfilledBytes) {
        boundary.bytes = std::string(length, '?');
        boundary.findable = false;
        return boundary;
    }
    while (!boundary.bytes.empty() && isSpace(boundary.bytes.back()))
        boundary.bytes.pop_back();
    if (boundary.bytes.empty())
        return {};
    boundary.findable = named(boundary.bytes).findable;
    return boundary;
}

} // namespace Core::Analysis
