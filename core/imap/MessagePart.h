#pragma once

#include <QByteArray>
#include <QList>

namespace Core::Imap {

// One node of a message's MIME tree as the server describes it (BODYSTRUCTURE): enough
// to ask for a huge message's parts that matter and leave its attachments on the server.
struct MessagePart {
    QByteArray section; // IMAP part specifier: "" for the message itself, "1", "2.1"
    QByteArray mediaType; // lower case: "multipart/report", "text/plain"
    QByteArray boundary; // a multipart's delimiter, from the structure's extension data
    quint64 size = 0; // a leaf's content as stored (still transfer-encoded)
    QList<MessagePart> parts; // a multipart's children

    bool isMultipart() const { return mediaType.startsWith("multipart/"); }
};

} // namespace Core::Imap
