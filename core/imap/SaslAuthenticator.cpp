#include "imap/SaslAuthenticator.h"

#include <vmime/security/sasl/SASLMechanism.hpp>
#include <vmime/utility/stringUtils.hpp>

#include <array>

namespace Core::Imap {

const std::vector<std::shared_ptr<vmime::security::sasl::SASLMechanism>> SaslAuthenticator::getAcceptableMechanisms(
    const std::vector<std::shared_ptr<vmime::security::sasl::SASLMechanism>>& available,
    std::shared_ptr<vmime::security::sasl::SASLMechanism>) const
{
    static constexpr std::array<const char*, 6> Preferred {
        "PLAIN", "LOGIN", "SCRAM-SHA-256", "SCRAM-SHA-1", "CRAM-MD5", "DIGEST-MD5"
    };
    for (const char* name : Preferred) {
        for (const auto& mechanism : available) {
            if (vmime::utility::stringUtils::toUpper(mechanism->getName()) == name) {
                m_choseMechanism = true;
                return { mechanism };
            }
        }
    }
    return {};
}

} // namespace Core::Imap
