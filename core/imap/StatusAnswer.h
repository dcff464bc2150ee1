#pragma once

#include "imap/FolderStatus.h"

#include <vmime/net/imap/IMAPParser.hpp>

namespace Core::Imap {

// The one reader of a STATUS answer's values, alone or within LIST-STATUS (RFC 3501
// 7.2.4, RFC 5819); values it has no use for change nothing.
class StatusAnswer {
public:
    static void read(const vmime::net::imap::IMAPParser::status_att_list* values, FolderStatus* status);
};

} // namespace Core::Imap
