#include "imap/ProtocolTracerFactory.h"

#include "imap/ProtocolTracer.h"

namespace Core::Imap {

ProtocolTracerFactory::ProtocolTracerFactory(std::shared_ptr<AnnouncedCapabilities> capabilities)
    : m_capabilities(std::move(capabilities))
{
}

std::shared_ptr<vmime::net::tracer> ProtocolTracerFactory::create(
    std::shared_ptr<vmime::net::service>, const int connectionId)
{
    return std::make_shared<ProtocolTracer>(connectionId, m_capabilities);
}

} // namespace Core::Imap
