#pragma once

#include <QByteArrayView>

#include <string>

namespace Core::Analysis {

// Turns the bytes of a message written by a stranger into text vmime 0.9.2 can parse
// without harm. vmime recurses once per address group and per nested multipart, so a
// crafted header or a deep nest overflows the stack; it also cannot read bare-CR line
// ends. This is the only door through which message bytes reach vmime.
class MessageSanitizer {
public:
    // Bounce information sits at the top of a message; beyond this it is attachment.
    static constexpr qsizetype MaxMessageBytes = 1024 * 1024;
    // Far above what real mail uses, far below what overflows vmime's stack.
    static constexpr int MaxColonsInAddressField = 200;
    static constexpr int MaxMultipartHeaders = 64;

    struct Result {
        std::string text;
        bool truncated = false;
        int defusedFields = 0;
    };

    static Result prepare(QByteArrayView raw);
};

} // namespace Core::Analysis
