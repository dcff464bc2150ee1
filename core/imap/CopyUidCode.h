#pragma once

#include "imap/UidMapping.h"

#include <vmime/net/imap/IMAPParser.hpp>

namespace Core::Imap {

// The one reader of a COPYUID response code ("COPYUID validity source-set target-set",
// pairs in order), in the untagged OK that MOVE sends or the tagged OK of COPY. Sets of
// different sizes say nothing certain and add nothing.
class CopyUidCode {
public:
    static void read(const vmime::net::imap::IMAPParser::resp_text* text, UidMapping* mapping);
};

} // namespace Core::Imap
