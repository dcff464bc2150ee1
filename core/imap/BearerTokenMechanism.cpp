// First, so that vmime's SASLContext is seen with the GNU SASL handle type it was built with.
#include <gsasl.h>

#include "imap/BearerTokenMechanism.h"

#include <gsasl-mech.h>
#include <vmime/security/authenticator.hpp>
#include <vmime/security/sasl/SASLMechanismFactory.hpp>
#include <vmime/security/sasl/SASLSession.hpp>
#include <vmime/utility/stringUtils.hpp>

#include <cstring>
#include <mutex>

namespace Core::Imap {

namespace {

    constexpr const char* XOAuth2 = "XOAUTH2";
    constexpr const char* OAuthBearer = "OAUTHBEARER";

    void handOver(const vmime::string& bytes, vmime::byte_t** output, size_t* outputLength)
    {
        // One byte more, so that an empty answer is no zero-length array either.
        auto* copy = new vmime::byte_t[bytes.size() + 1];
        std::memcpy(copy, bytes.data(), bytes.size());
        *output = copy;
        *outputLength = bytes.size();
    }

    // RFC 5801's saslname: "," and "=" are written as "=2C" and "=3D".
    vmime::string saslName(const vmime::string& user)
    {
        vmime::string name;
        for (const char c : user) {
            if (c == ',')
                name += "=2C";
            else if (c == '=')
                name += "=3D";
            else
                name += c;
        }
        return name;
    }

    // vmime 0.9.2 lets GNU SASL suggest a mechanism among those the server offers before
    // the authenticator may choose, and gives up when GNU SASL knows none of them: a server
    // offering only XOAUTH2 and OAUTHBEARER (which GNU SASL 2.2 lacks) could not be logged
    // in to. Made known by name to the context vmime asks, they can be suggested; vmime
    // never runs them through GNU SASL (registered mechanisms are its own), so all they
    // need is the start GNU SASL tries before it suggests one. The context's handle is private and vmime
    // offers no accessor: the explicit instantiation below names the member, which C++ allows there
    // ([temp.explicit]: access is not checked in its arguments).
    template <auto Member> struct GsaslHandle {
        friend Gsasl* gsaslHandleOf(vmime::security::sasl::SASLContext& context) { return context.*Member; }
    };
    Gsasl* gsaslHandleOf(vmime::security::sasl::SASLContext& context);
    template struct GsaslHandle<&vmime::security::sasl::SASLContext::m_gsaslContext>;

    int startNothing(Gsasl_session*, void** mechanismData)
    {
        *mechanismData = nullptr;
        return GSASL_OK;
    }

    const Gsasl_mechanism XOAuth2Name { XOAuth2,
        { nullptr, nullptr, startNothing, nullptr, nullptr, nullptr, nullptr }, {} };
    const Gsasl_mechanism OAuthBearerName { OAuthBearer,
        { nullptr, nullptr, startNothing, nullptr, nullptr, nullptr, nullptr }, {} };

    void makeSuggestible(vmime::security::sasl::SASLContext& context, const vmime::string& name)
    {
        Gsasl* handle = gsaslHandleOf(context);
        if (!handle || gsasl_client_support_p(handle, name.c_str()))
            return;
        gsasl_register(handle, name == OAuthBearer ? &OAuthBearerName : &XOAuth2Name);
    }

} // namespace

BearerTokenMechanism::BearerTokenMechanism(
    std::shared_ptr<vmime::security::sasl::SASLContext> context, const vmime::string& name)
    : m_name(vmime::utility::stringUtils::toUpper(name))
{
    if (context)
        makeSuggestible(*context, m_name);
}

void BearerTokenMechanism::registerWithVmime()
{
    static std::once_flag once;
    std::call_once(once, [] {
        auto* factory = vmime::security::sasl::SASLMechanismFactory::getInstance();
        factory->registerMechanism<BearerTokenMechanism>(XOAuth2);
        factory->registerMechanism<BearerTokenMechanism>(OAuthBearer);
    });
}

bool BearerTokenMechanism::handles(const vmime::string& name)
{
    const vmime::string upper = vmime::utility::stringUtils::toUpper(name);
    return upper == XOAuth2 || upper == OAuthBearer;
}

vmime::string BearerTokenMechanism::firstMessage(
    const vmime::string& mechanism, const vmime::string& user, const vmime::string& token)
{
    if (vmime::utility::stringUtils::toUpper(mechanism) == OAuthBearer)
        return "n,a=" + saslName(user)
            + ",\x01"
              "auth=Bearer "
            + token + "\x01\x01";
    return "user=" + user
        + "\x01"
          "auth=Bearer "
        + token + "\x01\x01";
}

const vmime::string BearerTokenMechanism::getName() const
{
    return m_name;
}

bool BearerTokenMechanism::step(std::shared_ptr<vmime::security::sasl::SASLSession> session,
    const vmime::byte_t*, const size_t, vmime::byte_t** response, size_t* responseLength)
{
    if (m_sent) {
        // A challenge after the token is the server's refusal (a JSON status): XOAUTH2
        // answers it with nothing, OAUTHBEARER with a lone %x01 (RFC 7628 3.2.3).
        handOver(m_name == OAuthBearer ? vmime::string("\x01") : vmime::string(), response, responseLength);
        m_complete = true;
        return true;
    }
    const auto authenticator = session->getAuthenticator();
    handOver(firstMessage(m_name, authenticator->getUsername(), authenticator->getAccessToken()), response,
        responseLength);
    m_sent = true;
    m_complete = true;
    return true;
}

bool BearerTokenMechanism::isComplete() const
{
    return m_complete;
}

bool BearerTokenMechanism::hasInitialResponse() const
{
    return m_initialResponse;
}

// Neither mechanism has a security layer: what passes after the login is as it is.
void BearerTokenMechanism::encode(std::shared_ptr<vmime::security::sasl::SASLSession>,
    const vmime::byte_t* input, const size_t inputLength, vmime::byte_t** output, size_t* outputLength)
{
    handOver(vmime::string(reinterpret_cast<const char*>(input), inputLength), output, outputLength);
}

void BearerTokenMechanism::decode(std::shared_ptr<vmime::security::sasl::SASLSession>,
    const vmime::byte_t* input, const size_t inputLength, vmime::byte_t** output, size_t* outputLength)
{
    handOver(vmime::string(reinterpret_cast<const char*>(input), inputLength), output, outputLength);
}

} // namespace Core::Imap
