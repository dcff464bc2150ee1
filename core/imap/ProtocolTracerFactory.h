#pragma once

#include "imap/AnnouncedCapabilities.h"

#include <vmime/net/tracer.hpp>

#include <memory>

namespace Core::Imap {

// A ProtocolTracer for every connection vmime opens, numbered as vmime numbers them, each
// reporting the login's capabilities to the one AnnouncedCapabilities of the account.
class ProtocolTracerFactory : public vmime::net::tracerFactory {
public:
    explicit ProtocolTracerFactory(std::shared_ptr<AnnouncedCapabilities> capabilities);
    std::shared_ptr<vmime::net::tracer> create(
        std::shared_ptr<vmime::net::service> service, const int connectionId) override;

private:
    std::shared_ptr<AnnouncedCapabilities> m_capabilities;
};

} // namespace Core::Imap
