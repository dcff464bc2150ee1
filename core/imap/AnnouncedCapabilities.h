#pragma once

#include <QByteArrayList>

#include <string>

namespace Core::Imap {

// The capabilities a server names in its answer to the login (RFC 3501 lets it put
// them in the tagged OK, and most servers do). vmime 0.9.2 drops what it knew after a
// SASL login and sends CAPABILITY again: one round trip on every connection, which this
// saves. Only the login's answer counts: it comes after STARTTLS, so nothing a
// man in the middle said before the encryption is believed.
class AnnouncedCapabilities {
public:
    void clear();
    // The server's tagged answer to LOGIN or AUTHENTICATE, as it was received.
    void readLoginAnswer(const std::string& line);

    bool isKnown() const { return m_known; }
    bool has(const char* name) const; // without regard to case

private:
    QByteArrayList m_names; // upper-cased
    bool m_known = false;
};

} // namespace Core::Imap
