#pragma once

#include "imap/FolderRoles.h"

#include <QString>

namespace Core::Imap {

// A folder of the account as LIST names it, with what it is for.
struct FolderInfo {
    QString path; // UTF-8, with the server's own separator ("INBOX.Trash")
    FolderRole role = FolderRole::Other;
};

} // namespace Core::Imap
