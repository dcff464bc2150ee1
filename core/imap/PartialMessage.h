#pragma once

#include "imap/MessagePart.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>

namespace Core::Imap {

// A huge message read in parts: the header, the MIME header of every part, the content
// of the parts a notice lives in (text, delivery status, the returned message's start),
// and none of the attachments. The parts are put back together as one message with the
// message's own boundaries, so the analyzer reads it as it would the whole.
class PartialMessage {
public:
    // Each text or message part is read up to this many bytes: a notice, a status report
    // and a returned message's header fit many times over.
    static constexpr quint64 PartBytes = 256 * 1024;
    // A structure with more parts than this is read the plain way (the first megabyte).
    static constexpr qsizetype MaxParts = 100;

    // The FETCH items for the message with this structure, or nothing when reading it in
    // parts does not pay (not a multipart, a boundary missing, too many parts).
    static std::optional<QList<QByteArray>> fetchItems(const MessagePart& structure);
    // The message again from the sections the server sent, keyed as it names them
    // ("HEADER", "1.MIME", "2"); an attachment's content is left empty.
    static QByteArray assemble(const MessagePart& structure, const QHash<QByteArray, QByteArray>& sections);
};

} // namespace Core::Imap
