#include "analysis/HeaderFieldSpans.h"

#include <algorithm>

namespace Core::Analysis {

namespace {

    bool isSpace(char c)
    {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    bool isBlank(char c)
    {
        return c == ' ' || c == '\t';
    }

    // The line ending that starts at `pos`, if one does before `size`: its length (LF or CR LF).
    std::size_t lineEndAt(const std::string& text, std::size_t pos, std::size_t size)
    {
        if (pos < size && text[pos] == '\n')
            return 1;
        if (pos + 1 < size && text[pos] == '\r' && text[pos + 1] == '\n')
            return 2;
        return 0;
    }

    std::size_t afterLine(const std::string& text, std::size_t pos, std::size_t size)
    {
        const std::size_t newline = text.find('\n', pos);
        return newline == std::string::npos || newline >= size ? size : newline + 1;
    }

    char lowerAscii(char c)
    {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }

} // namespace

HeaderFieldSpans HeaderFieldSpans::split(const std::string& text, std::size_t begin, std::size_t end)
{
    HeaderFieldSpans result;
    const std::size_t size = std::min(end, text.size());
    std::size_t pos = std::min(begin, size);
    while (pos < size) {
        if (const std::size_t ending = lineEndAt(text, pos, size)) {
            result.m_bodyStart = pos + ending;
            return result;
        }
        if (isBlank(text[pos]) || text[pos] == '\r') {
            // A continuation with no field before it: vmime ends the header if it is
            // blank and skips it otherwise.
            while (pos < size && isBlank(text[pos]))
                ++pos;
            if (const std::size_t ending = lineEndAt(text, pos, size)) {
                result.m_bodyStart = pos + ending;
                return result;
            }
            pos = afterLine(text, pos, size);
            continue;
        }
        const std::size_t nameBegin = pos;
        while (pos < size && text[pos] != ':' && !isSpace(text[pos]))
            ++pos;
        const std::size_t nameEnd = pos;
        while (pos < size && isBlank(text[pos]))
            ++pos;
        if (pos >= size || text[pos] != ':') {
            pos = afterLine(text, nameBegin, size);
            continue;
        }
        // The value runs over every following line that starts with a blank, even one
        // of blanks only.
        pos = afterLine(text, pos, size);
        while (pos < size && isBlank(text[pos]))
            pos = afterLine(text, pos, size);
        Span span;
        span.lowerName.reserve(nameEnd - nameBegin);
        for (std::size_t i = nameBegin; i < nameEnd; ++i)
            span.lowerName.push_back(lowerAscii(text[i]));
        span.begin = nameBegin;
        span.end = pos;
        result.m_fields.push_back(std::move(span));
    }
    result.m_bodyStart = size;
    return result;
}

} // namespace Core::Analysis
