#pragma once

#include "imap/FolderRoles.h"
#include "imap/ServerAddress.h"
#include "imap/TlsPolicy.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace vmime::net {
class session;
class store;
namespace imap {
    class IMAPConnection;
}
}

namespace Core::Imap {

struct FolderInfo {
    QString path; // UTF-8, components joined with '/'
    FolderRole role = FolderRole::Other;
};

// One IMAP account session through vmime. vmime is blocking and not thread-safe: an
// object of this class belongs to the thread that made it. Every vmime exception is
// caught here and comes out as a plain-language error.
class ImapConnection {
public:
    ImapConnection();
    ~ImapConnection();
    ImapConnection(const ImapConnection&) = delete;
    ImapConnection& operator=(const ImapConnection&) = delete;

    // Before connect(): extra roots and an accepted fingerprint for TLS connections.
    void setTlsPolicy(const TlsPolicy& policy);
    bool connect(const ServerAddress& address, const QString& user, const QString& password, QString* error);
    void disconnect();
    bool isConnected() const;

    // Every folder of the account with what it is for.
    std::optional<QList<FolderInfo>> folders(QString* error);

    const ServerAddress& address() const { return m_address; }
    // The logged-in IMAP connection for raw commands (ImapProtocol); null when not connected.
    std::shared_ptr<vmime::net::imap::IMAPConnection> protocol() const;
    // A vmime failure in plain words, for the user.
    QString describe(const std::exception& failure) const;

private:

    ServerAddress m_address;
    std::shared_ptr<TlsPolicy> m_tlsPolicy = std::make_shared<TlsPolicy>();
    std::shared_ptr<vmime::net::session> m_session;
    std::shared_ptr<vmime::net::store> m_store;
};

} // namespace Core::Imap
