#pragma once

#include "imap/ImapConnection.h"
#include "imap/ImapProtocol.h"
#include "session/ScanResult.h"
#include "store/ScanCache.h"

#include <QCoreApplication>
#include <QStringList>
#include <QThreadPool>

#include <deque>
#include <functional>
#include <memory>

namespace Core::Common {
template <typename Result> class ParallelBatch;
}

namespace Core::Session {

class VerdictLookAhead;

// Reads an account's sent mail and the folders to check, analyses every message and
// judges every bounce against the sent mail. Read-only: nothing on the server changes.
// What it read stays in the scan cache, so the next scan fetches only what changed; a
// dropped connection is made again and the scan goes on from what the cache holds.
class MailboxScanner {
    Q_DECLARE_TR_FUNCTIONS(Core::Session::MailboxScanner)

public:
    struct Options {
        QStringList folders; // empty: INBOX
        QStringList sentFolders; // empty: every folder the server or its name calls Sent
        QStringList myAddresses;
        int reconnectAttempts = 3;
        int firstReconnectDelayMs = 500; // doubled after each failed attempt
        // Started before the connection was made, for the same folders: its verdicts are
        // the scan's when nothing changed on the server.
        VerdictLookAhead* lookAhead = nullptr;
    };

    using Sink = std::function<void(const ScanResult& result)>;
    // phase in plain words, done of total (total 0 when not known)
    using Progress = std::function<void(const QString& phase, int done, int total)>;
    // Makes the connection again after it was lost; false with the reason in *error.
    using Reconnect = std::function<bool(QString* error)>;

    // The folders a scan with these options checks.
    static QStringList foldersToCheck(const Options& options);

    MailboxScanner(Imap::ImapConnection& connection, Store::ScanCache& cache, Reconnect reconnect);
    ~MailboxScanner();

    using Done = Common::Done;

    // A failure of kind LoginRefused or Cancelled, or a connection lost again after the
    // reconnects, ends the scan; what was read before it stays in the cache.
    Done run(const Options& options, const Sink& sink, const Progress& progress, ScanTotals* totals);

private:
    enum class FolderUse { Scan, Sent };
    struct Triaged {
        Store::ScanCache::ScannedMessage message;
        bool mayBeAutomatic = false;
    };
    struct FetchedBody {
        Store::ScanCache::ScannedMessage message;
        QByteArray bytes;
    };
    // A batch of bodies being analysed while the next ones are fetched.
    struct PendingAnalysis {
        qint64 folderId = 0;
        std::unique_ptr<Common::ParallelBatch<Store::ScanCache::ScannedMessage>> batch;
        quint64 bytes = 0;
    };

    // Runs step again on a new connection while it fails with the connection lost.
    Done retrying(const std::function<Done()>& step);
    Done syncFolder(const QString& folder, FolderUse use);
    Done storeFolderState(Store::ScanCache::Folder* cached, const Imap::FolderStatus& opened);
    // Reads one chunk of messages (an empty one: the whole folder) with their item.
    using ChunkFetch = std::function<Done(const QList<quint32>& chunk, const QByteArray& item,
        const std::function<void(const Imap::FetchedMessage&)>& keep)>;
    Done readNewMessages(const QString& folder, qint64 folderId, FolderUse use,
        const QList<QList<quint32>>& chunks, int total, const ChunkFetch& fetchChunk);
    Done readBodies(qint64 folderId, QHash<quint32, Store::ScanCache::ScannedMessage> asked,
        QList<Store::ScanCache::ScannedMessage> huge, QList<Store::ScanCache::ScannedMessage> ordinary,
        bool lastRead);
    Done readAskedBodies(qint64 folderId, QHash<quint32, Store::ScanCache::ScannedMessage>* asked,
        const std::function<void()>& meanwhile);
    Done readInParts(qint64 folderId, QList<Store::ScanCache::ScannedMessage> huge,
        QList<Store::ScanCache::ScannedMessage>* whole);
    // Starts the analysis of these bodies on the pool; storeAnalysed() keeps the results.
    void startAnalysis(qint64 folderId, QList<FetchedBody> fetched);
    Done analyse(qint64 folderId, QList<FetchedBody> fetched);
    Common::Error keepAnalysedAndFail(Common::Error error);
    // Stores every finished analysis at the front of the queue, and waits for more until
    // at most stillPendingBytes of bodies are held (0: until none is).
    Done storeAnalysed(quint64 stillPendingBytes);
    bool isPending(qint64 folderId) const;
    // The cache is about to change: what it held before is no scan result any more.
    void cacheChanges();
    Done judge(const QStringList& folders, const QStringList& sentFolders, const Sink& sink);

    Imap::ImapConnection& m_connection;
    Imap::ImapProtocol m_protocol;
    Store::ScanCache& m_cache;
    Reconnect m_reconnect;
    Options m_options;
    QHash<QString, Imap::FolderStatus> m_listedStatus;
    QString m_lastScanFolder;
    QString m_openAhead; // the Sent folder to open behind the last bodies, if any
    Progress m_progress;
    ScanTotals* m_totals = nullptr;
    QThreadPool m_pool;
    std::deque<PendingAnalysis> m_pending; // oldest first
    quint64 m_pendingBytes = 0;
    bool m_cacheChanged = false;
};

} // namespace Core::Session
