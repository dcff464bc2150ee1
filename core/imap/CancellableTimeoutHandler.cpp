#include "imap/CancellableTimeoutHandler.h"

namespace Core::Imap {

CancellableTimeoutHandler::CancellableTimeoutHandler(
    std::shared_ptr<const std::atomic<bool>> stop, std::chrono::milliseconds patience)
    : m_stop(std::move(stop))
    , m_patience(patience)
    , m_lastProgress(std::chrono::steady_clock::now())
{
}

bool CancellableTimeoutHandler::isTimeOut()
{
    if (m_stop && m_stop->load(std::memory_order_acquire))
        return true;
    return std::chrono::steady_clock::now() - m_lastProgress >= m_patience;
}

void CancellableTimeoutHandler::resetTimeOut()
{
    m_lastProgress = std::chrono::steady_clock::now();
}

bool CancellableTimeoutHandler::handleTimeOut()
{
    return false;
}

} // namespace Core::Imap
