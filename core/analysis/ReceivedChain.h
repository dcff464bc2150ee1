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

    // What QHostAddress says of the texts the Received patterns capture (ASCII letters,
    // digits, dots, colons and hyphens), read without Qt Network: classify loads no
    // network library for it. IPv4 in inet_aton's forms ("127.1", octal "010", hex
    // "0x7f"), IPv6 in hexadecimal groups with at most one "::"; other texts are no address.
    static bool isAddress(QStringView text);
    // Whether an address is on a network of its own (private, loopback, link-local,
    // shared, multicast, unspecified): no server on the Internet connects from it. A text
    // that is no address is private too.
    static bool isPrivateAddress(QStringView ip);
};

} // namespace Core::Analysis
