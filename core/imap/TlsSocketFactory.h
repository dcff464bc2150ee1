#pragma once

#include "imap/TlsPolicy.h"

#include <vmime/net/socket.hpp>

#include <memory>

namespace Core::Imap {

// Hands vmime a TlsSocket for every connection it opens (one per open folder).
class TlsSocketFactory : public vmime::net::socketFactory {
public:
    explicit TlsSocketFactory(std::shared_ptr<TlsPolicy> policy);
    std::shared_ptr<vmime::net::socket> create() override;
    std::shared_ptr<vmime::net::socket> create(
        std::shared_ptr<vmime::net::timeoutHandler> timeoutHandler) override;

private:
    std::shared_ptr<TlsPolicy> m_policy;
};

} // namespace Core::Imap
