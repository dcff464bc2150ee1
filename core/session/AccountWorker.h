#pragma once

#include "imap/AccessTokenSlot.h"
#include "imap/ImapConnection.h"
#include "imap/ImapProtocol.h"
#include "imap/ServerAddress.h"
#include "imap/TlsPolicy.h"
#include "session/MailboxWorker.h"
#include "store/ActionLog.h"
#include "store/ScanCache.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace Core::Session {

// Everything a worker needs to reach an account, as plain values.
struct AccountSettings {
    Imap::ServerAddress address;
    QString user;
    Imap::Credential credential;
    // For an account that signs in in the browser (OAuth2): the access token of the moment,
    // which the GUI renews; credential is then not used.
    std::shared_ptr<Imap::AccessTokenSlot> accessToken;
    Imap::TlsPolicy tls;
    QString storePath; // the SQLite store
};

// Owns one account's vmime session on a thread of its own (vmime blocks and is not
// thread-safe): move it to a QThread, call its slots through queued connections or
// QMetaObject::invokeMethod, and listen to its signals, which carry plain values only.
class AccountWorker : public MailboxWorker {
    Q_OBJECT

public:
    explicit AccountWorker(AccountSettings settings, QObject* parent = nullptr);
    ~AccountWorker() override;

    // How long a login waits for a refused access token to be renewed.
    static constexpr std::chrono::seconds TokenRenewalWait { 60 };

    std::unique_ptr<MailboxWorker> newMailWaiter() override;

signals:
    // The server refused this access token (AccountSettings::accessToken): the worker
    // waits for the slot to get a new one, or for the renewal to fail.
    void accessTokenRefused(const QString& token);

public slots:
    void listFolders() override;
    void scan(
        const QStringList& folders, const QStringList& sentFolders, const QStringList& myAddresses) override;
    void clean(const QString& folder, const QList<quint32>& uids) override;
    void undo(qint64 actionId) override;
    void listActions() override;
    void waitForNewMail(const QString& folder) override;

protected:
    void stopRunningJob() override;

private:
    // Store and connection, made on first use on the worker's own thread.
    bool openStore(QString* error);
    bool prepare(QString* error);
    bool connectAccount(QString* error);
    QString cancelledOr(const QString& error) const;
    // Whether most of the folder's newest messages look like automatic replies.
    static Common::Result<bool> latestLookAutomatic(Imap::ImapProtocol& protocol, const QString& folder);

    static constexpr int MostFoldersSampled = 30;
    static constexpr quint32 SampleSize = 20;

    AccountSettings m_settings;
    Imap::ImapConnection m_connection;
    std::unique_ptr<Store::ScanCache> m_cache;
    std::unique_ptr<Store::ActionLog> m_log;
    std::atomic<bool> m_cancelled { false };
};

} // namespace Core::Session
