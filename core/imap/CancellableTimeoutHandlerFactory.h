#pragma once

#include <vmime/net/timeoutHandler.hpp>

#include <atomic>
#include <chrono>
#include <memory>

namespace Core::Imap {

// vmime makes a timeout handler for every connection it opens (one per open folder):
// all of one ImapConnection's share its stop flag, so one cancel() stops them all.
class CancellableTimeoutHandlerFactory : public vmime::net::timeoutHandlerFactory {
public:
    CancellableTimeoutHandlerFactory(
        std::shared_ptr<const std::atomic<bool>> stop, std::chrono::milliseconds patience);

    std::shared_ptr<vmime::net::timeoutHandler> create() override;

private:
    std::shared_ptr<const std::atomic<bool>> m_stop;
    std::chrono::milliseconds m_patience;
};

} // namespace Core::Imap
