#pragma once

#include "analysis/BounceReport.h"
#include "verdict/SentIndex.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Core::Store {

// What earlier scans of one account found, so that a rescan fetches only what changed:
// each folder's UIDVALIDITY/UIDNEXT/HIGHESTMODSEQ, the reports of scanned messages and
// the identity of sent ones. Rows are keyed by (folder, UID) and only mean something
// under the UIDVALIDITY they were read with.
class ScanCache {
    Q_DECLARE_TR_FUNCTIONS(Core::Store::ScanCache)

public:
    struct Folder {
        qint64 id = 0;
        quint32 uidValidity = 0; // 0: never read
        quint32 uidNext = 0;
        quint64 highestModSeq = 0;
    };

    struct ScannedMessage {
        quint32 uid = 0;
        quint64 size = 0;
        QString messageId; // the bounce's own, to recognise it again before moving it
        Analysis::BounceReport report;
        QString verdict; // as the CLI names it; empty for ordinary mail
        // StoredReport::encode(report), made on the thread that made the report: storing
        // happens on the network thread, and encoding there was most of its cost.
        QByteArray encodedReport;
    };

    struct SentMessage {
        quint32 uid = 0;
        Verdict::SentIndex::Entry entry;
    };

    ScanCache(QSqlDatabase database, qint64 accountId);

    QString storePath() const { return m_database.databaseName(); }
    qint64 account() const { return m_accountId; }

    // The account's row, made on first use. The store keeps no secrets.
    static std::optional<qint64> accountId(
        QSqlDatabase database, const QString& server, const QString& user, QString* error);

    // Once for each account, on its first connection: folder names stored "INBOX/Trash"
    // (before the store kept the server's own names) become "INBOX.Trash" where the
    // server's separator is '.', in the scan cache and the audit log alike, so that an
    // older clean can still be undone.
    bool adoptFolderSeparator(QChar separator, QString* error);

    std::optional<Folder> folder(const QString& name, QString* error);
    // Without making it: empty for a folder the store has never seen.
    std::optional<Folder> knownFolder(const QString& name, QString* error) const;
    // The folders whose sent mail the store holds: those the last scans used as Sent.
    QStringList sentFolderNames() const;
    // The folder's UIDs no longer name the same messages: its cache goes, all of it.
    bool resetFolder(const Folder& folder, quint32 uidValidity, QString* error);
    bool setFolderState(const Folder& folder, QString* error);

    QList<quint32> scannedUids(qint64 folderId) const;
    qint64 scannedCount(qint64 folderId) const;
    QList<quint32> sentUids(qint64 folderId) const;
    // Messages gone from the server: out of the results.
    bool forget(qint64 folderId, const QList<quint32>& uids, QString* error);

    bool storeScanned(qint64 folderId, const QList<ScannedMessage>& messages, QString* error);
    bool storeSent(qint64 folderId, const QList<SentMessage>& messages, QString* error);
    bool storeVerdicts(qint64 folderId, const QHash<quint32, QString>& verdicts, QString* error);

    // In UID order, read a batch at a time: a folder of 100,000 messages never sits in
    // memory whole. `keepGoing`, when given, is asked before each message is read; false
    // ends the reading early, which is no failure.
    bool forEachScanned(qint64 folderId, const std::function<void(const ScannedMessage&)>& visit,
        QString* error, const std::function<bool()>& keepGoing = {}) const;
    void loadSent(qint64 folderId, Verdict::SentIndex* index) const;

private:
    QList<quint32> uids(const QString& table, qint64 folderId) const;
    // Inside the caller's transaction; an empty verdict removes the message's.
    bool writeVerdicts(qint64 folderId, const QHash<quint32, QString>& verdicts, QString* error);

    QSqlDatabase m_database;
    qint64 m_accountId;
};

} // namespace Core::Store
