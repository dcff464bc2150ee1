#include "imap/SaslAuthenticator.h"

#include "imap/BearerTokenMechanism.h"
#include "imap/InitialResponseMechanism.h"

#include <vmime/net/imap/IMAPConnection.hpp>
#include <vmime/net/imap/IMAPStore.hpp>
#include <vmime/security/sasl/SASLMechanism.hpp>
#include <vmime/utility/stringUtils.hpp>

#include <algorithm>
#include <array>

namespace Core::Imap {

SaslAuthenticator::SaslAuthenticator(Credential::Kind credential)
    : m_credential(credential)
{
}

const std::vector<std::shared_ptr<vmime::security::sasl::SASLMechanism>>
SaslAuthenticator::getAcceptableMechanisms(
    const std::vector<std::shared_ptr<vmime::security::sasl::SASLMechanism>>& available,
    std::shared_ptr<vmime::security::sasl::SASLMechanism>) const
{
    m_offeredOnlyAccessTokens
        = !available.empty() && std::all_of(available.begin(), available.end(), [](const auto& mechanism) {
              return std::dynamic_pointer_cast<BearerTokenMechanism>(mechanism) != nullptr;
          });
    if (m_credential == Credential::Kind::AccessToken) {
        // The standard one first; Microsoft offers only XOAUTH2.
        for (const char* name : { "OAUTHBEARER", "XOAUTH2" }) {
            for (const auto& mechanism : available) {
                const auto bearer = std::dynamic_pointer_cast<BearerTokenMechanism>(mechanism);
                if (bearer && bearer->getName() == name) {
                    m_choseMechanism = true;
                    bearer->setInitialResponse(serverTakesInitialResponse());
                    return { bearer };
                }
            }
        }
        return {};
    }
    static constexpr std::array<const char*, 6> Preferred { "PLAIN", "LOGIN", "SCRAM-SHA-256", "SCRAM-SHA-1",
        "CRAM-MD5", "DIGEST-MD5" };
    for (const char* name : Preferred) {
        for (const auto& mechanism : available) {
            if (vmime::utility::stringUtils::toUpper(mechanism->getName()) == name) {
                m_choseMechanism = true;
                if (InitialResponseMechanism::canWrap(*mechanism) && serverTakesInitialResponse())
                    return { std::make_shared<InitialResponseMechanism>(mechanism) };
                return { mechanism };
            }
        }
    }
    return {};
}

// The capabilities vmime has at this point are the ones it reads before logging in,
// after STARTTLS where there is one.
bool SaslAuthenticator::serverTakesInitialResponse() const
{
    const auto store = std::dynamic_pointer_cast<vmime::net::imap::IMAPStore>(getService().lock());
    const std::shared_ptr<const vmime::net::imap::IMAPConnection> connection
        = store ? store->getConnection() : nullptr;
    return connection && connection->hasCapability("SASL-IR");
}

} // namespace Core::Imap
