#pragma once

#include <QString>

namespace Core::Imap {

enum class FolderRole {
    Other,
    Inbox,
    Sent,
    Trash,
    Junk,
    Drafts,
    Archive,
};

// What a folder is for: the server's SPECIAL-USE attribute when it sends one (RFC 6154),
// else the names mail programs give these folders in the main languages.
class FolderRoles {
public:
    // specialUse: the attribute as the server wrote it ("\\Sent"), or empty.
    static FolderRole roleOf(const QString& path, QChar separator, const QString& specialUse);
    static QString roleName(FolderRole role);
};

} // namespace Core::Imap
