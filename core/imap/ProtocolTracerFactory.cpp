#include "imap/ProtocolTracerFactory.h"

#include "imap/ProtocolTracer.h"

namespace Core::Imap {

std::shared_ptr<vmime::net::tracer> ProtocolTracerFactory::create(std::shared_ptr<vmime::net::service>, const int connectionId)
{
    return std::make_shared<ProtocolTracer>(connectionId);
}

} // namespace Core::Imap
