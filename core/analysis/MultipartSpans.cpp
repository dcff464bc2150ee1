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

std::vector<MultipartSpans::Span> MultipartSpans::split(
    const std::string& text, std::size_t begin, std::size_t end, const std::string& boundary)
{
    std::vector<Span> parts;
    if (boundary.empty())
        return parts;
    std::size_t partStart = begin;
    bool closed = false;
    std::size_t delimiterStart = 0;
    std::size_t delimiterEnd = 0;
    // vmime 0.9.2 finds no delimiter for a boundary whose first byte is not ASCII (found by
    // fuzzing against it): the whole body is then one part, as when the boundary is unused.
    const bool vmimeFindsIt = static_cast<unsigned char>(boundary.front()) < 0x80;
    std::size_t pos
        = vmimeFindsIt ? findDelimiter(text, boundary, begin, end, &delimiterStart, &delimiterEnd) : npos;
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

std::string MultipartSpans::guessBoundary(const std::string& text, std::size_t begin, std::size_t end)
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
    // vmime reads at most 255 bytes of the line and keeps under 100 of them.
    const std::size_t available = std::min<std::size_t>(end - pos, 255);
    std::size_t start = pos;
    while (start < pos + available && isSpace(text[start]))
        ++start;
    std::size_t stop = start;
    while (stop < pos + available && stop - start < 100 && text[stop] != '\r' && text[stop] != '\n')
        ++stop;
    if (stop == start || stop - start >= 100)
        return {};
    while (stop > start && isSpace(text[stop - 1]))
        --stop;
    return text.substr(start, stop - start);
}

} // namespace Core::Analysis
