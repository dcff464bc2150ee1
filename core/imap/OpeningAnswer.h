#pragma once

#include "imap/FolderStatus.h"

#include <QByteArrayView>

namespace Core::Imap {

// The one reader of what SELECT and EXAMINE say of a folder, line by line: the untagged
// "* 12 EXISTS" and "* OK [UIDVALIDITY 3] ..." and the tagged "OK [...]" (RFC 3501 7.1,
// RFC 7162 3.1.2.1). Lines it has no use for change nothing.
class OpeningAnswer {
public:
    static void read(QByteArrayView line, FolderStatus* status);
};

} // namespace Core::Imap
