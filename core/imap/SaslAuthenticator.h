#pragma once

#include "imap/Credential.h"

#include <vmime/security/sasl/defaultSASLAuthenticator.hpp>

#include <memory>
#include <vector>

namespace Core::Imap {

// Lets vmime log in with one SASL mechanism only. vmime tries every mechanism the server
// offers in turn (PLAIN, then LOGIN, ...) and servers penalise each failure: Dovecot
// delays the next answer by 2, 4, 8 s, so a wrong password took 5-10 s to be told. One
// attempt gets the same answer at once. The mechanism is the first of a fixed order
// among the password mechanisms the server offers: PLAIN and LOGIN first, since the
// connection is already TLS with a checked certificate (or loopback) and they work with
// every way a server may store passwords; the challenge-response ones only when the
// server offers neither. Mechanisms that need something else than a password (GSSAPI,
// EXTERNAL, XOAUTH2, ANONYMOUS) are never chosen. PLAIN goes in one round trip where
// the server takes an initial response (InitialResponseMechanism). With an access token
// it is the other way round: only OAUTHBEARER or XOAUTH2 (BearerTokenMechanism), never a
// password mechanism, which would hand the token over as a password.
class SaslAuthenticator : public vmime::security::sasl::defaultSASLAuthenticator {
public:
    explicit SaslAuthenticator(Credential::Kind credential);

    const std::vector<std::shared_ptr<vmime::security::sasl::SASLMechanism>> getAcceptableMechanisms(
        const std::vector<std::shared_ptr<vmime::security::sasl::SASLMechanism>>& available,
        std::shared_ptr<vmime::security::sasl::SASLMechanism> suggested) const override;

    // Whether vmime was given a mechanism to try: when not, the server offered none this
    // program can use with a password, and IMAP LOGIN is the way left.
    bool choseMechanism() const { return m_choseMechanism; }
    // The server offered OAuth2 mechanisms and nothing else: a password cannot sign in.
    bool offeredOnlyAccessTokens() const { return m_offeredOnlyAccessTokens; }

private:
    bool serverTakesInitialResponse() const;

    const Credential::Kind m_credential;
    mutable bool m_choseMechanism = false;
    mutable bool m_offeredOnlyAccessTokens = false;
};

} // namespace Core::Imap
