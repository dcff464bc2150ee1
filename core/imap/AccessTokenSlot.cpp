#include "imap/AccessTokenSlot.h"

namespace Core::Imap {

void AccessTokenSlot::set(const QString& token)
{
    {
        const std::lock_guard lock(m_mutex);
        m_token = token;
        m_failure.clear();
        m_failedToken.clear();
    }
    m_changed.notify_all();
}

void AccessTokenSlot::fail(const QString& message)
{
    {
        const std::lock_guard lock(m_mutex);
        m_failure = message;
        m_failedToken = m_token;
    }
    m_changed.notify_all();
}

QString AccessTokenSlot::current() const
{
    const std::lock_guard lock(m_mutex);
    return m_token;
}

void AccessTokenSlot::expectRenewal()
{
    const std::lock_guard lock(m_mutex);
    m_failure.clear();
    m_failedToken.clear();
}

std::optional<QString> AccessTokenSlot::waitForReplacement(
    const QString& refused, std::chrono::milliseconds timeout, const std::atomic<bool>& stop, QString* error)
{
    std::unique_lock lock(m_mutex);
    // A failure reported between expectRenewal() and the wait counts: it was for this token.
    const auto decided = [&] {
        return stop.load() || (!m_token.isEmpty() && m_token != refused)
            || (!m_failure.isEmpty() && m_failedToken == refused);
    };
    if (!m_changed.wait_for(lock, timeout, decided)) {
        *error = tr("The mail provider did not renew the sign-in in time. Check the network connection and "
                    "try again.");
        return std::nullopt;
    }
    if (stop.load()) {
        *error = tr("Cancelled.");
        return std::nullopt;
    }
    if (!m_token.isEmpty() && m_token != refused)
        return m_token;
    *error = m_failure;
    return std::nullopt;
}

void AccessTokenSlot::wake()
{
    // Taking the lock orders this after a waiter's check of its flag.
    {
        const std::lock_guard lock(m_mutex);
    }
    m_changed.notify_all();
}

} // namespace Core::Imap
