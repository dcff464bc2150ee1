#pragma once

#include "common/Error.h"

#include "imap/AnnouncedCapabilities.h"
#include "imap/Credential.h"
#include "imap/ServerAddress.h"
#include "imap/TlsPolicy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace vmime::net {
class session;
class store;
namespace imap {
    class IMAPConnection;
}
}

namespace vmime::net::imap {
class IMAPConnection;
}

namespace Core::Imap {

class SaslAuthenticator;

// One IMAP account session through vmime. vmime is blocking and not thread-safe: an
// object of this class belongs to the thread that made it, except cancel(). Every vmime
// exception is caught here and comes out as a plain-language error.
class ImapConnection {
    Q_DECLARE_TR_FUNCTIONS(Core::Imap::ImapConnection)

public:
    // What kind of failure the last connect() met (for Certificate,
    // tlsPolicy().refusedFingerprint names the certificate); the message says it in words.
    using Problem = Common::Problem;

    ImapConnection();
    ~ImapConnection();
    ImapConnection(const ImapConnection&) = delete;
    ImapConnection& operator=(const ImapConnection&) = delete;

    // Before connect(): extra roots and an accepted fingerprint for TLS connections.
    void setTlsPolicy(const TlsPolicy& policy);
    // After connect(): which fingerprint let the certificate through, or why it was refused.
    const TlsPolicy& tlsPolicy() const;
    // Before connect(): how long the server may stay silent before a command gives up.
    void setNoProgressTimeout(std::chrono::milliseconds timeout);
    bool connect(
        const ServerAddress& address, const QString& user, const Credential& credential, QString* error);
    bool connect(const ServerAddress& address, const QString& user, const QString& password, QString* error)
    {
        return connect(address, user, Credential::password(password), error);
    }
    // Why the last connect() failed; None after one that succeeded.
    Problem lastProblem() const { return m_lastProblem; }
    void disconnect();
    bool isConnected() const;

    // From any thread: stops the connect() or command under way within a few
    // milliseconds; it fails with a "cancelled" error, and so does every later command
    // until the next connect(), which starts afresh (a cancel() that comes before it is
    // forgotten).
    void cancel();
    // On the connection's thread: waits this long, unless cancel() comes first (then false at
    // once). The pause before a reconnect, which the user can stop.
    bool waitUnlessCancelled(std::chrono::milliseconds wait);

    // The store's protocol connection, for commands vmime has no API for (raw
    // IMAPCommand); nullptr when not connected. Same thread rules as everything else.
    std::shared_ptr<vmime::net::imap::IMAPConnection> protocol() const;
    // What the server puts between a folder and its subfolders ('.' in "INBOX.Trash");
    // '/' when it has none or no connection is open. Folder paths use the server's own.
    QChar folderSeparator() const;

    const ServerAddress& address() const { return m_address; }
    // What the server said it can do when the login succeeded; not known when it said
    // nothing there (ask vmime then).
    const AnnouncedCapabilities& announcedCapabilities() const { return *m_capabilities; }
    // The error of a failed command; a connection that cannot be used any more is let go
    // (raw commands in ImapProtocol report their failures through this).
    Common::Error fail(const std::exception& failure);
    // Why there is no connection to use (a cancel says so).
    Common::Error notConnected() const;

private:
    void open(const QString& user, const Credential& credential, bool sasl,
        const std::shared_ptr<SaslAuthenticator>& authenticator);
    QString describe(const std::exception& failure) const;
    Problem kindOf(const std::exception& failure) const;
    void abandon();

    ServerAddress m_address;
    Problem m_lastProblem = Problem::None;
    Credential::Kind m_credential = Credential::Kind::Password; // of the last connect()
    bool m_tokenMechanismOffered = true; // by the server of the last connect()
    bool m_onlyAccessTokensOffered = false; // by the server of the last connect()
    std::shared_ptr<TlsPolicy> m_tlsPolicy = std::make_shared<TlsPolicy>();
    std::shared_ptr<AnnouncedCapabilities> m_capabilities = std::make_shared<AnnouncedCapabilities>();
    std::chrono::milliseconds m_noProgressTimeout = std::chrono::seconds(30);
    std::shared_ptr<vmime::net::session> m_session;
    std::shared_ptr<vmime::net::store> m_store;

    // One pair per connect(): the flag its timeout handlers watch, and whether cancel()
    // raised it (rather than this object, letting a dead connection go).
    mutable std::mutex m_runMutex;
    std::condition_variable m_cancelWake; // with m_runMutex: wakes waitUnlessCancelled()
    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);
    std::atomic<bool> m_cancelled { false };
};

} // namespace Core::Imap
