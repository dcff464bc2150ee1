#include "imap/InitialResponseMechanism.h"

#include <vmime/utility/stringUtils.hpp>

#include <algorithm>

namespace Core::Imap {

namespace {

    // The caller frees what a mechanism hands out with delete[].
    void copyOut(
        const vmime::byte_t* input, const size_t inputLength, vmime::byte_t** output, size_t* outputLength)
    {
        *output = new vmime::byte_t[inputLength];
        std::copy(input, input + inputLength, *output);
        *outputLength = inputLength;
    }

} // namespace

InitialResponseMechanism::InitialResponseMechanism(
    std::shared_ptr<vmime::security::sasl::SASLMechanism> plain)
    : m_plain(std::move(plain))
{
}

bool InitialResponseMechanism::canWrap(const vmime::security::sasl::SASLMechanism& mechanism)
{
    return vmime::utility::stringUtils::toUpper(mechanism.getName()) == "PLAIN";
}

const vmime::string InitialResponseMechanism::getName() const
{
    return m_plain->getName();
}

bool InitialResponseMechanism::step(std::shared_ptr<vmime::security::sasl::SASLSession> session,
    const vmime::byte_t* challenge, const size_t challengeLength, vmime::byte_t** response,
    size_t* responseLength)
{
    return m_plain->step(std::move(session), challenge, challengeLength, response, responseLength);
}

bool InitialResponseMechanism::isComplete() const
{
    return m_plain->isComplete();
}

bool InitialResponseMechanism::hasInitialResponse() const
{
    return true;
}

void InitialResponseMechanism::encode(std::shared_ptr<vmime::security::sasl::SASLSession>,
    const vmime::byte_t* input, const size_t inputLength, vmime::byte_t** output, size_t* outputLength)
{
    copyOut(input, inputLength, output, outputLength);
}

void InitialResponseMechanism::decode(std::shared_ptr<vmime::security::sasl::SASLSession>,
    const vmime::byte_t* input, const size_t inputLength, vmime::byte_t** output, size_t* outputLength)
{
    copyOut(input, inputLength, output, outputLength);
}

} // namespace Core::Imap
