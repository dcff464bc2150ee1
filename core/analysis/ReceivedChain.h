#pragma once

#include <QString>
#include <QStringList>

namespace Core::Analysis {

// Where a message really entered the mail system: the earliest Received hop whose sending
// address is outside private, loopback and documentation-free local networks. Headers
// above that hop were written by servers on the way; below it, anyone could have forged them.
class ReceivedChain {
public:
    struct Hop {
        QString ip;
        QString host;
    };

    // receivedValues in header order: newest first, as they appear in a message.
    static Hop firstExternalHop(const QStringList& receivedValues);
    static bool isPrivateAddress(const QString& ip);
};

} // namespace Core::Analysis
