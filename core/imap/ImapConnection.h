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

struct MailboxMessage {
    quint32 uid = 0;
    quint64 size = 0; // the whole message's size on the server
    QByteArray bytes; // at most the bytes asked for, from the start
};

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

    // Reads a folder without changing it (EXAMINE, BODY.PEEK: nothing is marked read),
    // handing each message's first maxBytes to visit, oldest first. visit returns false
    // to stop early. The raw bytes are never parsed by vmime: mail written by strangers
    // goes to the analyzer's sanitizer first.
    bool readFolder(const QString& path, qsizetype maxBytes, const std::function<bool(const MailboxMessage&)>& visit,
        QString* error);

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
