#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Core::Analysis {

class MimeHeader;

// Decides from a few header fields whether a message may be an automatic reply and so
// is worth fetching whole. A scan reads the header fields of every message and the
// bodies of these only. Errs on the side of fetching: a bounce left out here would
// never be seen, an ordinary message let through only costs its bytes.
class HeaderTriage {
public:
    // The fields mayBeAutomatic reads, for IMAP's BODY.PEEK[HEADER.FIELDS (...)].
    static QByteArray fieldNames();
    // header: the fields above (or a whole header, or a whole message).
    static bool mayBeAutomatic(QByteArrayView header);
    // The same for a header parsed already (the scan keeps its fields too).
    static bool mayBeAutomatic(const MimeHeader& fields);
};

} // namespace Core::Analysis
