#pragma once

#include "imap/FolderInfo.h"
#include "imap/FolderStatus.h"
#include "imap/ParsedResponse.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Core::Imap {

// The one reader of a LIST answer (RFC 3501 7.2.2, with RFC 6154's special-use attributes
// and RFC 5819's STATUS lines where they were asked for): every folder that can be opened,
// with what it is for. A name that cannot be read is left out, not the whole list.
class FolderListing {
public:
    // separator: the server's, for lines that give none.
    static QList<FolderInfo> read(
        const ParsedResponse& answer, char separator, QHash<QString, FolderStatus>* statuses);
};

} // namespace Core::Imap
