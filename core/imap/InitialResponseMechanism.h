#pragma once

#include <vmime/security/sasl/SASLMechanism.hpp>

#include <memory>

namespace Core::Imap {

// vmime's PLAIN (GNU SASL) with its first message sent in the AUTHENTICATE command
// itself, where the server allows it (SASL-IR, RFC 4959): a login of one round trip
// instead of two. vmime 0.9.2 knows how to send an initial response but its built-in
// mechanisms never say they have one. PLAIN negotiates no security layer (RFC 4616), so
// what passes the connection after the login is handed on as it is, without the three
// copies GNU SASL's pass-through makes of every read.
class InitialResponseMechanism : public vmime::security::sasl::SASLMechanism {
public:
    explicit InitialResponseMechanism(std::shared_ptr<vmime::security::sasl::SASLMechanism> plain);

    // Whether mechanism can go in the AUTHENTICATE command: PLAIN is the one whose first
    // message is the client's and whose result has no security layer.
    static bool canWrap(const vmime::security::sasl::SASLMechanism& mechanism);

    const vmime::string getName() const override;
    bool step(std::shared_ptr<vmime::security::sasl::SASLSession> session, const vmime::byte_t* challenge,
        const size_t challengeLength, vmime::byte_t** response, size_t* responseLength) override;
    bool isComplete() const override;
    bool hasInitialResponse() const override;
    void encode(std::shared_ptr<vmime::security::sasl::SASLSession> session, const vmime::byte_t* input,
        const size_t inputLength, vmime::byte_t** output, size_t* outputLength) override;
    void decode(std::shared_ptr<vmime::security::sasl::SASLSession> session, const vmime::byte_t* input,
        const size_t inputLength, vmime::byte_t** output, size_t* outputLength) override;

private:
    std::shared_ptr<vmime::security::sasl::SASLMechanism> m_plain;
};

} // namespace Core::Imap
