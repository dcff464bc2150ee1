#pragma once

#include <QByteArray>

namespace Core::OAuth {

// Proof Key for Code Exchange (RFC 7636) with S256, and the random state of a sign-in:
// what keeps a stolen authorization code, or a forged answer, from signing anyone in.
class Pkce {
public:
    // 32 random bytes in base64url without padding: 43 characters, as RFC 7636 4.1 asks.
    static QByteArray makeVerifier();
    // BASE64URL(SHA256(verifier)).
    static QByteArray challenge(const QByteArray& verifier);
    // 16 random bytes in base64url: the sign-in's state parameter.
    static QByteArray makeState();
};

} // namespace Core::OAuth
