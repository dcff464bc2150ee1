#pragma once

#include "imap/ResponseAssembler.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace Core::Imap {

// One untagged FETCH response ("* 12 FETCH (UID 4711 RFC822.SIZE 2048 BODY[HEADER] {42}...)")
// read for what the scan and the clean ask for: the UID, the size and the sections.
// Everything else in it (FLAGS, MODSEQ, an ENVELOPE...) is stepped over, literals too.
struct FetchResponse {
    struct Section {
        QByteArray
            name; // as the server wrote it between the brackets ("HEADER.FIELDS (SUBJECT)", "1.MIME", "")
        QByteArray bytes; // empty for NIL
    };

    quint32 uid = 0; // 0: the response has no UID
    std::optional<quint64> size;
    QList<Section> sections;

    enum class Reading {
        Read,
        NotFetch, // another kind of response: nothing to read
        Malformed, // begins as a FETCH and breaks the grammar
    };
    static Reading read(const ImapResponse& response, FetchResponse* fetched);
};

} // namespace Core::Imap
