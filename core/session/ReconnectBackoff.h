#pragma once

#include <algorithm>
#include <chrono>

namespace Core::Session {

// The wait before the next try to reach a server that was lost: a second at first, twice
// as long after each failed try, never more than a minute. A server that is down is not
// hammered, and one that is back is found soon.
class ReconnectBackoff {
public:
    static constexpr std::chrono::milliseconds First = std::chrono::seconds(1);
    static constexpr std::chrono::milliseconds Longest = std::chrono::minutes(1);

    std::chrono::milliseconds wait() const { return m_wait; }
    void tryFailed() { m_wait = std::min(m_wait * 2, Longest); }
    void connected() { m_wait = First; }

private:
    std::chrono::milliseconds m_wait = First;
};

} // namespace Core::Session
