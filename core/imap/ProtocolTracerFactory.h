#pragma once

#include <vmime/net/tracer.hpp>

namespace Core::Imap {

// A ProtocolTracer for every connection vmime opens, numbered as vmime numbers them.
class ProtocolTracerFactory : public vmime::net::tracerFactory {
public:
    std::shared_ptr<vmime::net::tracer> create(std::shared_ptr<vmime::net::service> service, const int connectionId) override;
};

} // namespace Core::Imap
