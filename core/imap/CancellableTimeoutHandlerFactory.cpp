#include "imap/CancellableTimeoutHandlerFactory.h"

#include "imap/CancellableTimeoutHandler.h"

namespace Core::Imap {

CancellableTimeoutHandlerFactory::CancellableTimeoutHandlerFactory(
    std::shared_ptr<const std::atomic<bool>> stop, std::chrono::milliseconds patience)
    : m_stop(std::move(stop))
    , m_patience(patience)
{
}

std::shared_ptr<vmime::net::timeoutHandler> CancellableTimeoutHandlerFactory::create()
{
    return std::make_shared<CancellableTimeoutHandler>(m_stop, m_patience);
}

} // namespace Core::Imap
