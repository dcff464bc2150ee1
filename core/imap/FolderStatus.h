#pragma once

#include <QtGlobal>

namespace Core::Imap {

// What tells whether a folder changed since the last scan, from STATUS or from opening it.
struct FolderStatus {
    quint32 uidValidity = 0;
    quint32 uidNext = 0;
    quint32 messages = 0;
    quint64 highestModSeq = 0; // 0: the server keeps no modification sequences
};

} // namespace Core::Imap
