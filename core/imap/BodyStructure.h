#pragma once

#include "imap/MessagePart.h"

#include <vmime/net/imap/IMAPParser.hpp>

namespace Core::Imap {

// The one reader of a BODYSTRUCTURE (RFC 3501 7.4.2): the MIME tree as parts with their
// IMAP section numbers, media types, multipart boundaries and stored sizes.
class BodyStructure {
public:
    // A hostile or broken structure nests without end; past this the message is read the
    // plain way (a multipart without parts gives up on the parts).
    static constexpr int MaxDepth = 16;

    static MessagePart read(const vmime::net::imap::IMAPParser::xbody* body);
};

} // namespace Core::Imap
