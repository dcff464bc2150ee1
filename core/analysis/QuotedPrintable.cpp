#include "analysis/QuotedPrintable.h"

#include <algorithm>

namespace Core::Analysis {

namespace {

    unsigned hexValue(unsigned char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return 0;
    }

} // namespace

std::string QuotedPrintable::decode(std::string_view encoded, std::size_t maxBytes)
{
    std::string decoded;
    decoded.reserve(std::min(encoded.size(), maxBytes));
    const std::size_t size = encoded.size();
    std::size_t at = 0;
    while (at < size && decoded.size() < maxBytes) {
        const std::size_t equals = std::min(encoded.find('=', at), size);
        const std::size_t copied = std::min(equals - at, maxBytes - decoded.size());
        decoded.append(encoded.data() + at, copied);
        at += copied;
        if (at != equals || at == size || decoded.size() == maxBytes)
            break;
        ++at;
        if (at == size)
            break;
        const unsigned char first = static_cast<unsigned char>(encoded[at++]);
        if (first == '\r') {
            if (at < size)
                ++at;
        } else if (first != '\n' && at < size) {
            const unsigned char second = static_cast<unsigned char>(encoded[at++]);
            decoded.push_back(static_cast<char>(hexValue(first) * 16 + hexValue(second)));
        }
    }
    return decoded;
}

} // namespace Core::Analysis
