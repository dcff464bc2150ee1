#pragma once

#include <vmime/net/timeoutHandler.hpp>

#include <atomic>
#include <chrono>
#include <memory>

namespace Core::Imap {

// Tells vmime to give up the command under way when the stop flag is raised (from any
// thread) or when the server has sent nothing for a while. vmime asks this object
// every few milliseconds while it waits for the server, so a raised flag ends a stalled
// command at once instead of after the server's silence runs out.
class CancellableTimeoutHandler : public vmime::net::timeoutHandler {
public:
    CancellableTimeoutHandler(
        std::shared_ptr<const std::atomic<bool>> stop, std::chrono::milliseconds patience);

    bool isTimeOut() override;
    void resetTimeOut() override;
    // Always false: vmime then throws operation_timed_out instead of waiting on.
    bool handleTimeOut() override;

private:
    std::shared_ptr<const std::atomic<bool>> m_stop;
    std::chrono::milliseconds m_patience;
    std::chrono::steady_clock::time_point m_lastProgress;
};

} // namespace Core::Imap
