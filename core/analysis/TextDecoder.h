#pragma once

#include <QString>

#include <string>

namespace vmime {
class text;
}

namespace Core::Analysis {

// Bytes in a declared charset to Unicode. Strangers declare charsets that do not exist
// or lie about them (vmime throws on an unknown one), so nothing here ever fails: bytes
// that are not what they claim are read as UTF-8 when valid, else as Latin-1.
class TextDecoder {
public:
    static QString decode(const std::string& bytes, const std::string& charset);
    // An RFC 2047 header value, each encoded word in its own charset.
    static QString decode(const vmime::text& text);
};

} // namespace Core::Analysis
