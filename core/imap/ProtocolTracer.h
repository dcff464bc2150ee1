#pragma once

#include "imap/AnnouncedCapabilities.h"

#include <vmime/net/tracer.hpp>

#include <memory>
#include <string>

namespace Core::Imap {

// Writes one IMAP connection's protocol lines to lcImapTrace at debug level. vmime 0.9.2
// traces the LOGIN command with the password in the clear and would trace SASL data the
// same way if it sent any inline, so the secrets go before anything is written: the
// arguments of LOGIN, an AUTHENTICATE command's initial response, and every line of the
// exchange that follows either command (continuations, literals, SASL data) up to the
// server's tagged answer become "***". The redaction runs whether or not the category
// is enabled, so turning it on halfway through a login cannot leak the rest. The
// login's answer also hands its capabilities to the connection's AnnouncedCapabilities.
class ProtocolTracer : public vmime::net::tracer {
public:
    explicit ProtocolTracer(int connectionId, std::shared_ptr<AnnouncedCapabilities> capabilities = nullptr);

    void traceSend(const vmime::string& line) override;
    void traceReceive(const vmime::string& line) override;

    // What may be written of a line the client sent or the server sent; moves the
    // tracer into or out of a secret exchange.
    std::string redactSent(const std::string& line);
    std::string redactReceived(const std::string& line);

private:
    void write(const char* direction, const std::string& line) const;

    bool isLoginAnswer(const std::string& line) const;

    int m_connectionId;
    std::shared_ptr<AnnouncedCapabilities> m_capabilities;
    std::string m_secretTag; // tag of the LOGIN or AUTHENTICATE under way, else empty
};

} // namespace Core::Imap
