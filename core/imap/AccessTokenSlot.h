#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>

namespace Core::Imap {

// The access token a browser sign-in account logs in with at the moment, shared between
// the GUI thread, where the provider's token endpoint renews it (OAuth::TokenKeeper), and
// the account's worker thread, which logs in with it. A token the server refuses is
// replaced, or the renewal fails, while the worker waits.
class AccessTokenSlot {
    Q_DECLARE_TR_FUNCTIONS(Core::Imap::AccessTokenSlot)

public:
    void set(const QString& token);
    // The renewal that was to replace the current token brought none: a waiting worker
    // gives up with this message (in plain words).
    void fail(const QString& message);
    QString current() const;
    // Before asking for a renewal: a failure reported for an earlier one no longer counts.
    void expectRenewal();
    // Until a token other than refused is set, the renewal fails, stop turns true (see
    // wake()) or the timeout passes; error says which when there is no token.
    std::optional<QString> waitForReplacement(const QString& refused, std::chrono::milliseconds timeout,
        const std::atomic<bool>& stop, QString* error);
    // A waiting worker looks at its stop flag.
    void wake();

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    QString m_token;
    QString m_failure; // for m_failedToken, until a new token is set
    QString m_failedToken;
};

} // namespace Core::Imap
