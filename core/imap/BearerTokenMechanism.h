#pragma once

#include <vmime/security/sasl/SASLContext.hpp>
#include <vmime/security/sasl/SASLMechanism.hpp>

#include <memory>

namespace Core::Imap {

// The two SASL mechanisms that carry an OAuth2 access token: XOAUTH2 (Google's, which
// Microsoft takes too) and OAUTHBEARER (RFC 7628). vmime 0.9.2 has an XOAUTH2 but does not
// register it, and it always sends the token in the AUTHENTICATE command, which a server
// without SASL-IR refuses; this one sends it there only when the server takes an initial
// response, else as the answer to the first challenge. A refused token comes back as a
// challenge holding the server's reason, which is answered as both mechanisms say so
// that the server ends the exchange with its refusal.
class BearerTokenMechanism : public vmime::security::sasl::SASLMechanism {
public:
    BearerTokenMechanism(
        std::shared_ptr<vmime::security::sasl::SASLContext> context, const vmime::string& name);

    // Makes vmime create these for the servers that offer them; once per process.
    static void registerWithVmime();
    static bool handles(const vmime::string& name);

    void setInitialResponse(bool sendInitialResponse) { m_initialResponse = sendInitialResponse; }

    const vmime::string getName() const override;
    bool step(std::shared_ptr<vmime::security::sasl::SASLSession> session, const vmime::byte_t* challenge,
        const size_t challengeLength, vmime::byte_t** response, size_t* responseLength) override;
    bool isComplete() const override;
    bool hasInitialResponse() const override;
    void encode(std::shared_ptr<vmime::security::sasl::SASLSession> session, const vmime::byte_t* input,
        const size_t inputLength, vmime::byte_t** output, size_t* outputLength) override;
    void decode(std::shared_ptr<vmime::security::sasl::SASLSession> session, const vmime::byte_t* input,
        const size_t inputLength, vmime::byte_t** output, size_t* outputLength) override;

    // The client's first message for user and token, as the mechanism name says it.
    static vmime::string firstMessage(
        const vmime::string& mechanism, const vmime::string& user, const vmime::string& token);

private:
    vmime::string m_name;
    bool m_initialResponse = false;
    bool m_sent = false;
    bool m_complete = false;
};

} // namespace Core::Imap
