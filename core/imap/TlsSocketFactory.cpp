#include "imap/TlsSocketFactory.h"

#include "imap/TlsSocket.h"

namespace Core::Imap {

TlsSocketFactory::TlsSocketFactory(std::shared_ptr<TlsPolicy> policy)
    : m_policy(std::move(policy))
{
}

std::shared_ptr<vmime::net::socket> TlsSocketFactory::create()
{
    return std::make_shared<TlsSocket>(m_policy, nullptr);
}

std::shared_ptr<vmime::net::socket> TlsSocketFactory::create(
    std::shared_ptr<vmime::net::timeoutHandler> timeoutHandler)
{
    return std::make_shared<TlsSocket>(m_policy, std::move(timeoutHandler));
}

} // namespace Core::Imap
