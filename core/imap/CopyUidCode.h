#pragma once

#include "imap/UidMapping.h"

#include <QByteArrayView>

namespace Core::Imap {

// The one reader of a COPYUID response code ("COPYUID validity source-set target-set",
// RFC 4315, pairs in order), in the untagged "* OK [...]" that MOVE sends or the tagged
// "OK [...]" of COPY, read from the line's text. Sets of different sizes, or anything
// that is not a set of UIDs, say nothing certain and add nothing.
class CopyUidCode {
public:
    static void read(QByteArrayView line, UidMapping* mapping);
};

} // namespace Core::Imap
