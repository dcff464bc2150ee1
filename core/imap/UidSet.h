#pragma once

#include <QByteArray>
#include <QList>

namespace Core::Imap {

// IMAP sequence sets of UIDs ("3:7,9,12:14"): short commands for long lists.
class UidSet {
public:
    // uids in any order, duplicates allowed; empty for an empty list.
    static QByteArray format(QList<quint32> uids);
    // RFC 7162 asks clients to keep a command line near 8,192 octets (Dovecot refuses
    // one over 64 kB); the rest of a command is short.
    static constexpr qsizetype MaxSetLength = 8000;

    // Consecutive slices of at most size UIDs, in ascending order, each written in at
    // most MaxSetLength characters.
    static QList<QList<quint32>> chunks(QList<quint32> uids, qsizetype size);
};

} // namespace Core::Imap
